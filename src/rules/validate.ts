import * as z from 'zod/mini';
import { COVERAGE_PARAMETER, REQUIRED_NATIONAL } from '../engine/required-parameters.js';
import { type OrganisationFile, type Parameter, type Rules, nationalFile, organisationFile } from './schema.js';

/** One fault in one rules file: which file, where in it, and why. */
export interface Fault {
  file: string;
  path: string;
  reason: string;
}

export type Validated = { ok: true; rules: Rules; firstDate: string } | { ok: false; faults: Fault[] };

/**
 * Validates every rules file and the links between them. Used by `npm run rules:check` and by the
 * element before it shows anything: a broken rules file gives an error state, never an answer.
 */
export function validateRules(
  national: Record<string, unknown>,
  organisations: Record<string, unknown>,
  { requireDocumentation = true } = {},
): Validated {
  const faults: Fault[] = [];
  const parameters: Record<string, Parameter> = {};
  const parameterFile: Record<string, string> = {};

  for (const [file, content] of Object.entries(national)) {
    const result = z.safeParse(nationalFile, content);
    if (!result.success) {
      faults.push(...zodFaults(file, result.error));
      continue;
    }
    if (requireDocumentation && !result.data.description) faults.push({ file, path: 'description', reason: 'required' });
    for (const [id, parameter] of Object.entries(result.data.parameters)) {
      if (requireDocumentation && !parameter.description) faults.push({ file, path: `parameters.${id}.description`, reason: 'required' });
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

  const orgs: OrganisationFile[] = [];
  const codes = new Map<string, string>();
  for (const [file, content] of Object.entries(organisations)) {
    const result = z.safeParse(organisationFile, content);
    if (!result.success) {
      faults.push(...zodFaults(file, result.error));
      continue;
    }
    const org = result.data;
    orgs.push(org);
    org.gemeenten.forEach((gemeente, i) => {
      const at = `gemeenten.${i}`;
      if (codes.has(gemeente.code)) faults.push({ file, path: `${at}.code`, reason: `${gemeente.code} also in ${codes.get(gemeente.code)}` });
      codes.set(gemeente.code, file);
      const ids = new Set<string>();
      gemeente.regelingen.forEach((key, j) => {
        const regeling = org.regelingen[key];
        if (!regeling) faults.push({ file, path: `${at}.regelingen.${j}`, reason: `unknown regeling "${key}"` });
        else if (ids.has(regeling.id)) faults.push({ file, path: `${at}.regelingen.${j}`, reason: `a second regeling with id "${regeling.id}"` });
        else ids.add(regeling.id);
      });
    });
    forEachParameter(org, (path, parameter) => {
      checkCoverage(file, path, parameter, firstDate, faults);
      if (requireDocumentation && !parameter.description) faults.push({ file, path: `${path}.description`, reason: 'required' });
    });
  }

  if (faults.length > 0) return { ok: false, faults };
  return { ok: true, rules: { national: parameters, organisations: orgs }, firstDate };
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
    reason: issue.code === 'unrecognized_keys' ? `unknown key ${(issue as { keys?: string[] }).keys?.join(', ')}` : issue.message,
  }));
}
