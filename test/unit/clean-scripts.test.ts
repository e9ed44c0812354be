import { describe, expect, it } from 'vitest';
import { countLetters, countScripts } from '../../ingest/clean/scripts.ts';

// The counts the cleaner used to take with regexes: the fast counts must equal them on any text.
const byRegex = (text: string) => ({
  cyrillic: (text.match(/\p{Script=Cyrillic}/gu) ?? []).length,
  latin: (text.match(/\p{Script=Latin}/gu) ?? []).length,
});
const lettersByRegex = (text: string) => {
  const letters = text.match(/\p{L}/gu) ?? [];
  return { letters: letters.length, upper: letters.filter((c) => c === c.toUpperCase() && c !== c.toLowerCase()).length };
};

describe('script and letter counts', () => {
  it('equal the regex counts for every character of the Basic Multilingual Plane', () => {
    const chars: string[] = [];
    for (let code = 0; code < 0x10000; code++) chars.push(String.fromCharCode(code));
    const mismatches = chars.filter((c) => JSON.stringify(countScripts(c)) !== JSON.stringify(byRegex(c)) || JSON.stringify(countLetters(c)) !== JSON.stringify(lettersByRegex(c)));
    expect(mismatches.map((c) => c.charCodeAt(0).toString(16))).toEqual([]);
  });

  it('equal them on mixed texts with surrogate pairs, lone surrogates and combining marks', () => {
    const texts = [
      'ЛАВРОВ И БЛИНКЕН ВСТРЕТИЛИСЬ В ЖЕНЕВЕ — Reuters, Ёж, ёлка',
      'Photo: John Smith / AFP Ⓒ 2024 ǅemal Ꙋ ꙋ ᲀ',
      '𝐀𝐁𝐂 math bold, 𐐀𐐨 Deseret, \ud800 lone high, \udc00 lone low, е҅ combining',
      'Ⅻ Roman numeral, ª º ß ﬁ ligature, Ǉ titlecase',
    ];
    for (const text of texts) {
      expect(countScripts(text)).toEqual(byRegex(text));
      expect(countLetters(text)).toEqual(lettersByRegex(text));
    }
  });
});
