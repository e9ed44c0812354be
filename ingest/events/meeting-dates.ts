import { isYearless } from './dates.ts';

// Dates of meeting reports, as merging compares and combines them. Besides ISO dates of any precision a
// report may carry a day without a year ("--06-16"): an undated article said "16 июня".

/** First and last day an ISO date covers, as comparable strings ("2022-01" → 2022-01-00 … 2022-01-99). */
const boundsOf = new Map<string, readonly [string, string]>();

/** First and last day a date may be, remembered: the same dates (known events' above all) are compared again and again. */
function bounds(date: string): readonly [string, string] {
  let known = boundsOf.get(date);
  if (!known) {
    const [from, to = from] = date.split('/') as [string, string?];
    known = [from.padEnd(10, '-00'), (to ?? from).padEnd(10, '-99')];
    if (boundsOf.size < 100_000) boundsOf.set(date, known);
  }
  return known;
}

/** Whether two dates can be the same day. */
export function datesOverlap(a: string, b: string): boolean {
  if (isYearless(a) && isYearless(b)) return a === b;
  if (isYearless(a) || isYearless(b)) {
    const [monthDay, dated] = isYearless(a) ? [a.slice(1), b] : [b.slice(1), a];
    const [first, last] = bounds(dated);
    for (let year = Number(first.slice(0, 4)); year <= Number(last.slice(0, 4)); year++) {
      const day = `${year}${monthDay}`;
      if (first <= day && day <= last) return true;
    }
    return false;
  }
  const [a1, a2] = bounds(a);
  const [b1, b2] = bounds(b);
  return a1 <= b2 && b1 <= a2;
}

/** How much a date says: none < a day without its year < year < month < range < day. */
export function datePrecisionRank(date: string | null): number {
  if (date === null) return -1;
  if (isYearless(date)) return 0;
  if (date.includes('/')) return 3;
  return { 4: 1, 7: 2, 10: 4 }[date.length] ?? 0;
}

/** What two compatible reports say together: the more precise date, or "2022-01" and "--01-18" as 2022-01-18. */
export function refineDate(current: string | null, incoming: string | null): string | null {
  if (current && incoming) {
    const [yearless, dated] = isYearless(incoming) ? [incoming, current] : isYearless(current) ? [current, incoming] : [null, null];
    if (yearless && dated && /^\d{4}(-\d{2})?$/.test(dated) && datesOverlap(yearless, dated)) return `${dated.slice(0, 4)}${yearless.slice(1)}`;
  }
  return datePrecisionRank(incoming) > datePrecisionRank(current) ? incoming : current;
}

/** How close two compatible dates are: 2 the same, 1 one inside the other's range or month, 0 merely compatible. */
export function dateAgreement(a: string | null, b: string | null): number {
  if (a === null || b === null) return 0;
  if (a === b) return 2;
  return datePrecisionRank(a) >= 3 && datePrecisionRank(b) >= 3 ? 1 : 0;
}

/** A date an edge or evidence can carry (ISO with a year), else null. */
export const isoOrNull = (date: string | null): string | null => (date && !isYearless(date) ? date : null);
