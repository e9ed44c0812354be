import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

export interface HtmlArticle {
  title: string | null;
  /** Main text, one block element per line. */
  text: string;
  published: string | null;
  outlet: string | null;
}

const BLOCKS = new Set([
  'P', 'DIV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'BR', 'TR', 'SECTION', 'ARTICLE',
  'FIGCAPTION', 'PRE', 'UL', 'OL', 'TABLE', 'HEADER', 'FOOTER', 'ASIDE', 'DD', 'DT',
]);

/** Main text, title, date and site name of an HTML page, by Mozilla's Readability; null when it has no body text. */
export function extractHtml(html: string): HtmlArticle | null {
  const { document } = parseHTML(html);
  const published = metaContent(document, ['article:published_time', 'og:published_time', 'pubdate', 'date', 'datePublished']) ??
    document.querySelector('time[datetime]')?.getAttribute('datetime') ?? null;
  // Readability mutates the document it reads, so the metadata above is taken first.
  const article = new Readability(document, { charThreshold: 100 }).parse();
  if (!article?.content) return null;
  const text = blockText(parseHTML(`<!doctype html><html><body>${article.content}</body></html>`).document.body);
  if (text.trim() === '') return null;
  // Readability's title may carry the site name ("… — Outlet"); the page's own headline opens the text.
  const headline = text.split('\n', 1)[0]!;
  const title = article.title?.trim() || null;
  return {
    title: title && headline.length > 10 && title.startsWith(headline) ? headline : title,
    text,
    published: article.publishedTime ?? published,
    outlet: article.siteName?.trim() || null,
  };
}

function metaContent(document: ReturnType<typeof parseHTML>['document'], names: string[]): string | null {
  for (const name of names) {
    const meta = document.querySelector(`meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`);
    const content = meta?.getAttribute('content')?.trim();
    if (content) return content;
  }
  return null;
}

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

/** Text of the element with a line break around every block element. */
function blockText(root: DomNode): string {
  const parts: string[] = [];
  const walk = (node: DomNode) => {
    if (node.nodeType === 3) {
      parts.push(node.textContent ?? '');
      return;
    }
    if (node.nodeType !== 1 || node.nodeName === 'SCRIPT' || node.nodeName === 'STYLE') return;
    const block = BLOCKS.has(node.nodeName);
    if (block) parts.push('\n');
    for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i]!);
    if (block) parts.push('\n');
  };
  walk(root);
  return parts.join('').replace(/[ \t]*\n[ \t\n]*/g, '\n').replace(/[ \t]+/g, ' ').trim();
}
