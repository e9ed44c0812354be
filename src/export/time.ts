/** A closed interval of days, "YYYY-MM-DD" both ends. */
export interface DayInterval {
  start: string;
  end: string;
}

const PART = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The days an ISO date of any precision covers: "2022" → 2022-01-01..2022-12-31; null when malformed. */
function bounds(date: string): DayInterval | null {
  const m = PART.exec(date);
  if (!m) return null;
  const year = Number(m[1]);
  const month = m[2] === undefined ? undefined : Number(m[2]);
  const day = m[3] === undefined ? undefined : Number(m[3]);
  if (month !== undefined && (month < 1 || month > 12)) return null;
  if (month !== undefined && day !== undefined && (day < 1 || day > daysInMonth(year, month))) return null;
  const y = pad(year, 4);
  if (month === undefined) return { start: `${y}-01-01`, end: `${y}-12-31` };
  if (day === undefined) return { start: `${y}-${pad(month)}-01`, end: `${y}-${pad(month)}-${pad(daysInMonth(year, month))}` };
  return { start: `${y}-${pad(month)}-${pad(day)}`, end: `${y}-${pad(month)}-${pad(day)}` };
}

/**
 * The days an IsoDate covers, whatever its precision: a year, a month, a day, or a range "a/b" (from the
 * first day of a to the last day of b). Null for malformed dates and ranges that end before they start.
 */
export function dateInterval(date: string): DayInterval | null {
  const [from, to, extra] = date.split('/');
  if (from === undefined || extra !== undefined) return null;
  const first = bounds(from);
  const last = to === undefined ? first : bounds(to);
  if (!first || !last || last.end < first.start) return null;
  return { start: first.start, end: last.end };
}
