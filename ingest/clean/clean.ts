import { parseDateline } from './dateline.ts';
import { BOILERPLATE_LINES, BOILERPLATE_SENTENCES, FEED_HEADERS, SENTENCE_END, TEASER_MARKERS } from './rules.ts';
import { splitSentences } from '../segment/sentences.ts';
import { countLetters, countScripts } from './scripts.ts';

/** Something the cleaner removed, with the 1-based source line, for `ingest --explain`. */
export interface Dropped {
  line: number;
  text: string;
  reason: string;
}

export interface Cleaned {
  title: string | null;
  /** Body paragraphs, separated by blank lines. */
  body: string;
  /** What extraction reads and evidence offsets point into: the title, a blank line, the body. */
  text: string;
  published: string | null;
  rubric: string | null;
  dropped: Dropped[];
}

export interface CleanOptions {
  /** A title known from elsewhere (HTML, JSONL); then no line is taken as the title. */
  title?: string | null;
}

const HEADER_LINES = 12;
const HEADLINE_MAX = 200;
const FEED_EXIT_MIN = 120;

/** Keeps the article's sentences and drops page furniture, feeds, teasers and ads, saying why. */
export function cleanArticle(raw: string, options: CleanOptions = {}): Cleaned {
  const normalized = normalize(raw);
  const lines = normalized.split('\n');
  const russian = isMostlyCyrillic(normalized);
  const dropped: Dropped[] = [];
  const paragraphs: string[] = [];
  let title = options.title?.trim() || null;
  const titleGiven = title !== null;
  let published: string | null = null;
  let rubric: string | null = null;
  let inFeed = false;
  let teaserNext = false;

  lines.forEach((text, index) => {
    const line = index + 1;
    if (text === '') return;
    const drop = (reason: string) => dropped.push({ line, text, reason });
    if (teaserNext) {
      teaserNext = false;
      if (!continuesStory(text, paragraphs, title)) return drop('teaser');
    }
    const dateline = parseDateline(text);
    if (dateline) {
      if (index < HEADER_LINES && published === null) ({ published, rubric } = dateline);
      return drop('dateline');
    }
    if (FEED_HEADERS.test(text)) {
      inFeed = true;
      return drop('news feed');
    }
    if (TEASER_MARKERS.test(text)) {
      teaserNext = true;
      return drop('teaser');
    }
    const boilerplate = BOILERPLATE_LINES.find(([re]) => re.test(text));
    if (boilerplate) return drop(boilerplate[1]);
    if (isShouting(text)) return drop('advertisement');
    if (inFeed) {
      if (!looksLikeParagraph(text)) return drop('news feed');
      inFeed = false;
    }
    if (!SENTENCE_END.test(text) && text.length < HEADLINE_MAX) {
      if (!titleGiven && title === null && paragraphs.length === 0 && /\p{L}{2,}\s+\p{L}{2,}\s+\p{L}{2,}/u.test(text)) {
        title = text;
        return;
      }
      return drop(/^[-•–—*]\s/.test(text) ? 'link list' : 'headline or caption');
    }
    const kept = keepSentences(text, line, dropped, russian);
    if (kept) paragraphs.push(kept);
  });

  const body = paragraphs.join('\n\n');
  const text = title ? `${title}\n\n${body}` : body;
  return { title, body, text, published, rubric, dropped };
}

function normalize(raw: string): string {
  return raw
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00a0\u2007\u202f\t]/g, ' ')
    .replace(/[\u200b-\u200d\ufeff\u00ad]/g, '')
    .split('\n')
    .map((l) => l.replace(/ {2,}/g, ' ').trim())
    .join('\n');
}

/** Drops boilerplate and foreign-language captions inside a paragraph; returns what is left. */
function keepSentences(text: string, line: number, dropped: Dropped[], russian: boolean): string {
  const kept: string[] = [];
  for (const { start, end } of splitSentences(text)) {
    const sentence = text.slice(start, end).trim();
    const rule = BOILERPLATE_SENTENCES.find(([re]) => re.test(sentence));
    if (rule) dropped.push({ line, text: sentence, reason: rule[1] });
    else if (russian && isForeignCaption(sentence)) dropped.push({ line, text: sentence, reason: 'foreign-language caption' });
    else kept.push(sentence);
  }
  return kept.join(' ');
}

/** Ads are set in capitals: most letters upper-case over a long enough line. */
function isShouting(text: string): boolean {
  const { letters, upper } = countLetters(text);
  return letters >= 20 && upper / letters > 0.7;
}

/** A sentence in Latin script inside a Russian article is a photo caption or a pasted credit. */
function isForeignCaption(sentence: string): boolean {
  const { cyrillic, latin } = countScripts(sentence);
  return latin >= 20 && cyrillic < latin * 0.1;
}

function isMostlyCyrillic(text: string): boolean {
  const { cyrillic, latin } = countScripts(text);
  return cyrillic > latin;
}

function looksLikeParagraph(text: string): boolean {
  return text.length >= FEED_EXIT_MIN && (text.match(/[.!?…]\s/g) ?? []).length >= 2;
}

/**
 * After "Реклама" comes the ad's text, unless the line is a sentence of the story resumed after an ad without
 * text: one that ends like a sentence and shares at least two words (by their first five letters) with it.
 */
function continuesStory(text: string, paragraphs: string[], title: string | null): boolean {
  if (!SENTENCE_END.test(text) || text.length < 40) return false;
  const stems = (t: string) => new Set((t.match(/\p{L}{5,}/gu) ?? []).map((w) => w.slice(0, 5).toLowerCase()));
  const story = stems([title ?? '', ...paragraphs].join(' '));
  let shared = 0;
  for (const stem of stems(text)) if (story.has(stem) && ++shared >= 2) return true;
  return false;
}
