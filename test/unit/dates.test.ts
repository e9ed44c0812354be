import { describe, expect, it } from 'vitest';
import { findDates } from '../../ingest/events/dates.ts';

const PUBLISHED = '2022-01-21T13:38:00+03:00';
const first = (text: string, published: string | null = PUBLISHED) => findDates(text, published)[0];

describe('dates in Russian news', () => {
  it.each([
    ['21 янв 2022', '2022-01-21'],
    ['22/12/2021', '2021-12-22'],
    ['10 января', '2022-01-10'],
    ['9 и 10 января', '2022-01-09/2022-01-10'],
    ['9–10 января 2022 года', '2022-01-09/2022-01-10'],
    ['в середине декабря 2021 года', '2021-12'],
    ['в понедельник, 10 января', '2022-01-10'],
    ['16 июня', '2021-06-16'],
    ['в марте 2018-го', '2018-03'],
    ['2 марта', '2021-03-02'],
    ['на прошлой неделе', '2022-01-10/2022-01-16'],
    ['в ближайшие недели', '2022-01-21/2022-02-11'],
    ['в 2021 году', '2021'],
    ['в декабре', '2021-12'],
    ['вчера', '2022-01-20'],
    ['в следующем месяце', '2022-02'],
    ['в прошлом году', '2021'],
  ])('"%s" → %s', (text, date) => {
    expect(first(`Это было ${text}, сообщили дипломаты.`)?.date).toBe(date);
  });

  it('dates a weekday from the publication day: back in a report, ahead in a plan', () => {
    // 2022-01-21 was a Friday.
    const at = (text: string, tense: 'past' | 'future') => findDates(text, PUBLISHED, 0, tense).map((d) => d.date);
    expect(at('Министры в понедельник провели переговоры.', 'past')).toEqual(['2022-01-17']);
    expect(at('Министры в пятницу провели переговоры.', 'past')).toEqual(['2022-01-21']);
    expect(at('Министры во вторник проведут переговоры, а в среду их примет президент.', 'future')).toEqual(['2022-01-25', '2022-01-26']);
    expect(at('Это было в минувшую пятницу.', 'past')).toEqual(['2022-01-14']);
    expect(at('Визит начнется в следующую пятницу.', 'past')).toEqual(['2022-01-28']);
    expect(findDates('Выброс в среду обитания.', PUBLISHED)).toEqual([]);
    expect(findDates('Министры в понедельник провели переговоры.', null)[0]?.date).toBe('');
  });

  it('puts a planned date after publication and a reported one before it', () => {
    expect(findDates('Встреча пройдет 2 марта.', PUBLISHED, 0, 'future')[0]?.date).toBe('2022-03-02');
    expect(findDates('Встреча прошла 2 марта.', PUBLISHED, 0, 'past')[0]?.date).toBe('2021-03-02');
    expect(findDates('Переговоры прошли 25 января.', PUBLISHED, 0, 'past')[0]?.date).toBe('2022-01-25');
  });

  it('keeps the exact text and offsets of the expression', () => {
    const text = 'Переговоры прошли 9 и 10 января в Женеве.';
    const [d] = findDates(text, PUBLISHED);
    expect(text.slice(d!.start, d!.end)).toBe('9 и 10 января');
  });

  it('says so when a date has no year and the article no publication date', () => {
    const d = first('Встреча пройдет 10 января.', null);
    expect(d?.date).toBe('--01-10');
    expect(d?.note).toMatch(/no publication date/);
    expect(first('Переговоры прошли 9 и 10 января.', null)?.date).toBe('--01-09');
    expect(first('Встреча пройдет в марте.', null)?.date).toBe('');
    expect(first('Встреча прошла 10 января 2022 года.', null)?.date).toBe('2022-01-10');
  });
});
