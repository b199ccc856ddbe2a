import { html, nothing } from 'lit';
import { namedSources } from './source-name.js';
import type { Translate } from './view.js';

/** At most this many sources show under "Waarom?"; the rest are one tap further, so a card stays short. */
export const SOURCES_SHOWN = 2;

/**
 * The sources of one scheme by name ("Wet op de zorgtoeslag, artikel 2"): links for a resident, plain names
 * at a kiosk (nothing there can be opened). Never an address as text.
 */
export function sourcesList(urls: string[], t: Translate, kiosk: boolean, schemeId = '') {
  const named = namedSources(mostRelevantFirst(urls, schemeId), t);
  if (named.length === 0) return nothing;
  const item = ({ url, name }: { url: string; name: string }) =>
    kiosk ? html`<li>${name}</li>` : html`<li><a href=${url} target="_blank" rel="noopener">${name}</a></li>`;
  const shown = named.slice(0, SOURCES_SHOWN);
  const rest = named.slice(SOURCES_SHOWN);
  return html`<p>${t('result.sources')}:</p>
    <ul class="sources">${shown.map(item)}</ul>
    ${rest.length > 0
      ? html`<details class="more-sources"><summary>${t('source.more', { count: rest.length })}</summary><ul class="sources">${rest.map(item)}</ul></details>`
      : nothing}`;
}

/**
 * The two shown should be about this scheme: the rules' own first source, then more of the same law, then
 * pages that name the scheme ("…/zorgtoeslag/…"), then the rest (figures shared with other schemes) in order.
 */
export function mostRelevantFirst(urls: string[], schemeId: string): string[] {
  const law = (url: string | undefined) => /\/(BWBR\d+)/.exec(url ?? '')?.[1];
  const first = law(urls[0]);
  const rank = (url: string, i: number) => {
    if (i === 0) return 0;
    if (first && law(url) === first) return 1;
    if (schemeId && url.toLowerCase().includes(schemeId)) return 2;
    return 3;
  };
  return urls
    .map((url, i) => ({ url, r: rank(url, i), i }))
    .sort((a, b) => a.r - b.r || a.i - b.i)
    .map((x) => x.url);
}
