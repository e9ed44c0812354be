// The time slider compares days: every ISO date of the snapshot maps to the first day it covers.

/** "2022" → "2022-01-01", "2021-12" → "2021-12-01", "2022-01-09/2022-01-10" → "2022-01-09". */
export function dayKey(isoDate: string): string {
  const start = isoDate.split('/')[0] ?? isoDate;
  if (start.length === 4) return `${start}-01-01`;
  if (start.length === 7) return `${start}-01`;
  return start.slice(0, 10);
}

/** Dated items up to and including the cutoff are shown; cutoff null shows none of them. */
export function passes(day: string | undefined, cutoff: string | null): boolean {
  if (day === undefined) return true;
  return cutoff !== null && day <= cutoff;
}
