import { z } from 'zod';
import { Evidence } from './evidence.ts';
import { IsoDate } from './primitives.ts';

export const EDGE_TYPES = [
  'MET',
  'PROPOSED',
  'REJECTED',
  'PARTICIPATED_IN',
  'HELD_IN',
  'HOLDS_ROLE',
  'MENTIONED_IN',
  'PART_OF',
  'LOCATED_IN',
] as const;
export const EdgeType = z.enum(EDGE_TYPES);
export type EdgeType = z.infer<typeof EdgeType>;

/** Claims come from sentences: each carries its date (null when unknown) and at least one evidence. */
const claim = {
  date: IsoDate.nullable(),
  evidence: z.array(Evidence).min(1),
};

/** Person–Person or State–State: they met (at a held meeting, when `meeting` is known). */
export const MetEdge = z.strictObject({ type: z.literal('MET'), ...claim, meeting: z.string().optional() });
/** Actor → Treaty (or proposal): the actor proposed it, to the addressees (node keys). */
export const ProposedEdge = z.strictObject({ type: z.literal('PROPOSED'), ...claim, addressees: z.array(z.string()).optional() });
/** Actor → Treaty (or proposal): the actor rejected it. */
export const RejectedEdge = z.strictObject({ type: z.literal('REJECTED'), ...claim });
/** Person, State or Organization → Meeting. */
export const ParticipatedInEdge = z.strictObject({ type: z.literal('PARTICIPATED_IN'), ...claim });
/** Meeting → Place. */
export const HeldInEdge = z.strictObject({ type: z.literal('HELD_IN'), evidence: z.array(Evidence).optional() });
/** Person → State or Organization, with the role key and its dates where known. */
export const HoldsRoleEdge = z.strictObject({
  type: z.literal('HOLDS_ROLE'),
  role: z.string().min(1),
  /** The office as Russian news names it: "министр иностранных дел". */
  title: z.string().optional(),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  evidence: z.array(Evidence).optional(),
});
/** Any entity → Article that mentions it, with how many times. */
export const MentionedInEdge = z.strictObject({ type: z.literal('MENTIONED_IN'), count: z.number().int().positive() });
/** Organization → State or Organization it belongs to (МИД России → Россия). */
export const PartOfEdge = z.strictObject({ type: z.literal('PART_OF') });
/** Place → State it lies in. */
export const LocatedInEdge = z.strictObject({ type: z.literal('LOCATED_IN') });

export const EdgeAttributes = z.discriminatedUnion('type', [
  MetEdge,
  ProposedEdge,
  RejectedEdge,
  ParticipatedInEdge,
  HeldInEdge,
  HoldsRoleEdge,
  MentionedInEdge,
  PartOfEdge,
  LocatedInEdge,
]);
export type EdgeAttributes = z.infer<typeof EdgeAttributes>;
export type EdgeOfType<T extends EdgeType> = Extract<EdgeAttributes, { type: T }>;

/** Which node kinds each edge type may join: [source kinds, target kinds]. */
export const EDGE_ENDPOINTS: Record<EdgeType, readonly [readonly string[], readonly string[]]> = {
  MET: [['Person', 'State', 'Organization'], ['Person', 'State', 'Organization']],
  PROPOSED: [['Person', 'State', 'Organization'], ['Treaty']],
  REJECTED: [['Person', 'State', 'Organization'], ['Treaty']],
  PARTICIPATED_IN: [['Person', 'State', 'Organization'], ['Meeting']],
  HELD_IN: [['Meeting'], ['Place', 'State']],
  HOLDS_ROLE: [['Person'], ['State', 'Organization']],
  MENTIONED_IN: [['Person', 'State', 'Organization', 'Treaty', 'Meeting', 'Place'], ['Article']],
  PART_OF: [['Organization'], ['State', 'Organization']],
  LOCATED_IN: [['Place'], ['State', 'Place']],
};
