import type { Outcome, SchemeOutcome } from '../engine/types.js';
import type { Rules } from '../rules/schema.js';
import type { Translate } from './view.js';

const TOESLAGEN = new Set(['zorgtoeslag', 'huurtoeslag', 'kindgebonden-budget']);

/**
 * Who handles a scheme, in full, from the rules (issue 22): the belastingsamenwerking or gemeente that
 * decides on kwijtschelding (its `uitvoerder`, which spells out "BghU"), the organisation for the other local
 * schemes, the Belastingdienst for the toeslagen. Undefined when the rules do not say.
 */
export function handlerName(s: SchemeOutcome, outcome: Outcome, rules: Rules, t: Translate): string | undefined {
  if (TOESLAGEN.has(s.id)) return t('answer.handlerToeslagen');
  const organisation = rules.organisations.find((o) => o.id === outcome.organisation);
  if (!organisation) return undefined;
  const regeling = Object.values(organisation.regelingen).find((r) => r.id === s.id && r.name === s.name);
  if (regeling?.type === 'kwijtschelding') return regeling.uitvoerder.naam;
  return organisation.name;
}
