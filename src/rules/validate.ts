import * as z from 'zod/mini';
import { COVERAGE_PARAMETER, REQUIRED_NATIONAL } from './required-parameters.js';
import { NATIONAL_UNITS } from './national-units.js';
import { own, ownRecord } from './own.js';
import { PROTO_REASON, protoKeyPaths } from './proto-keys.js';
import {
  type GemeenteEntry,
  type OrganisationFile,
  type Parameter,
  type RuleFiles,
  type Rules,
  cbsGemeentenFile,
  gemeentenFile,
  landelijkFile,
  nationalFile,
  organisationFile,
} from './schema.js';

/** One fault in one rules file: which file, where in it, and why. */
export interface Fault {
  file: string;
  path: string;
  reason: string;
}

export type Validated = { ok: true; rules: Rules; firstDate: string } | { ok: false; faults: Fault[] };

export interface ValidateOptions {
  /** Descriptions are required in rules/ (rules:check); the browser bundle carries none. */
  requireDocumentation?: boolean;
  /** All organisations are given (rules:check, CLI); the browser loads only the resident's. */
  allOrganisations?: boolean;
}

/**
 * Validates every rules file and the links between them. Used by `npm run rules:check`, the CLI and the
 * element before it shows anything: broken rules give an error, never an answer.
 */
export function validateRules(files: RuleFiles, options: ValidateOptions = {}): Validated {
  const { requireDocumentation = true, allOrganisations = true } = options;
  const faults: Fault[] = [];
  const documented = (file: string, path: string, description: string | undefined) => {
    if (requireDocumentation && !description) faults.push({ file, path: `${path}description`, reason: 'required' });
  };

  const named: [string, unknown][] = [
    ...Object.entries(files.national),
    ...Object.entries(files.organisations),
    ['gemeenten.json', files.gemeenten],
    ['landelijk.json', files.landelijk],
    [CBS_FILE, files.cbsGemeenten],
  ];
  for (const [file, content] of named) for (const path of protoKeyPaths(content)) faults.push({ file, path, reason: PROTO_REASON });

  // Null-prototype records: a lookup of `toString` or `constructor` finds nothing (see own.ts).
  const parameters: Record<string, Parameter> = Object.create(null);
  const parameterFile: Record<string, string> = Object.create(null);
  for (const [file, content] of Object.entries(files.national)) {
    const result = z.safeParse(nationalFile, content);
    if (!result.success) {
      faults.push(...zodFaults(file, result.error));
      // A wrong unit also makes its values out of range for that unit: name the unit, the cause, too.
      const raw = (content as { parameters?: unknown } | null)?.parameters;
      if (raw && typeof raw === 'object') for (const [id, parameter] of Object.entries(raw)) faults.push(...unitFaults(file, id, parameter));
      continue;
    }
    documented(file, '', result.data.description);
    for (const [id, parameter] of Object.entries(result.data.parameters)) {
      documented(file, `parameters.${id}.`, parameter.description);
      faults.push(...unitFaults(file, id, parameter));
      if (parameterFile[id]) faults.push({ file, path: `parameters.${id}`, reason: `also defined in ${parameterFile[id]}` });
      parameters[id] = parameter;
      parameterFile[id] = file;
    }
  }

  const firstDate = parameters[COVERAGE_PARAMETER] ? Object.keys(parameters[COVERAGE_PARAMETER].values)[0]! : '';
  for (const id of REQUIRED_NATIONAL) {
    const parameter = parameters[id];
    if (!parameter) faults.push({ file: 'national/*.json', path: `parameters.${id}`, reason: 'required by the engine but missing' });
    else checkCoverage(parameterFile[id]!, `parameters.${id}`, parameter, firstDate, faults);
  }

  const index = z.safeParse(gemeentenFile, files.gemeenten);
  const gemeenten: GemeenteEntry[] = index.success ? index.data.gemeenten : [];
  if (!index.success) faults.push(...zodFaults('gemeenten.json', index.error));
  else documented('gemeenten.json', '', index.data.description);
  const indexed = new Map<string, GemeenteEntry>();
  const postcodeOf = new Map<string, string>();
  const shared = new Set(index.success ? (index.data.gedeeldePostcodes ?? []) : []);
  gemeenten.forEach((entry, i) => {
    if (indexed.has(entry.code)) faults.push({ file: 'gemeenten.json', path: `gemeenten.${i}.code`, reason: `${entry.code} is listed twice` });
    indexed.set(entry.code, entry);
    entry.postcodes?.forEach((pc4, j) => {
      const other = postcodeOf.get(pc4);
      // A PC4 in gedeeldePostcodes may be listed in each gemeente it partly belongs to: the resident chooses.
      if (other && !shared.has(pc4)) faults.push({ file: 'gemeenten.json', path: `gemeenten.${i}.postcodes.${j}`, reason: `${pc4} is also in ${other}: list it in gedeeldePostcodes` });
      postcodeOf.set(pc4, entry.code);
    });
  });

  const orgs: OrganisationFile[] = [];
  for (const [file, content] of Object.entries(files.organisations)) {
    const result = z.safeParse(organisationFile, content);
    if (!result.success) {
      faults.push(...zodFaults(file, result.error));
      continue;
    }
    const org = { ...result.data, regelingen: ownRecord(result.data.regelingen) };
    orgs.push(org);
    if (!file.endsWith(`/${org.id}.json`)) faults.push({ file, path: 'id', reason: `the file should be named ${org.id}.json` });
    checkOrganisation(file, org, indexed, faults);
    forEachParameter(org, (path, parameter) => {
      checkCoverage(file, path, parameter, firstDate, faults);
      documented(file, `${path}.`, parameter.description);
    });
  }
  if (allOrganisations) {
    gemeenten.forEach((entry, i) => {
      if (!orgs.some((o) => o.id === entry.organisation && o.gemeenten.some((g) => g.code === entry.code))) {
        faults.push({ file: 'gemeenten.json', path: `gemeenten.${i}`, reason: `${entry.code} is not in organisaties/${entry.organisation}.json` });
      }
    });
  }

  const landelijk = z.safeParse(landelijkFile, files.landelijk);
  if (!landelijk.success) faults.push(...zodFaults('landelijk.json', landelijk.error));
  else documented('landelijk.json', '', landelijk.data.description);

  let cbsGemeenten: Rules['cbsGemeenten'];
  if (files.cbsGemeenten !== undefined) {
    const cbs = z.safeParse(cbsGemeentenFile, files.cbsGemeenten);
    if (!cbs.success) faults.push(...zodFaults(CBS_FILE, cbs.error));
    else {
      cbsGemeenten = cbs.data.gemeenten;
      faults.push(...checkAgainstCbs(cbsGemeenten, gemeenten, orgs));
    }
  }

  if (faults.length > 0 || !landelijk.success) return { ok: false, faults };
  const gedeeldePostcodes = index.success ? (index.data.gedeeldePostcodes ?? []) : [];
  return {
    ok: true,
    rules: { national: parameters, organisations: orgs, gemeenten, gedeeldePostcodes, landelijk: landelijk.data, ...(cbsGemeenten && { cbsGemeenten }) },
    firstDate,
  };
}

export const CBS_FILE = 'cbs-gemeenten-2026.json';

/** A national parameter whose unit does not fit how the engine reads it (national-units.ts). */
function unitFaults(file: string, id: string, parameter: unknown): Fault[] {
  const unit = (parameter as { unit?: unknown } | null)?.unit;
  const expected = own(NATIONAL_UNITS, id);
  if (!expected || typeof unit !== 'string' || (expected as readonly string[]).includes(unit)) return [];
  return [{ file, path: `parameters.${id}.unit`, reason: `"${unit}" does not fit how the engine uses it (expected ${expected.join(' or ')})` }];
}

/** Every code and name in gemeenten.json and the organisation files is a gemeente of the CBS list. */
function checkAgainstCbs(cbs: NonNullable<Rules['cbsGemeenten']>, gemeenten: GemeenteEntry[], orgs: OrganisationFile[]): Fault[] {
  const names = new Map(cbs.map((g) => [g.code, g.name]));
  const faults: Fault[] = [];
  const check = (file: string, path: string, code: string, name: string) => {
    const official = names.get(code);
    if (official === undefined) faults.push({ file, path, reason: `${code} is not a gemeente in ${CBS_FILE}` });
    else if (official !== name) faults.push({ file, path, reason: `${code} is ${official} in ${CBS_FILE}, not ${name}` });
  };
  gemeenten.forEach((g, i) => check('gemeenten.json', `gemeenten.${i}`, g.code, g.name));
  for (const org of orgs) org.gemeenten.forEach((g, i) => check(`organisaties/${org.id}.json`, `gemeenten.${i}`, g.code, g.name));
  return faults;
}

const REQUIRED_TYPES = ['iit', 'bijzondere-bijstand', 'kwijtschelding'] as const;

function checkOrganisation(file: string, org: OrganisationFile, indexed: Map<string, GemeenteEntry>, faults: Fault[]) {
  org.gemeenten.forEach((gemeente, i) => {
    const at = `gemeenten.${i}`;
    const entry = indexed.get(gemeente.code);
    if (!entry) faults.push({ file, path: `${at}.code`, reason: `${gemeente.code} is not in gemeenten.json` });
    else if (entry.organisation !== org.id) faults.push({ file, path: `${at}.code`, reason: `gemeenten.json gives ${gemeente.code} to ${entry.organisation}` });
    // Every gemeente must have these (Participatiewet art. 8, 35, 36; Invorderingswet art. 26): the check
    // is not complete for a gemeente without them.
    const types = new Set(gemeente.regelingen.map((key) => org.regelingen[key]?.type));
    for (const type of REQUIRED_TYPES) {
      if (!types.has(type)) faults.push({ file, path: `${at}.regelingen`, reason: `${gemeente.name} has no regeling of type ${type}` });
    }
    if (!gemeente.schuldhulp && !org.schuldhulp) faults.push({ file, path: `${at}.schuldhulp`, reason: `${gemeente.name} has no schuldhulp entry point` });
    const ids = new Set<string>();
    gemeente.regelingen.forEach((key, j) => {
      const regeling = own(org.regelingen, key);
      if (!regeling) faults.push({ file, path: `${at}.regelingen.${j}`, reason: `unknown regeling "${key}"` });
      else if (ids.has(regeling.id)) faults.push({ file, path: `${at}.regelingen.${j}`, reason: `a second regeling with id "${regeling.id}"` });
      else ids.add(regeling.id);
    });
  });
}

/** A value asked for on the first supported date must exist: a lookup before the first date is a fault. */
function checkCoverage(file: string, path: string, parameter: Parameter, firstDate: string, faults: Fault[]) {
  const first = Object.keys(parameter.values)[0]!;
  if (firstDate && first > firstDate) {
    faults.push({ file, path: `${path}.values`, reason: `first value applies from ${first}, but the rules answer from ${firstDate}` });
  }
}

function forEachParameter(value: unknown, visit: (path: string, parameter: Parameter) => void, path = ''): void {
  if (Array.isArray(value)) {
    value.forEach((item, i) => forEachParameter(item, visit, path ? `${path}.${i}` : String(i)));
  } else if (value && typeof value === 'object') {
    if ('values' in value && 'unit' in value && 'source' in value) {
      visit(path, value as Parameter);
      return;
    }
    for (const [key, child] of Object.entries(value)) forEachParameter(child, visit, path ? `${path}.${key}` : key);
  }
}

function zodFaults(file: string, error: z.core.$ZodError): Fault[] {
  return error.issues.map((issue) => ({
    file,
    path: issue.path.map(String).join('.') || '(root)',
    reason:
      issue.code === 'unrecognized_keys'
        ? `unknown key ${(issue as { keys?: string[] }).keys?.join(', ')}`
        : issue.code === 'invalid_key'
          ? `key: ${(issue as { issues?: { message: string }[] }).issues?.[0]?.message ?? issue.message}`
          : issue.message,
  }));
}
