/**
 * Generated parts of hand-written documents sit between `<!-- generated:NAME -->` and
 * `<!-- /generated:NAME -->`: the prose around them stays hand-written, the lists come from the code.
 */
export function replaceBlock(text: string, name: string, content: string): string {
  const start = `<!-- generated:${name} (npm run docs) -->`;
  const end = `<!-- /generated:${name} -->`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`no block ${name}: the document needs the lines "${start}" and "${end}"`);
  return `${text.slice(0, from + start.length)}\n${content.trimEnd()}\n${text.slice(to)}`;
}
