import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { KbError } from '../../ingest/kb/load.ts';
import { GIVEN_NAMES_FILE, givenNameForms, givenNameLemma, givenNames, parseGivenNames } from '../../ingest/kb/given-names.ts';

const raw = JSON.parse(readFileSync(GIVEN_NAMES_FILE, 'utf8')) as { male: string[]; female: string[]; unisex?: string[] };

// Words that are common in Russian news and must never be taken for a first name.
const STOP = ['надежда', 'любовь', 'вера', 'мира', 'мир', 'роса', 'роза', 'дон', 'лев', 'ким', 'ли', 'пак', 'мали', 'чад', 'израиль',
  'америка', 'вашингтон', 'georgia', 'май', 'мая', 'марта', 'августа', 'август', 'июнь', 'ислам', 'султан', 'дума', 'река', 'слава'];

const text = (data: unknown): string => JSON.stringify({ about: 'test', ...(data as object) });

describe('the given-name lexicon', () => {
  it('validates, is large, sorted and lower-cases its sets', () => {
    const names = givenNames();
    expect(names.all.size).toBeGreaterThanOrEqual(2000);
    expect([names.male.has('оливер'), names.female.has('анджела'), names.all.has('Оливер')]).toEqual([true, true, false]);
    expect(names.male.has('jürgen')).toBe(true);
    expect(names.male.has('артем')).toBe(true); // ё folded
    const collator = new Intl.Collator('ru');
    for (const list of [raw.male, raw.female, raw.unisex ?? []]) expect(list).toEqual([...list].sort(collator.compare));
  });

  it('holds no common Russian word, month or place', () => {
    expect(STOP.filter((word) => givenNames().all.has(word) || givenNameLemma(word) !== null)).toEqual([]);
  });

  it.each([
    ['Оливера', 'Оливер', 'm'], ['Оливеру', 'Оливер', 'm'], ['оливером', 'Оливер', 'm'], ['Хорхе', 'Хорхе', 'm'],
    ['Жан-Мари', 'Жан-Мари', 'm'], ['Жан-Клода', 'Жан-Клод', 'm'], ['Массимо', 'Массимо', 'm'], ['Рикардо', 'Рикардо', 'm'],
    ['Мохаммеда', 'Мохаммед', 'm'], ['Анджелы', 'Анджела', 'f'], ['Анджеле', 'Анджела', 'f'], ['Анджелой', 'Анджела', 'f'],
    ['Ирэн', 'Ирэн', 'f'], ['Рауля', 'Рауль', 'm'], ['Раулем', 'Рауль', 'm'], ['Андрея', 'Андрей', 'm'], ['Дмитрии', 'Дмитрий', 'm'],
    ['Жоржем', 'Жорж', 'm'], ['Ильей', 'Илья', 'm'], ['Марии', 'Мария', 'f'], ['JÜRGEN', 'Jürgen', 'm'], ['Франсуа', 'Франсуа', 'm'],
  ])('%s is a form of %s', (word, name, gender) => {
    expect(givenNameLemma(word)).toEqual({ name, gender });
  });

  it('does not decline indeclinable names and knows no made-up forms', () => {
    expect(givenNameForms('Ирэн', 'f')).toEqual([]);
    expect(givenNameForms('Массимо', 'm')).toEqual([]);
    expect(givenNameForms('Jürgen', 'm')).toEqual([]);
    expect(givenNameForms('Нинель', 'f')).toContain('Нинелью');
    expect(givenNameLemma('Ирэны')).toBeNull();
    expect(givenNameLemma('Массима')).toBeNull();
    expect(givenNameLemma('стол')).toBeNull();
  });

  it('names the file and the entry of a bad list', () => {
    const bad = (data: unknown): (() => unknown) => () => parseGivenNames(text(data), 'names.json');
    expect(bad({ male: ['Оливер', 'оливер'], female: [] })).toThrow(KbError);
    expect(bad({ male: ['Оливер', 'оливер'], female: [] })).toThrow(/names\.json: male\.1: .*"оливер"/);
    expect(bad({ male: [''], female: [] })).toThrow(/names\.json: male\.0: empty name/);
    expect(bad({ male: ['Олив3р'], female: [] })).toThrow(/names\.json: male\.0: .*digit.*"Олив3р"/);
    expect(bad({ male: [], female: ['Aннa'] })).toThrow(/names\.json: female\.0: .*"Aннa"/);
    expect(bad({ male: ['Оливер', 'Оливер'], female: [] })).toThrow(/names\.json: "Оливер" is listed twice in male/);
    expect(bad({ male: ['Саша'], female: ['Саша'] })).toThrow(/names\.json: "Саша" is listed in both male and female/);
    expect(() => parseGivenNames('{', 'names.json')).toThrow(/names\.json: invalid JSON/);
  });

  it('puts unisex names in both sets with no gender', () => {
    const names = parseGivenNames(text({ male: ['Оливер'], female: ['Ирэн'], unisex: ['Саша'] }), 'x.json');
    expect([names.male.has('саша'), names.female.has('саша'), names.all.size]).toEqual([true, true, 3]);
    expect(names.forms.get('саши')).toEqual({ name: 'Саша', gender: null });
  });
});
