import { analyze } from '../morph/morph.ts';
import type { Token } from '../segment/tokens.ts';
import { capitalize, townOverSurname } from './names.ts';
import type { EntityKind } from './types.ts';

export interface OtherSpan {
  first: number;
  last: number;
  kind: EntityKind;
  name: string;
}

// Abbreviations that are not organizations.
const NOT_ORGS = new Set([
  'СМИ', 'ИИ', 'МСК', 'ВВП', 'ТВ', 'СВО', 'НДС', 'ЧП', 'ПВО', 'БПЛА', 'ЧМ', 'ОК', 'ДТП', 'ЖКХ', 'ИТ', 'IT', 'AI', 'PR', 'CEO', 'VIP',
  'ООО', 'ОАО', 'ЗАО', 'ПАО', 'АО', 'НКО', 'ВС', 'РФ', 'США', 'ЕС', 'ЦБ', 'EUR', 'USD', 'CNY', 'GMT', 'UTC', 'PDF', 'HTML', 'TV', 'OK',
]);
const LEGAL_FORMS = new Set(['ооо', 'оао', 'зао', 'пао', 'ао', 'нко', 'гуп', 'фгуп']);

/** Unknown organizations (abbreviations, legal form + quoted name) and places (dictionary geography) among free tokens. */
export function findOthers(tokens: readonly Token[], free: (i: number) => boolean): OtherSpan[] {
  const spans: OtherSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!free(i)) continue;
    const t = tokens[i]!;
    const quoted = LEGAL_FORMS.has(t.norm) ? quotedName(tokens, i + 1) : null;
    const latin = latinName(tokens, i, free);
    if (quoted) {
      // The span stops before the closing quote, as factRu marks it: "ОАО «Газпром".
      spans.push({ first: i, last: quoted.last - 1, kind: 'Organization', name: `${t.text.toUpperCase()} «${quoted.name}»` });
      i = quoted.last;
    } else if (t.isUpper && t.text.length <= 8 && /^\p{L}+(-\p{L}+)*$/u.test(t.text) && !NOT_ORGS.has(t.text) && !ROMAN.test(t.text) && !commonAbbreviation(t)) {
      // Abbreviations with digits are models and missions ("ТМА-12", "STS-124"), not organizations.
      spans.push({ first: i, last: i, kind: 'Organization', name: t.text });
    } else if (latin) {
      if (!EVENT_WORDS.test(tokens[latin.last]!.text) && !glossOfTitle(tokens, i, free)) spans.push(latin);
      i = latin.last;
    } else if (i > 0 && t.isCapitalized && /^(Рос|Мин|Мос|Гос|Глав)\p{Ll}{3,}/u.test(t.text) && !analyze(t.text).some((r) => ['Geox', 'Name', 'Surn'].some((g) => r.tags.has(g))) && !plainNoun(t)) {
      // Russian agencies are named by compounds: "Роскосмос", "Минсвязи", "Мосгордума".
      const reading = analyze(t.text)[0];
      spans.push({ first: i, last: i, kind: 'Organization', name: capitalize(reading && reading.lemma.slice(0, 3) === t.norm.slice(0, 3) ? reading.lemma : t.norm) });
    } else if (t.isCapitalized && !t.isUpper && i > 0) {
      const geo = analyze(t.text).find((r) => r.tags.has('Geox') && r.lemma.slice(0, 2) === t.norm.slice(0, 2));
      if (geo && (!analyze(t.text).some((r) => r.tags.has('Surn') || r.tags.has('Name')) || townOverSurname(tokens, i))) {
        spans.push({ first: i, last: i, kind: 'Place', name: capitalize(geo.lemma) });
      }
    }
  }
  return spans;
}

const ROMAN = /^[IVXLC]+$/;

/** A word the dictionary is sure is a common noun, or names people: "Госсекретарь", "Министр", "Министерство". */
function plainNoun(t: Token): boolean {
  const top = analyze(t.text)[0];
  return Boolean(top && !top.tags.has('Orgn') && (top.tags.has('anim') || top.score >= 0.8));
}
const FUNCTION_WORDS = new Set(['PREP', 'CONJ', 'PRCL', 'INTJ', 'NPRO']);

/** "СМС", "ЖЖ", "ОС": abbreviations the dictionary knows, but not as organizations; "ОТ" is a word in capitals. */
function commonAbbreviation(t: Token): boolean {
  const top = analyze(t.text)[0];
  if (!top) return false;
  return FUNCTION_WORDS.has(top.pos) || (top.tags.has('Abbr') && !top.tags.has('Orgn') && top.score >= 0.1);
}
const LATIN_GLUE = new Set(['and', 'of', 'the', 'for', 'to', 'de', 'du', 'des', 'la', 'und', 'in', 'on', '&', 'della', 'di', 'del']);
// Events and prizes are named like companies: "Corus Chess Tournament", "Wimbledon Championships".
const EVENT_WORDS = /^(Tournament|Championships?|Cup|Open|Festival|Awards?|Prize|Games|Olympics|Marathon|Rally|Grand|Contest|Show|Week|Forum|Summit|Conference)$/;
// Software and spacecraft are not organizations.
const NOT_LATIN_ORGS = new Set(['Windows', 'Linux', 'Android', 'iOS', 'iPhone', 'iPad', 'Office', 'Excel', 'Word', 'Internet']);

const LATIN_WORD = /^\p{Script=Latin}[\p{L}'’-]*$/u;
const isLatinCap = (t: Token | undefined) => Boolean(t?.isWord && t.isCapitalized && LATIN_WORD.test(t.text));

/** A Latin-script name in a Russian text is a company, a service or a medium: "Facebook", "World Fashion Channel". */
function latinName(tokens: readonly Token[], i: number, free: (i: number) => boolean): OtherSpan | null {
  // A lone capital ("8 G", "турниры A, B") or a Roman numeral ("XXI века") is no name.
  if (!isLatinCap(tokens[i]) || NOT_LATIN_ORGS.has(tokens[i]!.text) || ROMAN.test(tokens[i]!.text)) return null;
  if (tokens[i]!.text.length < 2 && !isLatinCap(tokens[i + 1])) return null;
  let j = i;
  // After "of" a place may close the name, read already: "Bank of China", "Bank of East Asia".
  let glued = false;
  for (;;) {
    const next = tokens[j + 1];
    if (next && (free(j + 1) || glued) && isLatinCap(next) && next.start - tokens[j]!.end <= 1) j++;
    else if (next && free(j + 1) && LATIN_GLUE.has(next.text) && isLatinCap(tokens[j + 2])) {
      j += 2;
      glued = true;
    }
    else if (next?.text === '.' && /^(com|ru|org|net)$/i.test(tokens[j + 2]?.text ?? '') && next.start === tokens[j]!.end) j += 2;
    else break;
  }
  const text = tokens.slice(i, j + 1).map((t, k) => (k > 0 && t.start === tokens[i + k - 1]!.end ? '' : ' ') + t.text).join('').trim();
  return { first: i, last: j, kind: 'Organization', name: text };
}

/** "«Гол» (Gol)", "«Шахматный турнир Корус» (Corus Chess Tournament)": the original of a title nothing else named. */
function glossOfTitle(tokens: readonly Token[], i: number, free: (i: number) => boolean): boolean {
  const quote = tokens[i - 2];
  return tokens[i - 1]?.text === '(' && Boolean(quote && ['»', '"', '”'].includes(quote.text)) && free(i - 3);
}

function quotedName(tokens: readonly Token[], open: number): { last: number; name: string } | null {
  if (!['«', '"', '“'].includes(tokens[open]?.text ?? '')) return null;
  for (let j = open + 1; j < Math.min(tokens.length, open + 8); j++) {
    if (['»', '"', '”'].includes(tokens[j]!.text)) {
      return j > open + 1 ? { last: j, name: tokens.slice(open + 1, j).map((t) => t.text).join(' ') } : null;
    }
  }
  return null;
}
