import { monthNumber } from '../clean/dateline.ts';

/** A date expression found in a sentence, normalized to an ISO date of some precision. */
export interface DateMention {
  start: number;
  end: number;
  text: string;
  /**
   * "2022-01-21", "2022-01", "2021", a range "2022-01-09/2022-01-10", or a day without a year "--01-21" (ISO 8601's
   * reduced form) when the article has no publication date; "" when nothing can be said.
   */
  date: string;
  /** Set when the year had to be guessed or could not be: no publication date to resolve it against. */
  note?: string;
}

const MONTH = '(январ[ьяе]|феврал[ьяе]|март[ае]?|апрел[ьяе]|ма[йяе]|июн[ьяе]|июл[ьяе]|август[ае]?|сентябр[ьяе]|октябр[ьяе]|ноябр[ьяе]|декабр[ьяе]|янв|фев|мар|апр|июн|июл|авг|сен|окт|ноя|дек)\\.?';
const MONTH_WORD = new RegExp(`^${MONTH}$`, 'u');

/** A month's name in any case, as dates are written: "марта", "мая", "янв". */
export const isMonthName = (word: string): boolean => MONTH_WORD.test(word.toLowerCase());

const YEAR = '(\\d{4})(?:\\s*(?:г\\.|года?|году|-го))?';
const WEEKDAY = '(?:(?:в|во)\\s+)?(?:понедельник|вторник|среду|среда|четверг|пятницу|пятница|субботу|суббота|воскресенье),\\s*';
/** Weekdays in the accusative ("в среду"), Monday first. */
const WEEKDAYS = ['понедельник', 'вторник', 'среду', 'четверг', 'пятницу', 'субботу', 'воскресенье'];
const DAY_WORDS = new Set([...WEEKDAYS, 'вчера', 'сегодня', 'накануне', 'завтра']);

/** A word that names a day without a date: "в среду", "вчера", "накануне". */
export const isDayWord = (word: string): boolean => DAY_WORDS.has(word.toLowerCase());
const PATTERNS: Array<{ re: RegExp; parse: (m: RegExpExecArray, ref: Ref) => Resolved | null }> = [
  // "9 и 10 января 2022 года", "9–10 января"
  { re: new RegExp(`(\\d{1,2})\\s*(?:и|-|–|—)\\s*(\\d{1,2})\\s+${MONTH}(?:\\s+${YEAR})?`, 'giu'), parse: (m, ref) => range(ref, +m[1]!, +m[2]!, m[3]!, m[4]) },
  // "в понедельник, 10 января", "21 янв 2022", "16 июня"
  { re: new RegExp(`(?:${WEEKDAY})?(\\d{1,2})\\s+${MONTH}(?:\\s+${YEAR})?`, 'giu'), parse: (m, ref) => day(ref, +m[1]!, m[2]!, m[3]) },
  // "22/12/2021", "22.12.2021"
  { re: /(\d{1,2})[./](\d{1,2})[./](\d{4})/g, parse: (m) => iso(+m[3]!, +m[2]!, +m[1]!) },
  // "в середине декабря 2021 года", "в марте 2018-го", "в начале января"
  { re: new RegExp(`(?:в\\s+)?(?:(?:середине|начале|конце)\\s+)?${MONTH}\\s+${YEAR}`, 'giu'), parse: (m) => month(+m[2]!, m[1]!) },
  { re: new RegExp(`в\\s+(?:(?:середине|начале|конце)\\s+)?${MONTH}(?![\\p{L}\\d])`, 'giu'), parse: (m, ref) => monthOfRef(ref, m[1]!) },
  { re: /в\s+(\d{4})\s+год[уа]/giu, parse: (m) => ({ date: m[1]! }) },
  { re: /на\s+(прошлой|этой|следующей)\s+неделе/giu, parse: (m, ref) => week(ref, m[1]!.toLowerCase()) },
  { re: /в\s+ближайшие\s+(?:недели|дни)/giu, parse: (_m, ref) => soon(ref) },
  { re: /в\s+(прошлом|этом|текущем|следующем)\s+(месяце|году)/giu, parse: (m, ref) => relativePeriod(ref, m[1]!.toLowerCase(), m[2]!.toLowerCase()) },
  { re: /(?<![\p{L}])(вчера|сегодня|накануне|завтра)(?![\p{L}])/giu, parse: (m, ref) => relativeDay(ref, m[1]!.toLowerCase()) },
  // "в понедельник провёл", "во вторник проведёт", "в минувшую пятницу"
  { re: new RegExp(`(?<![\\p{L}])(?:в|во)\\s+(?:(минувш|прошл|эт|следующ|ближайш)\\p{L}*\\s+)?(${WEEKDAYS.join('|')})(?![\\p{L}])(?!\\s+обитани)`, 'giu'), parse: (m, ref) => weekday(ref, m[2]!.toLowerCase(), m[1]?.toLowerCase()) },
];

interface Ref {
  /** The article's publication day, or null. */
  day: Date | null;
  /** A past-tense report means the last such date before publication; a plan, the next one after it. */
  tense: Tense;
}

export type Tense = 'past' | 'future';

interface Resolved {
  date: string;
  note?: string;
}

/** Date expressions in a text span, longest first where they overlap; years resolved against the publication date. */
export function findDates(text: string, published: string | null, offset = 0, tense: Tense = 'past'): DateMention[] {
  const ref: Ref = { day: published ? new Date(`${published.slice(0, 10)}T12:00:00Z`) : null, tense };
  const found: DateMention[] = [];
  for (const { re, parse } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = offset + m.index;
      const end = start + m[0].length;
      if (found.some((f) => f.start < end && start < f.end)) continue;
      const resolved = parse(m, ref);
      if (resolved) found.push({ start, end, text: m[0], ...resolved });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

function iso(year: number, month: number, dayOfMonth?: number): Resolved | null {
  if (month < 1 || month > 12 || (dayOfMonth !== undefined && (dayOfMonth < 1 || dayOfMonth > 31))) return null;
  const mm = String(month).padStart(2, '0');
  return { date: dayOfMonth === undefined ? `${year}-${mm}` : `${year}-${mm}-${String(dayOfMonth).padStart(2, '0')}` };
}

/** A day and month without a year: the last one before publication (a week's slack), or for plans the next one. */
function nearestYear(ref: Ref, monthIndex: number, dayOfMonth: number): number | null {
  if (!ref.day) return null;
  const year = ref.day.getUTCFullYear();
  const at = (y: number) => Date.UTC(y, monthIndex - 1, dayOfMonth);
  const slack = 7 * DAY_MS;
  if (ref.tense === 'future') return at(year) >= ref.day.getTime() - slack ? year : year + 1;
  return at(year) <= ref.day.getTime() + slack ? year : year - 1;
}

function day(ref: Ref, dayOfMonth: number, monthWord: string, year?: string): Resolved | null {
  const m = monthNumber(monthWord);
  if (m === null) return null;
  if (year) return iso(+year, m, dayOfMonth);
  const y = nearestYear(ref, m, dayOfMonth);
  if (y !== null) return iso(y, m, dayOfMonth);
  // Kept without a year: another report of the same meeting, or a known event, may supply it.
  return dayOfMonth >= 1 && dayOfMonth <= 31 ? { date: yearless(m, dayOfMonth), note: NO_YEAR } : null;
}

function range(ref: Ref, from: number, to: number, monthWord: string, year?: string): Resolved | null {
  const first = day(ref, from, monthWord, year);
  const last = day(ref, to, monthWord, year);
  if (!first?.date || !last?.date) return first;
  // Without a year the range keeps its first day: "--MM-DD" has no interval form here.
  return isYearless(first.date) ? first : { date: `${first.date}/${last.date}` };
}

function month(year: number, monthWord: string): Resolved | null {
  const m = monthNumber(monthWord);
  return m === null ? null : iso(year, m);
}

function monthOfRef(ref: Ref, monthWord: string): Resolved | null {
  const m = monthNumber(monthWord);
  if (m === null) return null;
  const y = nearestYear(ref, m, 15);
  return y === null ? { date: '', note: NO_YEAR } : iso(y, m);
}

const NO_YEAR = 'no year: the article has no publication date';
const NO_REFERENCE: Resolved = { date: '', note: 'relative date: the article has no publication date' };
const yearless = (month: number, dayOfMonth: number) => `--${String(month).padStart(2, '0')}-${String(dayOfMonth).padStart(2, '0')}`;

/** Whether a date is a day and month without a year: "--06-16". */
export const isYearless = (date: string): boolean => date.startsWith('--');

/** "--01-10" shifted by some days, still without a year (a year of 365 days: good enough for "через день"). */
export function shiftYearless(date: string, days: number): string {
  const at = new Date(Date.UTC(2001, Number(date.slice(2, 4)) - 1, Number(date.slice(5, 7)) + days));
  return yearless(at.getUTCMonth() + 1, at.getUTCDate());
}

const DAY_MS = 86_400_000;
const isoDay = (d: Date) => d.toISOString().slice(0, 10);

function week(ref: Ref, which: string): Resolved | null {
  if (!ref.day) return NO_REFERENCE;
  const monday = new Date(ref.day.getTime() - ((ref.day.getUTCDay() + 6) % 7) * DAY_MS);
  const shift = which === 'прошлой' ? -7 : which === 'следующей' ? 7 : 0;
  const start = new Date(monday.getTime() + shift * DAY_MS);
  return { date: `${isoDay(start)}/${isoDay(new Date(start.getTime() + 6 * DAY_MS))}` };
}

function soon(ref: Ref): Resolved | null {
  if (!ref.day) return NO_REFERENCE;
  return { date: `${isoDay(ref.day)}/${isoDay(new Date(ref.day.getTime() + 21 * DAY_MS))}` };
}

/**
 * A weekday named without a date: in a report of what happened, the last such day up to publication (the day
 * itself included: "в среду" in Wednesday's news is that day); in a plan, the next one from it. "минувший" and
 * "прошлый" look back, "следующий" and "ближайший" ahead, whatever the tense.
 */
function weekday(ref: Ref, name: string, modifier: string | undefined): Resolved | null {
  if (!ref.day) return NO_REFERENCE;
  const target = (WEEKDAYS.indexOf(name) + 1) % 7; // getUTCDay: Sunday is 0
  const today = ref.day.getUTCDay();
  const relative = modifier === undefined || modifier === 'эт';
  const back = relative ? ref.tense === 'past' : modifier === 'минувш' || modifier === 'прошл';
  // Unqualified, the day itself counts; "минувшая пятница" in Friday's news is the one a week before.
  const gap = back ? (today - target + 7) % 7 : (target - today + 7) % 7;
  const shift = (back ? -1 : 1) * (gap === 0 && !relative ? 7 : gap);
  return { date: isoDay(new Date(ref.day.getTime() + shift * DAY_MS)) };
}

/** "в следующем месяце", "в прошлом году": the month or the year before, of, or after publication. */
function relativePeriod(ref: Ref, which: string, unit: string): Resolved | null {
  if (!ref.day) return NO_REFERENCE;
  const shift = which === 'прошлом' ? -1 : which === 'следующем' ? 1 : 0;
  const year = ref.day.getUTCFullYear();
  if (unit === 'году') return { date: String(year + shift) };
  const at = new Date(Date.UTC(year, ref.day.getUTCMonth() + shift, 1));
  return iso(at.getUTCFullYear(), at.getUTCMonth() + 1);
}

function relativeDay(ref: Ref, word: string): Resolved | null {
  if (!ref.day) return NO_REFERENCE;
  const shift = word === 'сегодня' ? 0 : word === 'завтра' ? 1 : -1;
  return { date: isoDay(new Date(ref.day.getTime() + shift * DAY_MS)) };
}
