/**
 * What "Lees voor" reads: on a question, the question, its help text, the options and any error; on the
 * results, per scheme its name, status and amount. Taken from what is on the screen, so it always matches.
 */
export function readableText(screen: HTMLElement): string {
  const cards = [...screen.querySelectorAll<HTMLElement>('article.card')];
  const parts = cards.length
    ? [screen.querySelector('h2'), ...cards.flatMap((card) => [...card.querySelectorAll('h3, .status, .amount')])]
    : [...screen.querySelectorAll('h2, h3, .help, .error, legend, label')];
  return parts
    .map((el) => el?.textContent?.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('. ');
}
