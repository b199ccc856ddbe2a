import type { Contact } from '../rules/schema.js';
import type { OpeningTime } from './types.js';

const CHANNEL = { telefoon: 'phone', balie: 'desk' } as const;

/** The rules' `openingstijden` (Dutch keys, as rule authors write them) as the outcome's `openingTimes`. */
export function openingTimes(contact: Contact): { openingTimes?: OpeningTime[] } {
  if (!contact.openingstijden?.length) return {};
  return {
    openingTimes: contact.openingstijden.map((o) => ({
      ...(o.kanaal && { channel: CHANNEL[o.kanaal] }),
      days: [...o.dagen],
      from: o.van,
      to: o.tot,
    })),
  };
}
