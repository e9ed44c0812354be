import { z } from 'zod';
import { extractHtml } from './html.ts';

/** An article as read from its input, before cleaning. */
export interface RawArticle {
  /** The input path as given; JSONL records are "file.jsonl#<line>". */
  path: string;
  text: string;
  title?: string | null;
  published?: string | null;
  outlet?: string | null;
  url?: string;
}

export const FORMATS = ['txt', 'md', 'html', 'jsonl'] as const;
export type Format = (typeof FORMATS)[number];

const EXTENSIONS: Record<string, Format> = {
  '.txt': 'txt', '.text': 'txt', '.md': 'md', '.markdown': 'md', '.html': 'html', '.htm': 'html', '.xhtml': 'html', '.jsonl': 'jsonl', '.ndjson': 'jsonl',
};
export const KNOWN_EXTENSIONS = Object.keys(EXTENSIONS);

export function formatOf(path: string): Format | null {
  const dot = path.lastIndexOf('.');
  return dot < 0 ? null : (EXTENSIONS[path.slice(dot).toLowerCase()] ?? null);
}

/** Content sniffing for stdin and files without a known extension. */
export function sniffFormat(text: string): Format {
  const start = text.trimStart();
  if (/^<(!doctype|html|head|body|article|div|p)\b/i.test(start)) return 'html';
  if (start.startsWith('{')) return 'jsonl';
  return 'txt';
}

export class FormatError extends Error {
  override name = 'FormatError';
}

export function parseHtml(html: string, path: string): RawArticle {
  const article = extractHtml(html);
  if (!article) throw new FormatError('HTML without a body: no main text found');
  return { path, text: article.text, title: article.title, published: article.published, outlet: article.outlet };
}

/** Markdown to plain lines: headings, emphasis, links and images reduced to their text. */
export function parseMarkdown(md: string, path: string): RawArticle {
  const heading = /^#\s+(.+)$/m.exec(md);
  const text = md
    .replace(/^```[\s\S]*?^```/gm, '')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/^>\s?/gm, '')
    .replace(/(\*\*|__|\*|_|`)(\S(?:.*?\S)?)\1/g, '$2')
    .replace(/^\s*([-*+]|\d+\.)\s+/gm, '- ')
    .replace(/^([-*_]\s*){3,}$/gm, '');
  return { path, text, title: heading?.[1]?.trim() ?? null };
}

export const JsonlRecord = z
  .object({
    id: z.union([z.string(), z.number()]).optional(),
    url: z.string().optional(),
    title: z.string().nullable().optional(),
    published: z.string().nullable().optional(),
    outlet: z.string().nullable().optional(),
    text: z.string().optional(),
    html: z.string().optional(),
  })
  .refine((r) => (r.text ?? r.html ?? '').trim() !== '', { message: 'needs a non-empty "text" or "html" field' });

/** One JSONL line to an article; throws FormatError naming what is wrong. */
export function parseJsonlRecord(line: string, path: string): RawArticle {
  let data: unknown;
  try {
    data = JSON.parse(line);
  } catch (error) {
    throw new FormatError(`invalid JSON (${(error as Error).message})`);
  }
  const parsed = JsonlRecord.safeParse(data);
  if (!parsed.success) throw new FormatError(`invalid record: ${parsed.error.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ` : '') + i.message).join('; ')}`);
  const record = parsed.data;
  const base = record.html !== undefined && !record.text ? parseHtml(record.html, path) : { path, text: record.text ?? '' };
  return {
    ...base,
    title: record.title ?? base.title ?? null,
    published: record.published ?? base.published ?? null,
    outlet: record.outlet ?? base.outlet ?? null,
    ...(record.url !== undefined ? { url: record.url } : {}),
  };
}
