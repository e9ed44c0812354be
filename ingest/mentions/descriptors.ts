import { analyze, caseOf, type Reading } from '../morph/morph.ts';
import type { Token } from '../segment/tokens.ts';
import { purposeEnd } from './phrases.ts';
import type { Mention } from './types.ts';

// Common nouns that say what kind of organization the name after them is: "компании Harles und Jentzsch",
// "социальной сети Facebook", "газеты «Ведомости»". The name is the entity; the mention spans the descriptor too.
const DESCRIPTORS = new Set([
  'компания', 'корпорация', 'госкорпорация', 'концерн', 'автоконцерн', 'фирма', 'холдинг', 'группа', 'банк', 'фонд', 'сеть', 'соцсеть',
  'газета', 'журнал', 'еженедельник', 'ежедневник', 'издание', 'интернет-издание', 'агентство', 'информагентство', 'телеканал', 'канал',
  'радиостанция', 'телекомпания', 'портал', 'интернет-портал', 'интернет-ресурс', 'партия', 'движение', 'фракция',
  'организация', 'объединение', 'ассоциация', 'союз', 'федерация', 'клуб', 'команда', 'театр', 'центр', 'институт', 'университет',
  'академия', 'музей', 'магазин', 'завод', 'фабрика', 'предприятие', 'производитель', 'оператор', 'разработчик', 'авиакомпания',
  'автопроизводитель', 'лейбл', 'студия', 'киностудия', 'издательство', 'биржа', 'школа', 'колледж', 'больница', 'госпиталь', 'клиника',
  'лаборатория', 'профсоюз', 'общество', 'консорциум', 'альянс', 'коалиция', 'группировка', 'отделение', 'ритейлер', 'дом', 'сайт',
]);
// Words of praise or size are not part of a name: "популярной социальной сети", "влиятельного комитета".
const EVALUATIVE = new Set([
  'популярный', 'известный', 'знаменитый', 'крупный', 'большой', 'небольшой', 'маленький', 'новый', 'молодой', 'старый', 'ведущий',
  'главный', 'легендарный', 'скандальный', 'любимый', 'мощный', 'влиятельный', 'богатый', 'успешный', 'престижный', 'авторитетный',
  'весь', 'сам', 'самый', 'такой', 'другой', 'один', 'некоторый', 'целый', 'родной', 'собственный',
]);
const OPEN = new Set(['«', '"', '“', '„']);
const CLOSE = new Set(['»', '"', '”', '“']);
const LATIN = /\p{Script=Latin}/u;
/** A relative adjective may stand before a name that does not decline ("американского Google"); a quality may not. */
const QUALITY = ['Qual', 'Supr', 'Apro', 'Anum'];

// Singular only: "сервисов Google", "сетей HP" are things the company owns.
const isDescriptor = (t: Token | undefined): t is Token =>
  Boolean(t?.isWord && !t.isUpper && analyze(t.text).some((r) => r.pos === 'NOUN' && DESCRIPTORS.has(r.lemma) && !r.tags.has('plur')));
const numberOf = (r: Reading) => (r.tags.has('plur') ? 'plur' : 'sing');
const forms = (rs: Reading[]) => new Set(rs.flatMap((r) => (caseOf(r) ? [`${caseOf(r)}/${numberOf(r)}`] : [])));

/** An adjective of the name, agreeing with the word after it: "ежемесячной газеты", "Международного Красного Креста". */
function isAttribute(t: Token, head: Token): boolean {
  if (!t.isWord || t.isUpper || LATIN.test(t.text)) return false;
  const readings = analyze(t.text);
  if (readings[0]?.tags.has('Surn') || readings[0]?.tags.has('Name')) return false;
  const adjectives = readings.filter((r) => r.pos === 'ADJF' && r.score >= 0.1 && !r.tags.has('Apro') && !r.tags.has('Anum') && !r.tags.has('Supr'));
  if (adjectives.length === 0 || adjectives.some((r) => EVALUATIVE.has(r.lemma))) return false;
  // "главой" is a noun first; "военный" is a noun made of the adjective, still an adjective here.
  const top = readings[0]!;
  if (top.pos === 'NOUN' && !adjectives.some((r) => r.lemma === top.lemma)) return false;
  const headForms = forms(analyze(head.text).filter((r) => r.pos === 'NOUN' || r.pos === 'ADJF'));
  if (headForms.size === 0 || LATIN.test(head.text) || head.isUpper) return !adjectives.some((r) => QUALITY.some((q) => r.tags.has(q)));
  return adjectives.some((r) => headForms.has(`${caseOf(r)}/${numberOf(r)}`));
}

/** Whether a word may be a genitive complement: declined to the genitive, or not declined at all ("США", "ЕС"). */
function genitiveLike(t: Token): boolean {
  const readings = analyze(t.text);
  return t.isUpper || readings.some((r) => r.tags.has('gent')) || !readings.some((r) => caseOf(r) !== null);
}

// Bodies whose name says what they are for; not "правительства по стимулированию экономики", "НАСА по полётам".
const PURPOSE_HEADS = new Set(['совет', 'комитет', 'комиссия', 'бюро', 'сборная', 'управление', 'служба', 'департамент', 'ассоциация', 'федерация', 'группа']);
const hasPurpose = (t: Token) => !t.isUpper && analyze(t.text).some((r) => r.pos === 'NOUN' && PURPOSE_HEADS.has(r.lemma));

const adjacent = (a: Token, b: Token, text: string) => !/[\n,;:()—–-]/.test(text.slice(a.end, b.start)) && b.start - a.end <= 2;

/**
 * Widens organization mentions to the whole name as written: the descriptor and its adjectives before it
 * ("немецкий автомобильный концерн «Фольксваген»") and the state or body it belongs to after it ("МЧС России",
 * "Комиссия ЕС"). The inner mentions stay: a state named inside an organization's name is mentioned too.
 */
export function widenOrganizations(tokens: readonly Token[], mentions: Mention[], text: string): void {
  const index = new Map<number, number>();
  const endIndex = new Map<number, number>();
  tokens.forEach((t, i) => {
    index.set(t.start, i);
    endIndex.set(t.end, i);
  });
  const taken = tokens.map(() => false);
  const adjectival = tokens.map(() => false);
  for (const m of mentions) {
    const marks = m.via === 'adjective' ? adjectival : taken;
    for (let i = index.get(m.start) ?? tokens.length; i < tokens.length && tokens[i]!.end <= m.end; i++) marks[i] = true;
  }
  for (const m of mentions) {
    if (m.kind !== 'Organization' || m.via === 'adjective' || m.via === 'metonym' || m.via === 'role') continue;
    let first = index.get(m.start);
    let last = endIndex.get(m.end);
    if (first === undefined || last === undefined) continue;
    last = withOwner(tokens, mentions, first, last, text);
    // "Совета при Президенте РФ по развитию …", "сборную России по бобслею": a body's purpose is part of its name.
    if (tokens.slice(first, last + 1).some(hasPurpose)) last = purposeEnd(tokens, last, (i) => !taken[i]);
    first = withDescriptor(tokens, taken, adjectival, first, last, text);
    m.start = tokens[first]!.start;
    m.end = tokens[last]!.end;
    m.text = text.slice(m.start, m.end);
  }
}

/** "МЧС России", "Комиссии ЕС", "Судейский комитет ФИФА": a body followed by the state or organization it belongs to. */
function withOwner(tokens: readonly Token[], mentions: Mention[], first: number, last: number, text: string): number {
  const next = tokens[last + 1];
  const own = tokens.slice(first, last + 1);
  // "РИА «Новости»", "РКК «Энергия»": an abbreviation with its quoted name (the span stops before the closing quote).
  if (first === last && own[0]!.isUpper && next && OPEN.has(next.text) && tokens[last + 2]?.isCapitalized) {
    const close = tokens.findIndex((t, j) => j > last + 2 && CLOSE.has(t.text));
    if (close > 0 && close <= last + 8) return close - 1;
  }
  // "Русской службе «Голоса Америки»": a body of a quoted organization (the span stops before the closing quote).
  const quoted = next && OPEN.has(next.text) ? tokens[last + 2] : undefined;
  const ownerOrg = quoted && genitiveLike(quoted) && mentions.find((o) => o.start === quoted.start && o.kind === 'Organization' && o.via === 'name');
  if (ownerOrg && !own[0]!.isUpper) return tokens.findLastIndex((t) => t.end <= ownerOrg.end);
  if (!next || !adjacent(tokens[last]!, next, text) || own.some((t) => LATIN.test(t.text)) || !genitiveLike(next)) return last;
  const owner = mentions.find((o) => o.start === next.start && o.via === 'name' && (o.kind === 'State' || o.kind === 'Place' || (o.kind === 'Organization' && next.isUpper)));
  if (!owner) return last;
  let end = last + 1;
  while (tokens[end + 1] && tokens[end + 1]!.end <= owner.end) end++;
  return end;
}

/** Extends a name leftwards over its descriptor ("компании", "социальной сети", "газеты «…»") and their adjectives. */
function withDescriptor(tokens: readonly Token[], taken: boolean[], adjectival: boolean[], first: number, last: number, text: string): number {
  const name = tokens[first]!;
  let k = first - 1;
  const quoted = OPEN.has(tokens[k]?.text ?? '');
  if (quoted) k--;
  let start = first;
  const descriptor = tokens[k];
  // "группы компаний Michelin": a plural descriptor inside a group's name.
  const grouped = descriptor?.norm === 'компаний' && analyze(tokens[k - 1]?.text ?? '').some((r) => r.lemma === 'группа');
  if ((isDescriptor(descriptor) || grouped) && descriptor && !taken[k] && adjacent(descriptor, tokens[k + 1]!, text) && inApposition(descriptor, name, quoted, text.slice(name.start, tokens[last]!.end))) {
    start = k--;
    // "группы компаний Michelin": a descriptor in the genitive may hang on another.
    const outer = tokens[k];
    if (outer && !taken[k] && analyze(outer.text).some((r) => r.lemma === 'группа') && adjacent(outer, descriptor, text)) start = k--;
  } else if (quoted || name.isUpper || LATIN.test(name.text)) {
    return first;
  }
  const bare = start === first;
  for (let head = tokens[start]!; k >= 0; k--) {
    const t = tokens[k]!;
    if (taken[k] || !adjacent(t, head, text) || !isAttribute(t, head)) break;
    // Without a descriptor, only a state's adjective or one of the name itself: "российского Минсельхоза", "Атлантический альянс".
    if (bare && !adjectival[k] && !t.isCapitalized && name.isCapitalized) break;
    start = k;
    head = t;
  }
  return start;
}

/**
 * A descriptor names the same thing as the word after it when that word is quoted, foreign or in the same case:
 * "компании Microsoft", "газеты «Ведомости»" — not "оператор Аль-Джазиры" (whose operator) or "сайте Госдумы".
 */
function inApposition(descriptor: Token, name: Token, quoted: boolean, written: string): boolean {
  if (analyze(descriptor.text).some((r) => r.lemma === 'сайт')) return /\.\p{L}{2,}$/u.test(written);
  if (quoted || name.isUpper || LATIN.test(name.text)) return true;
  const cases = new Set(analyze(name.text).map(caseOf));
  return analyze(descriptor.text).some((r) => DESCRIPTORS.has(r.lemma) && cases.has(caseOf(r)));
}
