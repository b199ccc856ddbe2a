/**
 * Validation faults (src/rules/validate.ts, in English for developers) in plain Dutch for a policy
 * officer: where in words (the regeling and the figure's description), and what to do.
 */
import { PHONE_MESSAGE } from '../rules/phone.js';
import { PROTO_REASON } from '../rules/proto-keys.js';
import { LINK_REASON } from './links.js';
import { UNSAFE_MESSAGE } from '../rules/schema-parts.js';
import type { Fault } from '../rules/validate.js';
import type { ParameterField } from './parameters.js';

export interface DutchFault {
  /** Dotted path in the file (as in the fault), for linking to the field. */
  path: string;
  where: string;
  message: string;
}

const FIXED: Record<string, string> = {
  'expected a decimal number as a string, e.g. "1401.50"': 'Dit is geen getal. Schrijf een getal met een punt, zoals 1401.50 of 125.',
  'expected a date as YYYY-MM-DD': 'Dit is geen datum. Schrijf jaar-maand-dag, zoals 2027-01-01.',
  'expected an https:// URL': 'Dit is geen goed webadres. Een bron begint met https://.',
  'dates must be in ascending order without duplicates': 'De datums staan niet van oud naar nieuw, of een datum staat er twee keer.',
  'needs at least one dated value': 'Er moet minstens één waarde met een datum zijn.',
  required: 'Dit moet ingevuld zijn.',
  'expected a CBS code like GM0344': 'Dit is geen CBS-code. Een code is GM met vier cijfers, zoals GM0344.',
  // The stricter rules schema of issue 12.
  'expected a non-negative decimal number as a string, e.g. "1401.50"': 'Dit is geen getal van 0 of meer. Schrijf een getal met een punt, zoals 1401.50 of 125.',
  'not a real calendar date': 'Deze datum bestaat niet. Kijk of de dag en de maand kloppen.',
  'expected a percentage, unit procent': 'Hier hoort een percentage. Kies als eenheid procent.',
  'expected a number of months, unit maanden': 'Hier hoort een aantal maanden. Kies als eenheid maanden.',
  'expected an age, unit jaren': 'Hier hoort een leeftijd. Kies als eenheid jaren.',
  'vanaf must be below tot': 'De leeftijd "vanaf" moet lager zijn dan de leeftijd "tot".',
  // Issue 23: texts, phone numbers, opening hours and names the rules refuse.
  [UNSAFE_MESSAGE]: 'In deze tekst staat een onzichtbaar teken, of een teken dat de tekst achterstevoren laat zien. Typ de tekst opnieuw.',
  [PHONE_MESSAGE]: 'Dit is geen goed telefoonnummer. Schrijf het zoals 030 692 95 95, 0800 8115 of 14 030. Zet geen toestelnummer of woorden erbij.',
  'names a day twice: give each day once': 'Een dag staat er twee keer. Noem elke dag maar één keer.',
  'tot must be after van (closing after opening)': 'De tijd "tot" moet later zijn dan de tijd "van".',
  [PROTO_REASON]: 'De naam "__proto__" mag niet in het bestand staan. Haal dit deel weg.',
  // Issue 21: a link that starts well but opens no page (src/workbench/links.ts).
  [LINK_REASON]: 'Dit is geen volledig webadres. Een link naar een verordening ziet er zo uit: https://lokaleregelgeving.overheid.nl/CVDR en dan een nummer.',
};

const PATTERNS: [RegExp, (...m: string[]) => string][] = [
  [/^first value applies from (\S+), but the rules answer from (\S+)$/, (_, from, first) => `De eerste waarde geldt pas vanaf ${from}. De check rekent al vanaf ${first}. Geef ook een waarde die op ${first} geldt.`],
  [/^unknown key (.+)$/, (_, key) => `Dit veld kent de check niet: ${key}. Haal het weg of controleer de spelling.`],
  [/^the file should be named (.+)$/, (_, name) => `Het bestand hoort ${name} te heten, net als de id van de organisatie.`],
  [/^(GM\d{4}) is not in gemeenten\.json$/, (_, code) => `Gemeente ${code} staat niet in de lijst van gemeenten. Vraag een ontwikkelaar om haar toe te voegen.`],
  [/^gemeenten\.json gives (GM\d{4}) to (.+)$/, (_, code, org) => `Gemeente ${code} hoort volgens de lijst van gemeenten bij ${org}, niet bij deze organisatie.`],
  [/^unknown regeling "(.+)"$/, (_, key) => `De regeling "${key}" bestaat niet in dit bestand.`],
  [/^a second regeling with id "(.+)"$/, (_, id) => `Deze gemeente heeft al een regeling met id "${id}".`],
  [/^(\S+) (\S+) is above (\S+)$/, (_, value, unit, max) => `Dit getal is te hoog: ${value} ${unit} is meer dan ${max}. Kijk of er geen tikfout in zit.`],
  [/^expected an amount of money, unit (.+)$/, (_, units) => `Hier hoort een bedrag in euro. Kies als eenheid ${units.replace(' or ', ' of ')}.`],
  [/^(GM\d{4}) is not a gemeente in (.+)$/, (_, code) => `${code} is geen gemeente in de lijst van het CBS.`],
  [/^(GM\d{4}) is (.+) in (\S+), not (.+)$/, (_, code, official, _file, name) => `Gemeente ${code} heet volgens het CBS "${official}", niet "${name}".`],
  [/^\S+ \S+ must be in whole cents/, () => 'Een bedrag heeft hoogstens twee cijfers na de punt (hele centen), zoals 125.50.'],
  [/^\S+ \S+ must be a whole number$/, () => 'Hier hoort een heel getal, zonder punt.'],
  [/^\S+ \S+ has more than (\d+) decimals$/, (_, n) => `Dit getal heeft te veel cijfers na de punt. Het mogen er hoogstens ${n} zijn.`],
  [/^duplicate key "(.*)" \(JSON keeps only the last\)$/, (_, key) => `De naam "${key}" staat hier twee keer. Dan blijft er maar één over. Haal er één weg in het bestand zelf, en open het opnieuw.`],
  [/^a key with a dot in it: "(.*)"$/, (_, key) => `In de naam "${key}" staat een punt. Dat kan de werkbank niet lezen. Gebruik een streepje (-) in het bestand zelf, en open het opnieuw.`],
  [/^not valid JSON: (.+)$/, (_, why) => `Dit bestand is geen geldig JSON-bestand (${why}).`],
];

/** What a fault means, from its reason and, for zod's generic "Invalid input", from where it is. */
function message(fault: Fault): string {
  const fixed = FIXED[fault.reason];
  if (fixed) return fixed;
  for (const [pattern, say] of PATTERNS) {
    const m = pattern.exec(fault.reason);
    if (m) return say(...m);
  }
  if (fault.path.endsWith('(twee keer)')) return 'Deze datum staat er twee keer. Geef elke datum maar één waarde.';
  // zod names a bad date (the key) and a bad figure (its value) at the same path: the key tells which.
  const key = /\.values\.([^.]+)(\.value)?$/.exec(fault.path);
  if (key && !key[2] && !/^\d{4}-\d{2}-\d{2}$/.test(key[1]!)) return FIXED['expected a date as YYYY-MM-DD']!;
  if (key) return FIXED['expected a decimal number as a string, e.g. "1401.50"']!;
  if (/source$/.test(fault.path)) return FIXED['expected an https:// URL']!;
  return `Deze waarde klopt niet (${fault.reason}).`;
}

/** "U-pas › Inkomensgrens U-pas als percentage van de bijstandsnorm › waarde per 2026-01-01". */
function where(path: string, fields: ParameterField[]): string {
  const field = fields.filter((f) => path === f.path || path.startsWith(`${f.path}.`)).sort((a, b) => b.path.length - a.path.length)[0];
  if (!field) return path === '(root)' ? 'het hele bestand' : path;
  const rest = path.slice(field.path.length + 1);
  const date = /^values\.([^.]+?)(?: \(twee keer\))?(\.value|\.source)?$/.exec(rest);
  const part = date
    ? `${date[2] === '.source' ? 'bron van de waarde' : 'waarde'} per ${date[1]}`
    : rest === 'source'
      ? 'bron'
      : rest === 'values'
        ? 'datums'
        : rest;
  return [field.group, field.label, part].filter(Boolean).join(' › ');
}

export function dutchFaults(faults: Fault[], fields: ParameterField[]): DutchFault[] {
  return faults.map((fault) => ({ path: fault.path, where: fault.file.startsWith('organisaties/') ? where(fault.path, fields) : `${fault.file} › ${fault.path}`, message: message(fault) }));
}
