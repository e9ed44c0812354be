import { z } from 'zod';

// The curated knowledge base: canonical entities that mentions resolve to.
// Data lives in ingest/kb/data/*.json; each file is an array of KbEntity (roles.json: an array of KbRole).

const IsoDay = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD');
const KbId = z.string().regex(/^(person|state|org|treaty|place):[a-z0-9-]+$/, 'expected kind:slug, e.g. person:sergey-lavrov');

export const KbKind = z.enum(['Person', 'State', 'Organization', 'Treaty', 'Place']);

/** A role a person held, e.g. foreign_minister of state:russia from 2004-03-09. */
export const KbRoleSpell = z.strictObject({
  role: z.string().regex(/^[a-z_]+$/),
  of: KbId,
  from: IsoDay,
  to: IsoDay.optional(),
});

export const KbEntity = z.strictObject({
  id: KbId,
  kind: KbKind,
  /** Canonical Russian name, nominative ("Сергей Лавров", "США", "НАТО"). */
  name: z.string().min(1),
  nameEn: z.string().min(1),
  wikidata: z.string().regex(/^Q\d+$/).optional(),
  /** Other Russian or English names in the nominative: full/official names, abbreviations, transliterations. */
  aliases: z.array(z.string().min(1)).default([]),
  /** States: relational adjectives in masculine nominative ("российский", "американский"). */
  adjectives: z.array(z.string().min(1)).optional(),
  /** Names that stand for this actor wherever they appear as an actor (Кремль → Россия). */
  metonyms: z.array(z.string().min(1)).optional(),
  /** Names that stand for this actor only when the context names it (Брюссель → НАТО). */
  contextMetonyms: z.array(z.string().min(1)).optional(),
  /** Persons: grammatical gender, decides surname inflection. */
  gender: z.enum(['m', 'f']).optional(),
  roles: z.array(KbRoleSpell).optional(),
  /** Organizations and places: the state or organization it belongs to (МИД России → state:russia). */
  partOf: KbId.optional(),
  /** Organizations: news agencies and outlets are sources of reports, never actors. */
  isSource: z.boolean().optional(),
  /** Treaties: treaty | agreement | proposal. */
  subtype: z.enum(['treaty', 'agreement', 'proposal']).optional(),
  /** Treaties: year signed. */
  year: z.number().int().optional(),
});

/** A role vocabulary entry: how Russian news names the office ("глава МИД", "министр иностранных дел"). */
export const KbRole = z.strictObject({
  role: z.string().regex(/^[a-z_]+$/),
  name: z.string().min(1),
  nameEn: z.string().min(1),
  /** Russian phrases naming the office, nominative, without the state ("глава МИД", "госсекретарь"). */
  aliases: z.array(z.string().min(1)).min(1),
});

/**
 * A well-known meeting (events.json): reports that match it — place, date, participants — become its node and
 * take its date, so "саммит 16 июня в Женеве" in an undated article is still the summit of 2021-06-16.
 */
export const KbEvent = z.strictObject({
  id: z.string().regex(/^event:[a-z0-9-]+$/, 'expected event:slug'),
  name: z.string().min(1),
  nameEn: z.string().min(1),
  wikidata: z.string().regex(/^Q\d+$/).optional(),
  meetingType: z.enum(['talks', 'summit', 'phone_call', 'council', 'consultations', 'visit', 'meeting']),
  from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD'),
  to: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD'),
  place: KbId.optional(),
  participants: z.array(KbId).min(1),
});

export type KbEntity = z.infer<typeof KbEntity>;
export type KbEvent = z.infer<typeof KbEvent>;
export type KbRole = z.infer<typeof KbRole>;
export type KbRoleSpell = z.infer<typeof KbRoleSpell>;
