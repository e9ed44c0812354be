// The report: sections of lines and tables, rendered as aligned text (stdout) or Markdown (REPORT.md).
import { prf, type Counts } from './score.ts';

export interface Table {
  head: string[];
  rows: string[][];
}

export interface Section {
  title: string;
  blocks: Array<string | Table>;
}

const isNumeric = (cell: string) => /^[-+]?[\d.,]+[×%s]?$|^–$/.test(cell);

/** Aligned columns: text left, numbers right. */
export function textTable({ head, rows }: Table): string {
  const all = [head, ...rows];
  const widths = head.map((_, i) => Math.max(...all.map((r) => [...(r[i] ?? '')].length)));
  const right = head.map((_, i) => rows.length > 0 && rows.every((r) => isNumeric(r[i] ?? '')));
  const line = (r: string[]) =>
    r
      .map((cell, i) => (right[i] ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(head), rule, ...rows.map(line)].join('\n');
}

export function markdownTable({ head, rows }: Table): string {
  const right = head.map((_, i) => rows.length > 0 && rows.every((r) => isNumeric(r[i] ?? '')));
  const line = (r: string[]) => `| ${r.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`;
  return [line(head), `|${right.map((r) => (r ? '---:' : ':---')).join('|')}|`, ...rows.map(line)].join('\n');
}

export function renderText(sections: readonly Section[]): string {
  return sections
    .map((s) => [`== ${s.title} ==`, ...s.blocks.map((b) => (typeof b === 'string' ? b : textTable(b)))].join('\n\n'))
    .join('\n\n')
    .concat('\n');
}

export function renderMarkdown(title: string, sections: readonly Section[]): string {
  const body = sections.map((s) => [`## ${s.title}`, ...s.blocks.map((b) => (typeof b === 'string' ? b : markdownTable(b)))].join('\n\n'));
  return [`# ${title}`, ...body].join('\n\n').concat('\n');
}

/** A ratio as a percentage with one decimal; "–" where undefined. */
export const pct = (x: number | null): string => (x === null ? '–' : (100 * x).toFixed(1));

export const NER_HEAD = ['type', 'gold', 'pred', 'exact P', 'exact R', 'exact F1', 'overlap P', 'overlap R', 'overlap F1'];

export function nerRow(c: Counts, label = c.label): string[] {
  const e = prf(c.exact, c.pred, c.gold);
  const o = prf(c.overlap, c.pred, c.gold);
  return [label, String(c.gold), String(c.pred), pct(e.precision), pct(e.recall), pct(e.f1), pct(o.precision), pct(o.recall), pct(o.f1)];
}

/** Seconds with two decimals, rates with one. */
export const secs = (x: number): string => x.toFixed(2);
export const rate = (x: number): string => (x >= 100 ? x.toFixed(0) : x.toFixed(1));
