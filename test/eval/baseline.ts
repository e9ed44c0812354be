// BASELINE stand-in, not diplograph: a trivial capitalized-word tagger with the same command-line contract as
// `diplograph mentions` and `diplograph claims` (JSONL { id, text } on stdin → JSONL on stdout). It gives the
// report a floor to compare with and exercised the harness before the real extractor existed.
//   npx tsx test/eval/baseline.ts mentions|claims < docs.jsonl
import { createInterface } from 'node:readline';

type Kind = 'Person' | 'State' | 'Organization' | 'Place';

export interface BaselineMention {
  start: number;
  end: number;
  text: string;
  kind: Kind;
  entity: string;
  name: string;
}

const RUN = /\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)*/gu;
const PREFIX: Record<Kind, string> = { Person: 'person', State: 'state', Organization: 'org', Place: 'place' };

function kindOf(run: string): Kind {
  const words = run.split(' ');
  if (words.every((w) => w.length >= 2 && w === w.toUpperCase())) return 'Organization';
  if (words.length >= 2) return 'Person';
  return /(?:ия|ии|ию|ией)$/u.test(run) ? 'State' : 'Place';
}

/** Runs of capitalized words; the word opening a sentence is left out (it is capitalized anyway). */
export function tagMentions(text: string): BaselineMention[] {
  const mentions: BaselineMention[] = [];
  for (const match of text.matchAll(RUN)) {
    let start = match.index;
    let run = match[0];
    const before = text.slice(Math.max(0, start - 3), start);
    if (start === 0 || /[.!?…]["»]?\s*$|\n\s*$/u.test(before)) {
      const space = run.indexOf(' ');
      if (space < 0) continue;
      start += space + 1;
      run = run.slice(space + 1);
    }
    const kind = kindOf(run);
    const slug = run.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-');
    mentions.push({ start, end: start + run.length, text: run, kind, entity: `${PREFIX[kind]}:${slug}`, name: run });
  }
  return mentions;
}

const MEETING = /встре[тч]|переговор/iu;

/** MET claims: the first two persons of every sentence that speaks of meeting or talks. */
export function tagClaims(text: string) {
  const claims = [];
  const mentions = tagMentions(text).filter((m) => m.kind === 'Person');
  for (const sentence of text.matchAll(/[^.!?\n]+/gu)) {
    const from = sentence.index;
    const to = from + sentence[0].length;
    if (!MEETING.test(sentence[0])) continue;
    const [a, b] = mentions.filter((m) => m.start >= from && m.end <= to);
    if (!a || !b || a.entity === b.entity) continue;
    const end = (m: BaselineMention) => ({ start: m.start, end: m.end, text: m.text, entity: m.entity });
    claims.push({ type: 'MET', source: end(a), target: end(b) });
  }
  return claims;
}

async function main(mode: string | undefined): Promise<number> {
  if (mode !== 'mentions' && mode !== 'claims') {
    process.stderr.write('usage: tsx test/eval/baseline.ts mentions|claims < docs.jsonl\n');
    return 2;
  }
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    if (line.trim() === '') continue;
    const { id, text } = JSON.parse(line) as { id: string; text: string };
    const out = mode === 'mentions' ? { id, mentions: tagMentions(text) } : { id, claims: tagClaims(text) };
    process.stdout.write(`${JSON.stringify(out)}\n`);
  }
  return 0;
}

if (process.argv[1]?.endsWith('baseline.ts')) process.exitCode = await main(process.argv[2]);
