import { describe, expect, it } from 'vitest';
import { decode, DecodeError, parseEncoding } from '../../ingest/read/decode.ts';
import { encodeSingleByte, encodeUtf16 } from '../helpers.ts';

const TEXT = 'Глава МИД России Сергей Лавров встретился с госсекретарём США в Женеве. Переговоры продлились два часа.';

describe('decode', () => {
  it.each([
    ['UTF-8', Buffer.from(TEXT, 'utf8'), 'utf-8'],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT, 'utf8')]), 'utf-8'],
    ['UTF-16LE with BOM', encodeUtf16(TEXT, 'le', true), 'utf-16le'],
    ['UTF-16BE with BOM', encodeUtf16(TEXT, 'be', true), 'utf-16be'],
    ['UTF-16LE without BOM', encodeUtf16(TEXT, 'le', false), 'utf-16le'],
    ['UTF-16BE without BOM', encodeUtf16(TEXT, 'be', false), 'utf-16be'],
    ['windows-1251', encodeSingleByte(TEXT, 'windows-1251'), 'windows-1251'],
    ['KOI8-R', encodeSingleByte(TEXT, 'koi8-r'), 'koi8-r'],
  ])('detects %s', (_name, bytes, encoding) => {
    const decoded = decode(bytes);
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.text).toBe(TEXT);
  });

  it('tells windows-1251 from KOI8-R on a short headline', () => {
    const headline = 'Лавров и Блинкен провели переговоры';
    expect(decode(encodeSingleByte(headline, 'koi8-r')).text).toBe(headline);
    expect(decode(encodeSingleByte(headline, 'windows-1251')).text).toBe(headline);
  });

  it('obeys a forced encoding', () => {
    const bytes = encodeSingleByte(TEXT, 'koi8-r');
    expect(decode(bytes, 'koi8-r').text).toBe(TEXT);
    expect(decode(bytes, 'windows-1251').text).not.toBe(TEXT);
  });

  it('refuses binary data', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48]);
    expect(() => decode(png)).toThrow(DecodeError);
    expect(() => decode(png)).toThrow(/binary/);
  });

  it('refuses bytes that are no Russian text in any encoding', () => {
    const noise = Buffer.from(Array.from({ length: 300 }, (_, i) => (i % 3 === 0 ? 0x20 : 0x80 + ((i * 7) % 0x40))));
    expect(() => decode(noise)).toThrow(/cannot decode/);
  });

  it('names encodings by their common aliases', () => {
    expect(parseEncoding('cp1251')).toBe('windows-1251');
    expect(parseEncoding('KOI8-R')).toBe('koi8-r');
    expect(() => parseEncoding('latin9')).toThrow(/unknown encoding "latin9"/);
  });
});
