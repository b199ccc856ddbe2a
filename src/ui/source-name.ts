import { HOST_NAMES, LAW_NAMES, PUBLICATIONS } from './law-names.js';
import type { Translate } from './view.js';

/**
 * What a source link says: its name, never its address. A law on wetten.overheid.nl is named with its
 * article ("Wet op de zorgtoeslag, artikel 2"), a publication as it is cited ("Gemeenteblad 2019, 165342"),
 * a local regeling as the gemeente's rules, any other page by its site and the words of its path.
 */
export function sourceName(url: string, t: Translate): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return t('source.page');
  }
  const host = parsed.hostname.replace(/^www\./, '');
  if (host === 'wetten.overheid.nl') {
    const law = LAW_NAMES[parsed.pathname.split('/')[1] ?? ''];
    const article = /^#Artikel(.+)$/i.exec(parsed.hash)?.[1];
    // The Dutch name is isolated (FSI … PDI) so that in Arabic ", المادة 13" stays after it, not inside it.
    if (law) return article ? t('source.article', { law: `\u2068${law.name}\u2069`, article: decodeURIComponent(article) }) : law.name;
    return t('source.law');
  }
  if (/^(lokaleregelgeving|decentrale\.regelgeving)\.overheid\.nl$/.test(host) || /\/CVDR\d+/.test(parsed.pathname)) return t('source.localRule');
  if (host === 'zoek.officielebekendmakingen.nl') {
    const [, kind, year, number] = /^\/([a-z]+)-(\d+)-(\d+)/.exec(parsed.pathname) ?? [];
    const title = kind && PUBLICATIONS[kind];
    if (title) return kind === 'kst' ? `${title} ${year}, nr. ${number}` : `${title} ${year}, ${number}`;
    return t('source.publication');
  }
  const owner = HOST_NAMES[host] ?? HOST_NAMES[parsed.hostname];
  const words = pathWords(parsed.pathname);
  return words ? `${owner ?? host}: ${words}` : (owner ?? host);
}

/** The last readable part of a path: "individuele-inkomenstoeslag_3424/" → "individuele inkomenstoeslag". */
function pathWords(pathname: string): string {
  const last = pathname.split('/').filter(Boolean).at(-1) ?? '';
  const words = decodeURIComponent(last)
    .replace(/\.(html?|pdf|aspx?|php)$/i, '')
    .replace(/[_-]\d+$/, '')
    .split(/[-_+\s]+/)
    // A code of letters and digits ("lh2091b61fd", "CVDR292686") is no word.
    .filter((word) => !(/\d/.test(word) && /[a-z]/i.test(word)))
    .join(' ')
    .trim();
  // An id or a code is no help to a reader.
  return /[a-z]{3}/i.test(words) && words.length <= 60 ? words : '';
}

/**
 * An address short enough to read and type where nothing can be tapped (the kiosk): no scheme, no "www.",
 * no query; a long path is left off, the site is enough to find it. Never matches `https?://`.
 */
export function shortAddress(url: string): string {
  try {
    const parsed = new URL(url);
    const host = parsed.hostname.replace(/^www\./, '');
    const path = parsed.pathname.replace(/\/$/, '');
    return path.length > 0 && host.length + path.length <= 40 ? `${host}${path}` : host;
  } catch {
    return '';
  }
}

/** Sources in the order given, once per name: the same law cited twice for two articles stays twice. */
export function namedSources(urls: string[], t: Translate): { url: string; name: string }[] {
  const seen = new Set<string>();
  const named: { url: string; name: string }[] = [];
  for (const url of urls) {
    const name = sourceName(url, t);
    if (seen.has(name)) continue;
    seen.add(name);
    named.push({ url, name });
  }
  return named;
}
