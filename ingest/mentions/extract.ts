import { givenNameLemma } from '../kb/given-names.ts';
import { defaultKnowledgeBase, type KnowledgeBase } from '../kb/load.ts';
import type { KbEntity } from '../kb/schema.ts';
import { tokenizedSentences } from '../segment/sentences.ts';
import type { Token } from '../segment/tokens.ts';
import { resolveAnaphora } from './anaphora.ts';
import { chooseCandidate, type DocContext } from './choose.ts';
import { findCounterparts } from './counterparts.ts';
import { governmentBodies } from './bodies.ts';
import { widenOrganizations } from './descriptors.ts';
import { Gazetteer, type GazetteerMatch } from './gazetteer.ts';
import { readGlosses } from './glosses.ts';
import { firstName, slug } from './names.ts';
import { findOthers } from './others.ts';
import { findPersons, isSurnameForm, type PersonSpan } from './persons.ts';
import type { RoleClaim } from './coref.ts';
import { kbInfo, resolveRoles } from './resolve-roles.ts';
import { findPhrases } from './phrases.ts';
import { quotedOrganizations } from './quoted.ts';
import { RoleMatcher } from './roles.ts';
import type { EntityInfo, EntityKind, Mention, Via } from './types.ts';

export interface EntityExtraction {
  mentions: Mention[];
  /** Offices the text gives people, stated ("госсекретарь США Энтони Блинкен") or resolved from role phrases. */
  roles: RoleClaim[];
  /** Every entity mentioned, by node key. */
  entities: Map<string, EntityInfo>;
}

export interface ExtractOptions {
  /** The article's publication date: decides who held an office. */
  date: string | null;
  kb?: KnowledgeBase;
}

interface Sentence {
  tokens: readonly Token[];
  matches: GazetteerMatch[];
  covered: boolean[];
}

let shared: { kb: KnowledgeBase; gazetteer: Gazetteer; roles: RoleMatcher } | null = null;

/** Builds the knowledge base's matchers now (they are built on first use otherwise): part of start-up. */
export function prepareMentions(kb: KnowledgeBase = defaultKnowledgeBase()): void {
  matchersFor(kb);
  givenNames(kb);
  givenNameLemma('Анна');
}

function matchersFor(kb: KnowledgeBase): { gazetteer: Gazetteer; roles: RoleMatcher } {
  if (shared?.kb !== kb) shared = { kb, gazetteer: new Gazetteer(kb), roles: new RoleMatcher(kb) };
  return shared;
}

/** Mentions of persons, states, organizations, places and treaties in a cleaned text. Pure: text in, data out. */
export function extractMentions(text: string, options: ExtractOptions): EntityExtraction {
  const kb = options.kb ?? defaultKnowledgeBase();
  const { gazetteer, roles: roleMatcher } = matchersFor(kb);
  const sentences: Sentence[] = tokenizedSentences(text).map(({ tokens }) => {
    const matches = gazetteer.match(tokens);
    const covered = tokens.map(() => false);
    for (const m of matches) for (let i = m.first; i <= m.last; i++) covered[i] = true;
    return { tokens, matches, covered };
  });

  const doc: DocContext & { named: Set<string>; fullNames: Map<string, string> } = { named: new Set(), fullNames: new Map(), date: options.date };
  for (const s of sentences) {
    for (const m of s.matches) {
      const names = m.candidates.filter((c) => c.via === 'name');
      if (names.length !== 1) continue;
      doc.named.add(names[0]!.entity.id);
      const entity = names[0]!.entity;
      if (entity.kind === 'Person') doc.fullNames.set(entity.name.split(' ').at(-1)!.toLowerCase().replace(/ё/g, 'е'), entity.id);
    }
  }

  const mentions: Mention[] = [];
  const entities = new Map<string, EntityInfo>();
  const emit = (s: Sentence, first: number, last: number, info: EntityInfo, via: Via) => {
    const start = s.tokens[first]!.start;
    const end = s.tokens[last]!.end;
    mentions.push({ start, end, text: text.slice(start, end), kind: info.kind, entity: info.key, name: info.name, via });
    if (!entities.has(info.key)) entities.set(info.key, info);
    for (let i = first; i <= last; i++) s.covered[i] = true;
  };

  const people: Array<PersonSpan & { key: string }> = [];
  const byFullName = personsByName(kb);
  for (const s of sentences) {
    // A lone knowledge-base surname may be part of another person's full name ("Бориса Громова").
    const weak = s.tokens.map(() => false);
    for (const m of s.matches) if (m.candidates.every((c) => c.via === 'surname')) for (let i = m.first; i <= m.last; i++) weak[i] = true;
    // "Питер" is St Petersburg, but "Питер Данн" a man: a place that is also a given name yields to a full name.
    for (const m of s.matches) if (m.first === m.last && m.candidates.every((c) => c.entity.kind === 'Place') && givenNameLemma(s.tokens[m.first]!.text)) weak[m.first] = true;
    for (const p of findPersons(s.tokens, (i) => !s.covered[i] || weak[i]!, givenNames(kb))) {
      // …but two knowledge-base surnames side by side are two people ("после переговоров с Эрдоганом Путин
      // заявил"), unless the first is a given name too ("Мишель Обама").
      const given = givenNameLemma(s.tokens[p.first]!.text) !== null || givenNames(kb).has(s.tokens[p.first]!.norm);
      const allWeak = s.tokens.slice(p.first, p.last + 1).every((_t, k) => weak[p.first + k]);
      if (allWeak && (p.first === p.last || !given)) continue;
      s.matches = s.matches.filter((m) => m.last < p.first || m.first > p.last);
      // A name seen in full earlier in the document is the same person ("Сергей Лавров" … "Сергея Лаврова").
      const knownKey = p.name.includes(' ') ? doc.fullNames.get(p.surname.toLowerCase().replace(/ё/g, 'е')) : undefined;
      const knownEntity = knownKey ? kb.entities.get(knownKey) : undefined;
      const seen = knownKey ? (knownEntity ? kbInfo(knownEntity) : entities.get(knownKey)) : undefined;
      // A brother is no namesake: "Иса Ямадаев" … "Сулима Ямадаева" are two people.
      const known = seen && sameGiven(seen.name, p.name) ? seen : undefined;
      // A given name alone is the one person of the document who bears it ("Виктор Шендерович" … "Виктора").
      const bearer = p.first === p.last && p.surname === '' ? byGivenName(people, s.tokens[p.first]!) : undefined;
      const listed = byFullName.get(p.name.toLowerCase().replace(/ё/g, 'е'));
      const info = known ?? (bearer ? entities.get(bearer.key) : undefined) ?? (listed ? kbInfo(listed) : { key: `person:${slug(p.name)}`, kind: 'Person' as const, name: p.name, ...(p.gender ? { gender: p.gender } : {}) });
      people.push({ ...p, key: info.key });
      if (p.name.includes(' ') && p.surname && !known) doc.fullNames.set(p.surname.toLowerCase().replace(/ё/g, 'е'), info.key);
      emit(s, p.first, p.last, info, 'pattern');
    }
  }
  for (const s of sentences) {
    for (const m of s.matches) {
      const chosen = chooseCandidate(s.tokens, m, doc);
      if (chosen) {
        emit(s, m.first, m.last, kbInfo(chosen.entity), chosen.via);
        if (chosen.entity.kind === 'Organization' && m.last > m.first) nestedPlaces(s, m, gazetteer, emit);
      } else for (let i = m.first; i <= m.last; i++) s.covered[i] = false;
    }
  }
  for (const s of sentences) {
    s.tokens.forEach((t, i) => {
      if (s.covered[i]) return;
      const person = people.find((p) => p.name.includes(' ') && p.surname !== '' && isSurnameForm(t, p.surname)) ?? byGivenName(people, t);
      if (person) emit(s, i, i, entities.get(person.key)!, 'surname');
    });
    for (const b of governmentBodies(s.tokens, (i) => !s.covered[i], mentions)) emit(s, b.first, b.last, b.info, 'pattern');
    for (const p of findPhrases(s.tokens, (i) => !s.covered[i])) emit(s, p.first, p.last, otherInfo(p.kind, p.name), 'pattern');
    for (const o of findOthers(s.tokens, (i) => !s.covered[i])) {
      if (o.name === 'МИД') foreignMinistry(s, o.first, kb, mentions, emit);
      else emit(s, o.first, o.last, otherInfo(o.kind, o.name), 'pattern');
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  finishSentences(sentences, mentions, text);
  const roles = resolveRoles(sentences.map((x) => x.tokens), mentions, roleMatcher, kb, options.date, text, entities);
  for (const m of findCounterparts(sentences.map((s) => s.tokens), mentions, roles, kb, options.date, text)) {
    mentions.push(m);
    entities.set(m.entity, entities.get(m.entity) ?? kbInfo(kb.entities.get(m.entity)!));
  }
  mentions.sort((a, b) => a.start - b.start);
  const tokens = sentences.map((s) => s.tokens);
  // Quoted names first: "«Фольксваген»" may be what a later "концерна" refers to.
  for (const find of [quotedOrganizations, resolveAnaphora]) {
    const found = find(tokens, mentions, text);
    if (found.length === 0) continue;
    mentions.push(...found);
    mentions.sort((a, b) => a.start - b.start);
  }
  return { mentions, roles, entities };
}

/** Latin glosses and whole organization names, sentence by sentence over the mentions sorted by start. */
function finishSentences(sentences: Sentence[], mentions: Mention[], text: string): void {
  let next = 0;
  for (const s of sentences) {
    const from = s.tokens[0]?.start ?? 0;
    const to = s.tokens.at(-1)?.end ?? 0;
    while (next < mentions.length && mentions[next]!.start < from) next++;
    let end = next;
    while (end < mentions.length && mentions[end]!.start < to) end++;
    const own = mentions.slice(next, end);
    const { removed, added } = readGlosses(s.tokens, own, text);
    widenOrganizations(s.tokens, own.filter((m) => !removed.has(m)).concat(added), text);
    if (removed.size > 0 || added.length > 0) {
      mentions.splice(next, end - next, ...own.filter((m) => !removed.has(m)), ...added);
      end = next + own.length - removed.size + added.length;
    }
    next = end;
  }
  mentions.sort((a, b) => a.start - b.start);
}

/** An organization named after a place names the place too: "МИД России", "Голос Америки". */
function nestedPlaces(s: Sentence, outer: GazetteerMatch, gazetteer: Gazetteer, emit: (s: Sentence, first: number, last: number, info: EntityInfo, via: Via) => void): void {
  const inner = s.tokens.slice(outer.first + 1, outer.last + 1);
  for (const m of gazetteer.match(inner)) {
    const place = m.candidates.find((c) => c.via === 'name' && (c.entity.kind === 'State' || c.entity.kind === 'Place'));
    if (place) emit(s, outer.first + 1 + m.first, outer.first + 1 + m.last, kbInfo(place.entity), 'name');
  }
}

/** Whether two full names could be one person: the same given name, or an initial of it ("С. Лавров"). */
function sameGiven(a: string, b: string): boolean {
  const [x, y] = [a.split(' ')[0]!.replace(/\.$/, ''), b.split(' ')[0]!.replace(/\.$/, '')];
  return x.startsWith(y) || y.startsWith(x);
}

/** A first name alone refers to the one person of the document who bears it: "Виктор Шендерович" … "Виктора". */
function byGivenName<T extends PersonSpan>(people: T[], token: Token): T | undefined {
  const given = token.isCapitalized ? firstName(token.text) : null;
  if (!given) return undefined;
  const bearers = new Set(people.filter((p) => p.name.split(' ')[0] === given.name && p.surname !== '').map((p) => p.name));
  return bearers.size === 1 ? people.find((p) => p.name === [...bearers][0]) : undefined;
}

const givenIndexes = new WeakMap<KnowledgeBase, Set<string>>();

/** Given names of the knowledge base's people, Russian and English, lower case: they open foreign names. */
function givenNames(kb: KnowledgeBase): Set<string> {
  let names = givenIndexes.get(kb);
  if (!names) {
    names = new Set();
    for (const e of kb.entities.values()) {
      if (e.kind !== 'Person') continue;
      for (const full of [e.name, e.nameEn]) {
        const first = full.split(' ')[0]!;
        if (full.includes(' ') && first.length > 2 && !first.endsWith('.')) names.add(first.toLowerCase().replace(/ё/g, 'е'));
      }
    }
    givenIndexes.set(kb, names);
  }
  return names;
}

const nameIndexes = new WeakMap<KnowledgeBase, Map<string, KbEntity>>();

/** Knowledge-base people by every full name they go by, lower case. */
function personsByName(kb: KnowledgeBase): Map<string, KbEntity> {
  let index = nameIndexes.get(kb);
  if (!index) {
    index = new Map();
    for (const e of kb.entities.values()) {
      if (e.kind !== 'Person') continue;
      for (const n of [e.name, ...e.aliases]) if (n.includes(' ')) index.set(n.toLowerCase().replace(/ё/g, 'е'), e);
      // "Реджеп Тайип Эрдоган" is also written "Реджеп Эрдоган".
      const words = e.name.split(' ');
      if (words.length === 3) index.set(`${words[0]} ${words[2]}`.toLowerCase().replace(/ё/g, 'е'), e);
    }
    nameIndexes.set(kb, index);
  }
  return index;
}

/** "МИД Таджикистана" is that state's ministry; a bare "МИД" in Russian news is Russia's. */
function foreignMinistry(s: Sentence, at: number, kb: KnowledgeBase, mentions: Mention[], emit: (s: Sentence, first: number, last: number, info: EntityInfo, via: Via) => void): void {
  const next = s.tokens[at + 1];
  const state = next && mentions.find((m) => m.start === next.start && m.kind === 'State' && m.via === 'name');
  if (state) {
    const last = s.tokens.findIndex((t) => t.end === state.end);
    emit(s, at, last, { key: `org:mfa-${state.entity.split(':')[1]}`, kind: 'Organization', name: `МИД ${state.text}`, partOf: state.entity }, 'pattern');
  } else {
    const russia = kb.entities.get('org:russia-mfa');
    if (russia) emit(s, at, at, kbInfo(russia), 'name');
  }
}

function otherInfo(kind: EntityKind, name: string): EntityInfo {
  const prefix = { Person: 'person', State: 'state', Organization: 'org', Treaty: 'treaty', Place: 'place' }[kind];
  return { key: `${prefix}:${slug(name)}`, kind, name };
}
