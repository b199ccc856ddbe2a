/**
 * A source is a link a policy officer must be able to open: the rules schema asks only for `https://` and no
 * spaces, so "https://lokaleregelgeving" or "https://CVDR123456" pass it. The workbench asks more of the
 * links it lets a gemeente type (issue 21): a real web address with a domain, such as a CVDR link.
 */
import type { Fault } from '../rules/validate.js';
import { listParameters } from './parameters.js';

export const LINK_REASON = 'not a complete web address (expected e.g. https://lokaleregelgeving.overheid.nl/CVDR123456)';

type Json = Record<string, unknown>;

/** Whether `link` opens a page: https, and a host name with a dot and no empty part. */
export function isWebAddress(link: string): boolean {
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return false;
  }
  return url.protocol === 'https:' && /^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(url.hostname) && !/^\d+(\.\d+)*$/.test(url.hostname);
}

/**
 * Every source of a figure (the figure's own and each dated value's) that starts with https:// but is not a
 * web address. Other mistakes (empty, http://, spaces) the schema already reports; they are left to it.
 */
export function linkFaults(file: string, content: unknown): Fault[] {
  const faults: Fault[] = [];
  const check = (path: string, link: unknown) => {
    if (typeof link === 'string' && /^https:\/\/\S+$/.test(link) && !isWebAddress(link)) faults.push({ file, path, reason: LINK_REASON });
  };
  for (const field of listParameters(content)) {
    const parameter = field.path.split('.').reduce<Json>((value, key) => value[key] as Json, content as Json);
    check(`${field.path}.source`, parameter.source);
    const values = parameter.values && typeof parameter.values === 'object' ? (parameter.values as Json) : {};
    for (const [date, entry] of Object.entries(values)) {
      if (entry && typeof entry === 'object') check(`${field.path}.values.${date}.source`, (entry as Json).source);
    }
  }
  return faults;
}
