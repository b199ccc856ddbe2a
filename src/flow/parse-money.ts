/**
 * Reads an amount as people type it: "1.348,49", "1348,49", "1348.49", "€ 1 348", "1,348.49".
 * A separator followed by one or two digits at the end is the decimal mark; any other is a thousands
 * separator. Returns a decimal string with two decimals, or undefined when it is not an amount.
 */
export function parseMoney(text: string): string | undefined {
  const cleaned = text.replace(/[€\s\u00a0\u202f]/g, '').replace(/^eur/i, '');
  if (!/^\d[\d.,]*$/.test(cleaned)) return undefined;
  const decimal = /[.,](\d{1,2})$/.exec(cleaned);
  const whole = (decimal ? cleaned.slice(0, decimal.index) : cleaned).replace(/[.,]/g, '');
  if (!/^\d+$/.test(whole) || whole.length > 12) return undefined;
  const fraction = (decimal?.[1] ?? '').padEnd(2, '0');
  return `${BigInt(whole).toString()}.${fraction}`;
}

/** Reads a whole number of years; undefined when it is not one. */
export function parseAge(text: string): number | undefined {
  const trimmed = text.trim();
  return /^\d{1,3}$/.test(trimmed) ? Number(trimmed) : undefined;
}
