/** Building DOM without innerHTML: texts from a rules file are always text, never markup. */
type Child = Node | string | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string | boolean> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === false) continue;
    el.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children) if (child) el.append(child);
  return el;
}

/** A dotted path in the rules file as an id that is valid in HTML and in a #fragment. */
export const fieldId = (path: string, part: string) => `f-${path.replace(/[^a-zA-Z0-9-]/g, '_')}-${part}`;
