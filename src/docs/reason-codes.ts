/** The reason-code table of docs/contract.md, from REASON_CODES and the Dutch sentence the element shows. */
import nl from '../../locales/nl/results.json';
import { REASON_CODES } from '../engine/types.js';

export function reasonCodeTable(): string {
  const sentences = (nl as { reason: Record<string, string> }).reason;
  const rows = REASON_CODES.map((code) => `| \`${code}\` | ${sentences[code] ?? '(no Dutch sentence yet)'} |`);
  return ['| code | what the resident reads (nl) |', '| --- | --- |', ...rows].join('\n');
}
