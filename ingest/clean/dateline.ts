// Publication datelines that scraped Russian news pages carry in their header:
// "Политика, 21 янв 2022, 13:38", "22/12/2021 - 12:44 (по МСК)", "21 января 2022 года, 13:38".

const MONTHS: Array<[RegExp, number]> = [
  [/^янв/, 1], [/^фев/, 2], [/^мар/, 3], [/^апр/, 4], [/^ма[йя]/, 5], [/^июн/, 6],
  [/^июл/, 7], [/^авг/, 8], [/^сен/, 9], [/^окт/, 10], [/^ноя/, 11], [/^дек/, 12],
];

export function monthNumber(word: string): number | null {
  const lower = word.toLowerCase();
  return MONTHS.find(([re]) => re.test(lower))?.[1] ?? null;
}

export interface Dateline {
  /** ISO date or date-time with Moscow offset, as a dateline gives it. */
  published: string;
  /** The rubric before the date ("Политика"), where present. */
  rubric: string | null;
}

const WORD_DATE = /^(?:(?:Опубликовано|Обновлено|Дата публикации:?)\s+)?(?:([\p{L} ]{2,30}?)\s*,\s*)?(\d{1,2})\s+(\p{L}{3,8})\.?\s+(\d{4})(?:\s*(?:г\.|года))?(?:\s*[,—–-]\s*(\d{1,2}):(\d{2}))?\s*(?:\(по МСК\))?$/u;
const NUMERIC_DATE = /^(\d{1,2})[./](\d{1,2})[./](\d{4})(?:\s*[,—–-]?\s*(\d{1,2}):(\d{2}))?\s*(?:\(по МСК\)|МСК)?$/u;

/** Parses a whole line as a dateline; null when the line is something else. */
export function parseDateline(line: string): Dateline | null {
  const text = line.trim();
  const word = WORD_DATE.exec(text);
  if (word) {
    const month = monthNumber(word[3]!);
    if (month === null) return null;
    return { published: iso(+word[4]!, month, +word[2]!, word[5], word[6]), rubric: word[1]?.trim() ?? null };
  }
  const numeric = NUMERIC_DATE.exec(text);
  if (numeric) return { published: iso(+numeric[3]!, +numeric[2]!, +numeric[1]!, numeric[4], numeric[5]), rubric: null };
  return null;
}

function iso(year: number, month: number, day: number, hour?: string, minute?: string): string {
  const date = `${year}-${pad(month)}-${pad(day)}`;
  // Russian outlets give Moscow time.
  return hour && minute ? `${date}T${pad(+hour)}:${minute}:00+03:00` : date;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
