import type { Gemeente, HelpRouteRule, OrganisationFile, Rules } from '../rules/schema.js';
import type { HelpRoute } from './types.js';

const route = (id: string, r: HelpRouteRule): HelpRoute => ({
  id,
  name: r.name,
  url: r.url,
  ...(r.phone && { phone: r.phone }),
  checked: r.status !== 'unverified',
});

/**
 * Help for every household, whatever the statuses: the gemeente's schuldhulp entry point and the national
 * routes. Without a covered gemeente, a route to the gemeente's own site takes the place of schuldhulp: its
 * homepage from the CBS list (issue 21), never the national list of gemeenten.
 */
export function helpRoutes(
  rules: Rules,
  local: { organisation: OrganisationFile; gemeente: Gemeente } | { uncoveredName: string; website: string },
): HelpRoute[] {
  const first: HelpRoute[] = [];
  if ('gemeente' in local) {
    const schuldhulp = local.gemeente.schuldhulp ?? local.organisation.schuldhulp;
    if (schuldhulp) first.push(route('schuldhulp', schuldhulp));
  } else {
    first.push({ id: 'gemeente', name: local.uncoveredName, url: local.website, checked: true });
  }
  const national = Object.entries(rules.landelijk.helpRoutes).map(([id, r]) => route(id, r));
  // The gemeente's own entry point first: Geldfit and the Juridisch Loket send people there as well.
  return [...first, ...national];
}
