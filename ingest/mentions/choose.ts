import type { KbEntity } from '../kb/schema.ts';
import { analyze } from '../morph/morph.ts';
import type { Token } from '../segment/tokens.ts';
import type { GazetteerMatch } from './gazetteer.ts';
import type { Via } from './types.ts';

const LOCATIVE = new Set(['в', 'во', 'на', 'из', 'до', 'под', 'около', 'возле', 'через', 'над', 'близ', 'вблизи', 'к', 'ко', 'по']);
const KIND_ORDER = ['State', 'Organization', 'Person', 'Place', 'Treaty'];

export interface DocContext {
  /** Entities the document names outright (not by metonym or surname). */
  named: ReadonlySet<string>;
  /** Full names of people seen in the document, by surname (lower case). */
  fullNames: ReadonlyMap<string, string>;
  /** The article's date, for choosing among people by the roles they held. */
  date: string | null;
}

// Verbs of saying and deciding whose unnamed plural subject is the officials of a place: "в Кремле заявили".
const OFFICIAL_VERBS = new Set([
  'заявить', 'заявлять', 'считать', 'назвать', 'называть', 'подчеркнуть', 'подчеркивать', 'отметить', 'отмечать', 'сообщить', 'сообщать',
  'ответить', 'отвечать', 'ожидать', 'призвать', 'призывать', 'предупредить', 'потребовать', 'требовать', 'отказаться', 'отказываться',
  'опровергнуть', 'пообещать', 'обещать', 'признать', 'надеяться', 'полагать', 'настаивать', 'отреагировать', 'реагировать', 'заверить',
  'пояснить', 'уточнить', 'допустить', 'исключить', 'выразить', 'осудить', 'предложить', 'предлагать', 'отвергнуть', 'отклонить', 'решить',
  'объявить', 'обвинить', 'обвинять', 'пригрозить', 'угрожать', 'согласиться', 'возразить', 'прокомментировать', 'подтвердить', 'подтверждать',
]);

/** Verbs whose object is a place travelled to or from: "посетил Париж" is the city, not France acting. */
const VISITING = new Set(['посетить', 'посещать', 'покинуть', 'покидать', 'объехать']);

/** A place name after "в", "из"… is a location — unless officials there speak or decide ("в Москве заявили"). */
export function isActorPosition(tokens: readonly Token[], match: GazetteerMatch): boolean {
  const before = tokens[match.first - 1];
  if (before?.isWord && analyze(before.text).some((r) => (r.pos === 'VERB' || r.pos === 'INFN') && VISITING.has(r.lemma))) return false;
  if (!before || !LOCATIVE.has(before.norm)) return true;
  return tokens.slice(match.last + 1, match.last + 4).some((t) => {
    const top = analyze(t.text)[0];
    return top?.pos === 'VERB' && top.tags.has('plur') && OFFICIAL_VERBS.has(top.lemma);
  });
}

/** Picks the entity a knowledge-base match names in its context, or null when none fits. */
export function chooseCandidate(tokens: readonly Token[], match: GazetteerMatch, doc: DocContext): { entity: KbEntity; via: Via } | null {
  const actor = isActorPosition(tokens, match);
  const usable = match.candidates.filter((c) => !c.contextual || (actor && doc.named.has(c.entity.id)));
  if (usable.length === 0) return null;
  const contextual = usable.find((c) => c.contextual);
  if (contextual) return contextual;
  const names = usable.filter((c) => c.via === 'name');
  const metonym = usable.find((c) => c.via === 'metonym');
  if (metonym && (actor || names.length === 0)) return metonym;
  if (names.length > 0) return [...names].sort((a, b) => KIND_ORDER.indexOf(a.entity.kind) - KIND_ORDER.indexOf(b.entity.kind))[0]!;
  const surnames = usable.filter((c) => c.via === 'surname');
  if (surnames.length > 0) return choosePerson(surnames, doc);
  return usable[0]!;
}

/** Among people sharing a surname: one named in full in the document, else one in office at its date, else the first. */
function choosePerson<T extends { entity: KbEntity }>(candidates: T[], doc: DocContext): T | null {
  const surname = candidates[0]!.entity.name.split(' ').at(-1)!.toLowerCase();
  const full = doc.fullNames.get(surname);
  if (full !== undefined) return candidates.find((c) => c.entity.id === full) ?? null;
  if (doc.date) {
    const inOffice = candidates.find((c) => (c.entity.roles ?? []).some((r) => r.from <= doc.date! && (!r.to || r.to >= doc.date!.slice(0, r.to.length))));
    if (inOffice) return inOffice;
  }
  return candidates[0]!;
}
