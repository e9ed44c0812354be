import { z } from 'zod';
import { IsoDate } from './primitives.ts';

/**
 * Where a claim comes from: the article (its node key), the exact quote, and the quote's
 * offsets into the article's cleaned text in UTF-16 code units (text.slice(start, end) === quote).
 */
export const Evidence = z
  .strictObject({
    article: z.string().min(1),
    quote: z.string().min(1),
    start: z.number().int().nonnegative(),
    end: z.number().int().positive(),
    /** The date the quote gives the claim, where it differs from the article's. */
    date: IsoDate.optional(),
    /** The word or phrase that fired the rule, with offsets into the cleaned text. */
    cue: z.strictObject({ text: z.string(), start: z.number().int().nonnegative(), end: z.number().int().positive() }).optional(),
    /** The extraction rule that produced the claim, for auditing. */
    rule: z.string().optional(),
    confidence: z.number().min(0).max(1).optional(),
  })
  .refine((e) => e.end > e.start, { message: 'evidence end must be after start' })
  .refine((e) => e.end - e.start === e.quote.length, { message: 'evidence offsets must span the quote exactly' });
export type Evidence = z.infer<typeof Evidence>;
