// Query results as a plain-text table: one line per row, cells cut to a readable width except in
// the last column (often the quote or path), which nothing has to line up after.
const MAX_CELL = 70;

/** Nodes and relationships (as toPlain gives them) show their name or id; lists join with commas. */
export function formatCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.replace(/\s+/g, ' ');
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map(formatCell).join(', ');
  if (typeof value === 'object') {
    const { properties, type } = value as { properties?: Record<string, unknown>; type?: unknown };
    if (properties) return formatCell(properties['name'] ?? properties['id'] ?? properties['key'] ?? type ?? '');
    return JSON.stringify(value);
  }
  return JSON.stringify(value) ?? '';
}

const width = (s: string): number => [...s].length;

function cut(s: string): string {
  const chars = [...s];
  return chars.length > MAX_CELL ? `${chars.slice(0, MAX_CELL - 1).join('')}…` : s;
}

export function formatTable(keys: string[], rows: Array<Record<string, unknown>>): string {
  if (keys.length === 0) return '(no columns)';
  const last = keys.length - 1;
  const cells = rows.map((row) => keys.map((k, i) => (i === last ? formatCell(row[k]) : cut(formatCell(row[k])))));
  const widths = keys.map((k, i) => Math.max(width(k), ...cells.map((c) => width(c[i] ?? ''))));
  const line = (values: string[]): string => values.map((v, i) => v + ' '.repeat((widths[i] ?? 0) - width(v))).join('  ').trimEnd();
  return [line(keys), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}
