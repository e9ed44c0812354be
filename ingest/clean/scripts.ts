// Letter counts the cleaner decides by, in one pass over the text: `text.match(/\p{…}/gu)` made an array
// of one-letter strings per line, most of the cleaner's time and garbage. Each count equals its regex's.

const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /\p{Script=Latin}/u;
const LETTER = /\p{L}/u;

/** How many characters of `text` are in Cyrillic and in Latin script. */
export function countScripts(text: string): { cyrillic: number; latin: number } {
  let cyrillic = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      if ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) latin++;
    } else if (code >= 0x400 && code <= 0x484) cyrillic++; // U+0485–0486 are combining marks of no script
    else {
      const char = codePointString(text, i);
      if (char.length === 2) i++;
      if (CYRILLIC.test(char)) cyrillic++;
      else if (LATIN.test(char)) latin++;
    }
  }
  return { cyrillic, latin };
}

/** How many letters `text` has, and how many of them are upper case (a letter whose lower case differs). */
export function countLetters(text: string): { letters: number; upper: number } {
  let letters = 0;
  let upper = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      if (code >= 0x41 && code <= 0x5a) {
        letters++;
        upper++;
      } else if (code >= 0x61 && code <= 0x7a) letters++;
    } else if (code >= 0x410 && code <= 0x44f) {
      letters++;
      if (code < 0x430) upper++;
    } else {
      const char = codePointString(text, i);
      if (char.length === 2) i++;
      if (!LETTER.test(char)) continue;
      letters++;
      if (char === char.toUpperCase() && char !== char.toLowerCase()) upper++;
    }
  }
  return { letters, upper };
}

/** The character at i, both halves of a surrogate pair when it is one (as a /u regex reads it). */
function codePointString(text: string, i: number): string {
  const code = text.charCodeAt(i);
  if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
    const next = text.charCodeAt(i + 1);
    if (next >= 0xdc00 && next <= 0xdfff) return text.slice(i, i + 2);
  }
  return text[i]!;
}
