/**
 * Reads an amount as people type it: "1.348,49", "1348,49", "1348.49", "€ 1 348", "1,348.49".
 * A separator followed by one or two digits at the end is the decimal mark; any other is a thousands
 * separator. Returns a decimal string with two decimals, or undefined when it is not an amount.
 */
export function parseMoney(text: string): string | undefined {
  const cleaned = westernDigits(text).replace(/[€\s\u00a0\u202f]/g, '').replace(/^eur/i, '');
  if (!/^\d[\d.,]*$/.test(cleaned)) return undefined;
  const decimal = /[.,](\d{1,2})$/.exec(cleaned);
  const grouped = decimal ? cleaned.slice(0, decimal.index) : cleaned;
  // Thousands separators only between groups of three digits: "12,345,6789" is a typing error.
  if (!/^\d+$/.test(grouped) && !/^\d{1,3}([.,]\d{3})+$/.test(grouped)) return undefined;
  const whole = grouped.replace(/[.,]/g, '');
  if (whole.length > 12) return undefined;
  const fraction = (decimal?.[1] ?? '').padEnd(2, '0');
  return `${BigInt(whole).toString()}.${fraction}`;
}

/** Reads a whole number of years; undefined when it is not one. */
export function parseAge(text: string): number | undefined {
  const trimmed = westernDigits(text).trim();
  return /^\d{1,3}$/.test(trimmed) ? Number(trimmed) : undefined;
}

/**
 * Arabic-Indic (٠-٩) and Persian (۰-۹) digits as 0-9, and the Arabic decimal and thousands separators
 * (٫ ٬) as , and . : someone typing in Arabic gets the same answer as someone typing 0-9.
 */
function westernDigits(text: string): string {
  return text
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/\u066b/g, ',')
    .replace(/\u066c/g, '.');
}
