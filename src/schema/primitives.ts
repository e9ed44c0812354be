import { z } from 'zod';

/** ISO 8601 date at day, month or year precision, or an interval of two: "2022-01-09/2022-01-10". */
export const IsoDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?(\/\d{4}(-\d{2}(-\d{2})?)?)?$/, 'expected an ISO date: YYYY, YYYY-MM, YYYY-MM-DD or start/end');
export type IsoDate = z.infer<typeof IsoDate>;

export const DatePrecision = z.enum(['day', 'month', 'year', 'range']);
export type DatePrecision = z.infer<typeof DatePrecision>;

/** The precision an IsoDate carries in its form. */
export function datePrecision(date: IsoDate): DatePrecision {
  if (date.includes('/')) return 'range';
  if (date.length === 10) return 'day';
  return date.length === 7 ? 'month' : 'year';
}

/** ISO 8601 timestamp or date, as published dates come: "2022-01-21T13:38:00+03:00" or "2022-01-21". */
export const IsoDateTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/, 'expected an ISO date or date-time');

export const WikidataId = z.string().regex(/^Q\d+$/, 'expected a Wikidata id such as Q159');
