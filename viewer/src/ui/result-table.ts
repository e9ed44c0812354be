import type { KnowledgeGraph } from '../../../src/graph/model.ts';
import { el } from '../dom.ts';
import { truncate } from '../text.ts';

// Query rows as a table. Every value came out of the database and may hold anything: it is shown as
// text only (textContent through el()), never parsed as HTML.

const MAX_CELL = 400;

interface PlainElement {
  labels?: unknown;
  type?: unknown;
  properties?: Record<string, unknown>;
}

const isElement = (value: unknown): value is PlainElement =>
  typeof value === 'object' && value !== null && 'properties' in value && typeof (value as PlainElement).properties === 'object';

/** A node or relationship (as the server's toPlain writes them) by its name, id or key; lists joined. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map(cellText).join(', ');
  if (isElement(value)) {
    const p = value.properties ?? {};
    const label = Array.isArray(value.labels) ? `:${value.labels.join(':')}` : typeof value.type === 'string' ? `[:${value.type}]` : '';
    const name = p['name'] ?? p['id'] ?? p['key'] ?? p['quote'];
    return typeof name === 'string' ? `${name} (${label})` : label;
  }
  return JSON.stringify(value) ?? '';
}

/** The data graph's node a cell stands for: a node value, or a string that is a node's key. */
function nodeKeyOf(value: unknown, data: KnowledgeGraph): string | null {
  const id = isElement(value) && Array.isArray(value.labels) ? value.properties?.['id'] : value;
  return typeof id === 'string' && data.hasNode(id) ? id : null;
}

export function resultTable(keys: string[], rows: Array<Record<string, unknown>>, data: KnowledgeGraph, select: (key: string) => void): HTMLTableElement {
  const head = el('thead', {}, el('tr', {}, ...keys.map((k) => el('th', { text: k, attrs: { scope: 'col' } }))));
  const body = el(
    'tbody',
    {},
    ...rows.map((row) =>
      el(
        'tr',
        {},
        ...keys.map((k) => {
          const value = row[k];
          const text = truncate(cellText(value), MAX_CELL);
          const key = nodeKeyOf(value, data);
          // Dates, numbers and short names stay on one line; long text wraps.
          return el('td', text.length <= 24 ? { class: 'short' } : {}, key ? el('button', { class: 'link', text, title: 'Show in the graph', onClick: () => select(key) }) : text);
        }),
      ),
    ),
  );
  return el('table', { class: 'result-table' }, head, body);
}
