import { analyze, caseOf, inflect, type Reading } from '../morph/morph.ts';
import type { Token } from '../segment/tokens.ts';
import { capitalize, slug } from './names.ts';
import type { EntityInfo, Mention } from './types.ts';

// Institutions named by their state or city: "правительства Израиля", "мэрии Москвы", "сборной Бразилии",
// or by the state's adjective: "японское правительство", "российской сборной", "американскими властями".
const GOVERNMENT_HEADS = new Set([
  'правительство', 'мэрия', 'парламент', 'посольство', 'министерство', 'минобороны', 'минфин', 'сенат', 'конгресс', 'генштаб',
  'администрация', 'кабмин', 'консульство', 'генконсульство', 'мид', 'полиция', 'армия', 'спецслужба', 'разведка', 'власть', 'сборная',
  'руководство', 'представительство', 'прокуратура', 'федерация', 'департамент', 'ведомство', 'комитет', 'агентство', 'бюро', 'флот',
  'академия', 'спецслужба',
]);
// "власть" names a body only in the plural ("власти Таиланда"); "к власти" is power itself.
const PLURAL_ONLY = new Set(['власть']);

export interface BodySpan {
  first: number;
  last: number;
  info: EntityInfo;
}

// Every free token is tried as a head: its readings are looked up once per word form.
const headCache = new Map<string, Reading[]>();
function headReadings(t: Token): Reading[] {
  let heads = headCache.get(t.text);
  if (!heads) {
    heads = analyze(t.text).filter((r) => r.pos === 'NOUN' && GOVERNMENT_HEADS.has(r.lemma));
    if (headCache.size > 100_000) headCache.clear();
    headCache.set(t.text, heads);
  }
  return heads;
}
const formOf = (r: Reading) => `${caseOf(r) ?? ''}/${r.tags.has('plur') ? 'plur' : 'sing'}`;

/** Government bodies among free tokens, next to the mentions of their state already found. */
export function governmentBodies(tokens: readonly Token[], free: (i: number) => boolean, mentions: Mention[]): BodySpan[] {
  const spans: BodySpan[] = [];
  tokens.forEach((t, i) => {
    if (!free(i) || !t.isWord || t.isUpper) return;
    const heads = headReadings(t);
    // Words the dictionary lacks ("минобороны") still head a body before a state.
    if (heads.length === 0 && !GOVERNMENT_HEADS.has(t.norm)) return;
    const lemma = heads[0]?.lemma ?? t.norm;
    const next = tokens[i + 1];
    const place = next && mentions.find((m) => m.start === next.start && (m.kind === 'State' || m.kind === 'Place') && m.via !== 'adjective');
    const plural = heads.filter((r) => !PLURAL_ONLY.has(r.lemma) || r.tags.has('plur'));
    if (place && (plural.length > 0 || heads.length === 0) && tokens[i - 1]?.norm !== 'под') {
      const last = tokens.findIndex((x) => x.end === place.end);
      const head = inflect(t.text, ['nomn', 'sing']) ?? t.norm;
      const info = { key: `org:${slug(`${head} ${place.entity.split(':')[1]}`)}`, kind: 'Organization' as const, name: `${capitalize(head)} ${place.text}`, partOf: place.entity };
      spans.push({ first: i, last, info });
      return;
    }
    const before = tokens[i - 1];
    const adjective = before && mentions.find((m) => m.end === before.end && m.start === before.start && m.kind === 'State' && m.via === 'adjective');
    if (!adjective) return;
    const forms = new Set(plural.map(formOf));
    const agreeing = analyze(before.text).find((r) => r.pos === 'ADJF' && forms.has(formOf(r)));
    if (!agreeing) return;
    const head = inflect(t.text, ['nomn', PLURAL_ONLY.has(lemma) ? 'plur' : 'sing']) ?? lemma;
    const gender = heads[0]?.tags.has('femn') ? 'femn' : heads[0]?.tags.has('neut') ? 'neut' : 'masc';
    const modifier = inflect(before.text, PLURAL_ONLY.has(lemma) ? ['nomn', 'plur'] : ['nomn', 'sing', gender]) ?? before.norm;
    const info = { key: `org:${slug(`${head} ${adjective.entity.split(':')[1]}`)}`, kind: 'Organization' as const, name: capitalize(`${modifier} ${head}`), partOf: adjective.entity };
    spans.push({ first: i - 1, last: i, info });
  });
  return spans;
}
