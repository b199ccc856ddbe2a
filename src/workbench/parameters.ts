/**
 * The figures in an organisation's rules file that a policy officer edits: every parameter (a value with
 * unit, dated values and a source), found where the schema puts them, with a label in words.
 */
export interface ParameterField {
  /** Dotted path in the file, as validation faults name it, e.g. `regelingen.u-pas.inkomensgrens`. */
  path: string;
  /** The regeling's name, or the organisation's for figures outside a regeling. */
  group: string;
  /** The parameter's description, or its path when it has none. */
  label: string;
  unit: string;
}

type Json = Record<string, unknown>;

const isParameter = (value: unknown): value is Json =>
  !!value && typeof value === 'object' && 'values' in value && 'unit' in value && 'source' in value;

/** Every parameter in the file, in file order. Tolerates a broken file: it lists what it can find. */
export function listParameters(file: unknown): ParameterField[] {
  const fields: ParameterField[] = [];
  const org = (file && typeof file === 'object' ? file : {}) as Json;
  const walk = (value: unknown, path: string, group: string) => {
    if (isParameter(value)) {
      fields.push({ path, group, label: typeof value.description === 'string' ? value.description : path, unit: String(value.unit) });
      return;
    }
    if (Array.isArray(value)) value.forEach((item, i) => walk(item, `${path}.${i}`, group));
    else if (value && typeof value === 'object') for (const [key, child] of Object.entries(value)) walk(child, `${path}.${key}`, group);
  };
  const regelingen = (org.regelingen && typeof org.regelingen === 'object' ? org.regelingen : {}) as Json;
  for (const [key, regeling] of Object.entries(regelingen)) {
    const name = (regeling as Json | null)?.name;
    walk(regeling, `regelingen.${key}`, typeof name === 'string' ? name : key);
  }
  return fields;
}

/** A value entry as written in rules/: a decimal string, or an object with value and optional source. */
export type ValueEntry = string | { value: string; source?: string; status?: string; note?: string };

export interface ValueRow {
  date: string;
  value: string;
  /** This value's own source; empty when the parameter's source applies. */
  source: string;
  /** status and note of the entry, kept as they were. */
  extra: { status?: string; note?: string };
}

export function rowsOf(values: Record<string, ValueEntry>): ValueRow[] {
  return Object.entries(values).map(([date, entry]) => {
    if (typeof entry !== 'object' || entry === null) return { date, value: String(entry), source: '', extra: {} };
    const { value, source, ...extra } = entry;
    return { date, value: String(value ?? ''), source: source ?? '', extra };
  });
}

/**
 * Rows back into a `values` object. A date given twice cannot be a key twice: the later row is kept
 * under a marked key, so validation reports it instead of silently dropping a figure.
 */
export function valuesOf(rows: ValueRow[]): Record<string, ValueEntry> {
  const values: Record<string, ValueEntry> = {};
  for (const row of rows) {
    const hasExtra = Object.keys(row.extra).length > 0;
    const entry: ValueEntry = row.source || hasExtra ? { value: row.value, ...(row.source ? { source: row.source } : {}), ...row.extra } : row.value;
    const key = Object.hasOwn(values, row.date) ? `${row.date} (twee keer)` : row.date;
    values[key] = entry;
  }
  return values;
}
