/** Encodings we detect; TextDecoder names. */
export const ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1251', 'koi8-r'] as const;
export type Encoding = (typeof ENCODINGS)[number];

export interface Decoded {
  text: string;
  encoding: Encoding;
}

export class DecodeError extends Error {
  override name = 'DecodeError';
}

const ALIASES: Record<string, Encoding> = {
  utf8: 'utf-8', 'utf-8': 'utf-8', utf16: 'utf-16le', 'utf-16': 'utf-16le', 'utf-16le': 'utf-16le', 'utf-16be': 'utf-16be',
  cp1251: 'windows-1251', 'windows-1251': 'windows-1251', win1251: 'windows-1251', 'koi8-r': 'koi8-r', koi8r: 'koi8-r', koi8: 'koi8-r',
};

export function parseEncoding(name: string): Encoding {
  const encoding = ALIASES[name.toLowerCase()];
  if (!encoding) throw new DecodeError(`unknown encoding "${name}" (use one of: ${ENCODINGS.join(', ')})`);
  return encoding;
}

/** Decodes bytes in the forced encoding, or detects UTF-8/UTF-16 (BOM or zero bytes), windows-1251 and KOI8-R. */
export function decode(bytes: Uint8Array, forced?: Encoding): Decoded {
  if (forced) return { text: stripBom(new TextDecoder(forced).decode(bytes)), encoding: forced };
  const utf16 = detectUtf16(bytes);
  if (utf16) return { text: stripBom(new TextDecoder(utf16).decode(bytes)), encoding: utf16 };
  if (looksBinary(bytes)) throw new DecodeError('binary file, not text');
  try {
    return { text: stripBom(new TextDecoder('utf-8', { fatal: true }).decode(bytes)), encoding: 'utf-8' };
  } catch {
    return decodeSingleByte(bytes);
  }
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function detectUtf16(bytes: Uint8Array): Encoding | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  // Without a BOM: Russian or ASCII text in UTF-16 has 0x00 or 0x04 as every other byte.
  const sample = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (sample < 4) return null;
  let evenHigh = 0;
  let oddHigh = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0x00 || bytes[i] === 0x04) evenHigh++;
    if (bytes[i + 1] === 0x00 || bytes[i + 1] === 0x04) oddHigh++;
  }
  const pairs = sample / 2;
  if (oddHigh / pairs > 0.6 && evenHigh / pairs < 0.2) return 'utf-16le';
  if (evenHigh / pairs > 0.6 && oddHigh / pairs < 0.2) return 'utf-16be';
  return null;
}

/** Control bytes other than whitespace mean the file is not text in any encoding we read. */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < sample; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  return sample > 0 && control / sample > 0.02;
}

// Frequent Russian letters; the right single-byte decoding shows them in lower case.
const FREQUENT = new Set('оеаинтсрвлкмдпуяызьгбчйхжшюцщэфъё');

function decodeSingleByte(bytes: Uint8Array): Decoded {
  let best: Decoded | null = null;
  let bestScore = -1;
  for (const encoding of ['windows-1251', 'koi8-r'] as const) {
    const text = new TextDecoder(encoding).decode(bytes);
    const score = russianScore(text);
    if (score > bestScore) {
      best = { text, encoding };
      bestScore = score;
    }
  }
  if (!best || bestScore < 0.6) throw new DecodeError('cannot decode: not UTF-8, UTF-16, windows-1251 or KOI8-R text (force one with --encoding)');
  return best;
}

/** Share of the non-ASCII characters that are lower-case Russian letters. */
function russianScore(text: string): number {
  let nonAscii = 0;
  let russian = 0;
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) continue;
    nonAscii++;
    if (FREQUENT.has(ch)) russian++;
  }
  return nonAscii === 0 ? 0 : russian / nonAscii;
}
