import { z } from 'zod';
import { IsoDate, IsoDateTime, WikidataId } from './primitives.ts';

export const NODE_KINDS = ['Person', 'State', 'Organization', 'Treaty', 'Meeting', 'Place', 'Article'] as const;
export const NodeKind = z.enum(NODE_KINDS);
export type NodeKind = z.infer<typeof NodeKind>;

/** Attributes every node carries. `name` is canonical: Russian nominative for Russian sources. */
const base = {
  name: z.string().min(1),
  /** Surface forms seen in the texts or known aliases. */
  aliases: z.array(z.string()).optional(),
  nameEn: z.string().optional(),
  wikidata: WikidataId.optional(),
};

export const PersonNode = z.strictObject({ kind: z.literal('Person'), ...base, gender: z.enum(['m', 'f']).optional() });
export const StateNode = z.strictObject({ kind: z.literal('State'), ...base });
export const OrganizationNode = z.strictObject({
  kind: z.literal('Organization'),
  ...base,
  /** News agencies and outlets: sources of reports, never actors in claims. */
  isSource: z.boolean().optional(),
});
/** Treaties, agreements, and proposals without a treaty's name (subtype "proposal"). */
export const TreatyNode = z.strictObject({
  kind: z.literal('Treaty'),
  ...base,
  subtype: z.enum(['treaty', 'agreement', 'proposal']).optional(),
  year: z.number().int().optional(),
});
export const PlaceNode = z.strictObject({ kind: z.literal('Place'), ...base });

export const MeetingStatus = z.enum(['held', 'planned', 'cancelled']);
export const MeetingType = z.enum(['talks', 'summit', 'phone_call', 'council', 'consultations', 'visit', 'meeting']);
export const MeetingNode = z.strictObject({
  kind: z.literal('Meeting'),
  ...base,
  date: IsoDate.nullable(),
  /** With no date: the day without its year ("--06-16", ISO 8601), when only undated articles reported it. */
  monthDay: z.string().regex(/^--\d{2}-\d{2}$/, 'expected --MM-DD').optional(),
  /** The place's canonical name; the HELD_IN edge points to its node. */
  place: z.string().nullable(),
  status: MeetingStatus,
  meetingType: MeetingType.optional(),
  /** The known event of the knowledge base (ingest/kb/data/events.json) this meeting is; its name is kept. */
  event: z.string().regex(/^event:[a-z0-9-]+$/).optional(),
});

export const ArticleNode = z.strictObject({
  kind: z.literal('Article'),
  /** The title, or the file name when the article has none. */
  name: z.string().min(1),
  /** The input path as given (for JSONL: "file.jsonl#<line>"; stdin: "-"). */
  path: z.string().min(1),
  /** Other inputs whose cleaned text was the same, word for word. */
  duplicates: z.array(z.string()).optional(),
  title: z.string().nullable(),
  published: IsoDateTime.nullable(),
  outlet: z.string().nullable(),
  url: z.string().optional(),
  /** sha256 of the normalized cleaned text; the node key is "article:" + its first 16 hex digits. */
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  /** Length of the cleaned text in UTF-16 code units; evidence offsets fall inside it. */
  length: z.number().int().nonnegative(),
});

export const NodeAttributes = z.discriminatedUnion('kind', [
  PersonNode,
  StateNode,
  OrganizationNode,
  TreatyNode,
  MeetingNode,
  PlaceNode,
  ArticleNode,
]);
export type NodeAttributes = z.infer<typeof NodeAttributes>;
export type NodeOfKind<K extends NodeKind> = Extract<NodeAttributes, { kind: K }>;
