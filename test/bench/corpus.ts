// A generated corpus of noisy Russian diplomatic news for benchmarks and scale tests: our own sentence
// templates filled with people, states, organizations, places and treaties from the knowledge base
// (ingest/kb/data), wrapped in page furniture, ads, teasers and feeds. Deterministic for a given seed.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { defaultKnowledgeBase } from '../../ingest/kb/load.ts';
import type { KbEntity } from '../../ingest/kb/schema.ts';
import { analyze, initMorph, inflect } from '../../ingest/morph/morph.ts';
import { random } from '../support/random.ts';
import { FILLERS, NOISE, OUTLETS, QUOTES, TOPICS } from './corpus-text.ts';

export interface GeneratedArticle {
  id: string;
  url: string;
  outlet: string;
  title?: string;
  published?: string;
  text?: string;
  html?: string;
}


const MONTHS = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];
const SHORT = ['янв', 'фев', 'мар', 'апр', 'мая', 'июн', 'июл', 'авг', 'сен', 'окт', 'ноя', 'дек'];
const RUBRICS = ['Политика', 'Мир', 'Общество'];
const TARGET_BYTES = 2048;

type Case = 'gent' | 'datv' | 'ablt' | 'loct' | 'accs';
interface Actor { entity: KbEntity; title: string }

/** The cast: people with an office (and the date they held it), states, cities and treaties by abbreviation. */
function cast() {
  const kb = defaultKnowledgeBase();
  const all = [...kb.entities.values()];
  const roles = new Map(kb.roles.map((r) => [r.role, r.name]));
  const people = all.filter((e) => e.kind === 'Person' && (e.roles?.length ?? 0) > 0);
  return {
    kb,
    people,
    roles,
    states: all.filter((e) => e.kind === 'State' && !e.name.includes(' ')),
    places: all.filter((e) => e.kind === 'Place' && !e.name.includes(' ')),
    orgs: all.filter((e) => e.kind === 'Organization' && !e.isSource && /^[А-ЯЁ]{3,}$/.test(e.name)),
    treaties: all.filter((e) => e.kind === 'Treaty' && /^[А-ЯЁ-]+\d?$/.test(e.name)),
  };
}

const forms = new Map<string, string>();

/** A name put into a case, word by word; words az cannot inflect stay as written. */
function decline(name: string, wanted: Case): string {
  const key = `${name}|${wanted}`;
  let form = forms.get(key);
  if (form === undefined) {
    form = name
      .split(' ')
      .map((word) => {
        if (/^[А-ЯЁ]{2,}$/.test(word) || !/^[А-ЯЁ]/.test(word) || !known(word)) return word;
        const inflected = inflect(word, [wanted, 'sing']);
        return inflected && !word.includes('-') ? word[0] + inflected.slice(1) : word;
      })
      .join(' ');
    forms.set(key, form);
  }
  return form;
}

/** Names the dictionary knows (or Russian surnames): others, like many foreign names, are not declined. */
function known(word: string): boolean {
  const tags = analyze(word)[0]?.tags;
  return Boolean(tags && (tags.has('Name') || tags.has('Surn') || tags.has('Geox'))) || /(ов|ев|ёв|ин|ын)$/.test(word);
}

export class CorpusGenerator {
  private readonly rand: () => number;
  private readonly c = cast();

  constructor(seed = 1) {
    this.rand = random(seed);
  }

  private pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.rand() * items.length)]!;
  }

  private chance(p: number): boolean {
    return this.rand() < p;
  }

  /** A person in an office on the given day, titled as news would: "министр иностранных дел России Сергей Лавров". */
  private actor(year: number): Actor {
    for (;;) {
      const entity = this.pick(this.c.people);
      const spell = entity.roles!.find((r) => Number(r.from.slice(0, 4)) <= year && (!r.to || Number(r.to.slice(0, 4)) >= year));
      if (!spell && !this.chance(0.1)) continue;
      const role = spell ? this.c.roles.get(spell.role) : undefined;
      const of = spell ? this.c.kb.entities.get(spell.of) : undefined;
      return { entity, title: role && of ? `${role} ${decline(of.name, 'gent')}` : '' };
    }
  }

  private verb(a: Actor, masculine: string): string {
    if (a.entity.gender !== 'f') return masculine;
    return masculine.endsWith('ся') ? `${masculine.slice(0, -2)}ась` : `${masculine}а`;
  }

  /** A person in a case: women and foreign names that az does not know keep the nominative in other templates. */
  private named(a: Actor, wanted: Case | 'nomn', titled = false): string {
    const name = wanted === 'nomn' || a.entity.gender === 'f' ? a.entity.name : decline(a.entity.name, wanted);
    return titled && a.title && wanted === 'nomn' ? `${a.title} ${name}` : name;
  }

  private sentence(day: Date, a: Actor, b: Actor): string {
    const place = this.pick(this.c.places);
    const state = this.pick(this.c.states);
    const other = this.pick(this.c.states);
    const treaty = this.pick(this.c.treaties);
    const org = this.pick(this.c.orgs);
    const date = `${day.getUTCDate()} ${MONTHS[day.getUTCMonth()]}`;
    const men = a.entity.gender !== 'f' && b.entity.gender !== 'f';
    // About one meeting and one proposal or refusal per article, as in wire news; the rest quotes and filler.
    const r = this.rand();
    const kind = r < 0.16 ? Math.floor(r / 0.032) : r < 0.3 ? [5, 6, 10][Math.floor((r - 0.16) / 0.047)]! : r < 0.5 ? (r < 0.4 ? 7 : 8) : r < 0.55 ? 9 : 11;
    switch (kind) {
      case 0: return `${this.named(a, 'nomn', true)} и ${this.named(b, 'nomn', true)} провели переговоры в ${decline(place.name, 'loct')} ${date}.`;
      case 1: return men ? `${this.named(a, 'nomn')} встретился с ${this.named(b, 'ablt')} в ${decline(place.name, 'loct')}.` : `${a.entity.name} и ${b.entity.name} встретились в ${decline(place.name, 'loct')}.`;
      case 2: return men ? `Состоялся телефонный разговор ${this.named(a, 'gent')} и ${this.named(b, 'gent')}.` : `${a.entity.name} и ${b.entity.name} провели телефонный разговор.`;
      case 3: return `${this.named(a, 'nomn')} и ${this.named(b, 'nomn')} проведут встречу в ${decline(place.name, 'loct')} в ${MONTHS[(day.getUTCMonth() + 1) % 12]!.replace(/я$/, 'е').replace(/а$/, 'е')}.`;
      case 4: return `${this.named(a, 'nomn', true)} ${this.verb(a, 'прибыл')} в ${decline(place.name, 'accs')} с официальным визитом.`;
      case 5: return `МИД ${decline(state.name, 'gent')} предложил ${decline(other.name, 'datv')} возобновить консультации по ${treaty.name}.`;
      case 6: return `${this.named(a, 'nomn')} ${this.verb(a, 'отверг')} предложение ${decline(state.name, 'gent')} о ${this.pick(TOPICS)}.`;
      case 7: return `«${this.pick(QUOTES)}», — ${this.verb(a, 'заявил')} ${this.named(a, 'nomn')} журналистам.`;
      case 8: return `По словам ${this.named(a, 'gent')}, ${this.pick(QUOTES).replace(/^\p{Lu}/u, (ch) => ch.toLowerCase()).replace(/[.!]$/, '')}.`;
      case 9: return `Представители ${org.name} призвали стороны к сдержанности.`;
      case 10: return `${this.named(a, 'nomn', true)} ${this.verb(a, 'предложил')} ${decline(other.name, 'datv')} вернуться к обсуждению ${treaty.name}.`;
      default: return this.pick(FILLERS);
    }
  }

  /** One article: a dateline and furniture, a headline, paragraphs, then ads, teasers and a feed. */
  next(index: number): GeneratedArticle {
    const day = new Date(Date.UTC(2019 + Math.floor(this.rand() * 6), Math.floor(this.rand() * 12), 1 + Math.floor(this.rand() * 28), 6 + Math.floor(this.rand() * 14), Math.floor(this.rand() * 60)));
    const a = this.actor(day.getUTCFullYear());
    let b = this.actor(day.getUTCFullYear());
    while (b.entity.id === a.entity.id) b = this.actor(day.getUTCFullYear());
    const outlet = this.pick(OUTLETS);
    const title = `${a.entity.name.split(' ').at(-1)} и ${b.entity.name.split(' ').at(-1)} ${this.pick(['обсудили', 'провели переговоры о', 'не договорились о'])} ${this.pick(TOPICS)}`;
    const head: string[] = [];
    if (this.chance(0.5)) head.push(this.pick(NOISE.furniture));
    const dateline = this.chance(0.4);
    if (dateline) head.push(`${this.pick(RUBRICS)}, ${day.getUTCDate()} ${SHORT[day.getUTCMonth()]} ${day.getUTCFullYear()}, ${day.toISOString().slice(11, 16)}`);
    if (this.chance(0.3)) head.push(`(Фото: ${this.pick(NOISE.photographers)} / ${outlet})`);
    const tail: string[] = [];
    if (this.chance(0.5)) tail.push(this.pick(NOISE.ads));
    if (this.chance(0.4)) tail.push('Pro', this.pick(NOISE.teasers));
    if (this.chance(0.3)) tail.push(NOISE.links);
    const feed = ['Другие новости', ...Array.from({ length: 2 + Math.floor(this.rand() * 3) }, () => `${this.pick(NOISE.teasers)} ${this.pick(['Сегодня', 'Вчера'])} в ${10 + Math.floor(this.rand() * 12)}:${String(Math.floor(this.rand() * 60)).padStart(2, '0')}`)];
    const noiseBytes = Buffer.byteLength([...head, ...tail, ...feed].join('\n'));
    const paragraphs: string[] = [];
    let bytes = noiseBytes + Buffer.byteLength(title);
    while (bytes < TARGET_BYTES - 150) {
      const para = Array.from({ length: 2 + Math.floor(this.rand() * 2) }, () => (this.chance(0.7) ? this.sentence(day, a, b) : this.sentence(day, b, a)))
        .map((s) => s[0]!.toUpperCase() + s.slice(1))
        .join(' ');
      paragraphs.push(this.chance(0.1) ? `${para} Читайте также: ${this.pick(NOISE.teasers)}.` : para);
      bytes += Buffer.byteLength(para) + 2;
    }
    const body = [...head, title, ...paragraphs, ...tail, ...feed].join('\n\n');
    const published = dateline ? undefined : day.toISOString().replace('.000Z', 'Z');
    const id = `bench-${index}`;
    const base = { id, url: `https://news.example/${id}`, outlet, ...(published ? { published } : {}) };
    if (this.chance(0.1)) {
      const html = `<html><head><title>${title}</title></head><body><nav>${NOISE.links}</nav><article><h1>${title}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article><aside>${tail.join(' ')}</aside></body></html>`;
      return { ...base, title, html };
    }
    return { ...base, text: body };
  }
}

/** Writes articles `from` … `from + count - 1` of the seed's sequence as JSONL; returns the bytes written. */
export async function writeCorpus(path: string, count: number, seed = 1, from = 0): Promise<number> {
  await initMorph();
  const generator = new CorpusGenerator(seed);
  for (let i = 0; i < from; i++) generator.next(i);
  const stream = createWriteStream(path);
  let bytes = 0;
  for (let i = from; i < from + count; i++) {
    const line = `${JSON.stringify(generator.next(i))}\n`;
    bytes += Buffer.byteLength(line);
    if (!stream.write(line)) await once(stream, 'drain');
  }
  stream.end();
  await once(stream, 'finish');
  return bytes;
}
