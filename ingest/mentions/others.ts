import { analyze } from '../morph/morph.ts';
import type { Token } from '../segment/tokens.ts';
import { capitalize } from './names.ts';
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
export function findOthers(tokens: Token[], free: (i: number) => boolean): OtherSpan[] {
  const spans: OtherSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!free(i)) continue;
    const t = tokens[i]!;
    const quoted = LEGAL_FORMS.has(t.norm) ? quotedName(tokens, i + 1) : null;
    if (quoted) {
      spans.push({ first: i, last: quoted.last, kind: 'Organization', name: `${t.text.toUpperCase()} «${quoted.name}»` });
      i = quoted.last;
    } else if (t.isUpper && t.text.length <= 8 && /^[\p{L}\d-]+$/u.test(t.text) && !NOT_ORGS.has(t.text)) {
      spans.push({ first: i, last: i, kind: 'Organization', name: t.text });
    } else if (t.isCapitalized && !t.isUpper && i > 0) {
      const geo = analyze(t.text).find((r) => r.tags.has('Geox') && r.lemma.slice(0, 2) === t.norm.slice(0, 2));
      if (geo && !analyze(t.text).some((r) => r.tags.has('Surn') || r.tags.has('Name'))) {
        spans.push({ first: i, last: i, kind: 'Place', name: capitalize(geo.lemma) });
      }
    }
  }
  return spans;
}

function quotedName(tokens: Token[], open: number): { last: number; name: string } | null {
  if (!['«', '"', '“'].includes(tokens[open]?.text ?? '')) return null;
  for (let j = open + 1; j < Math.min(tokens.length, open + 8); j++) {
    if (['»', '"', '”'].includes(tokens[j]!.text)) {
      return j > open + 1 ? { last: j, name: tokens.slice(open + 1, j).map((t) => t.text).join(' ') } : null;
    }
  }
  return null;
}
