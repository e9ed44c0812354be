import { z } from 'zod';
import { EdgeAttributes, EdgeType } from './edges.ts';
import { NodeAttributes, NodeKind } from './nodes.ts';
import { IsoDateTime } from './primitives.ts';

/** Bumped whenever a reader of an older snapshot could misread a newer one. */
export const SCHEMA_VERSION = 1;

export const SnapshotAttributes = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  generator: z.string(),
  createdAt: IsoDateTime,
  /** The source articles: node key and hash of each. */
  articles: z.array(z.strictObject({ key: z.string(), hash: z.string(), path: z.string() })),
  counts: z.strictObject({
    nodes: z.partialRecord(NodeKind, z.number().int().nonnegative()),
    edges: z.partialRecord(EdgeType, z.number().int().nonnegative()),
  }),
});
export type SnapshotAttributes = z.infer<typeof SnapshotAttributes>;

/** graphology's JSON serialization, with our attributes. */
export const Snapshot = z.strictObject({
  attributes: SnapshotAttributes,
  options: z.strictObject({ type: z.literal('directed'), multi: z.literal(true), allowSelfLoops: z.boolean() }),
  nodes: z.array(z.strictObject({ key: z.string().min(1), attributes: NodeAttributes })),
  edges: z.array(
    z.strictObject({
      key: z.string().min(1),
      source: z.string().min(1),
      target: z.string().min(1),
      attributes: EdgeAttributes,
      undirected: z.literal(false).optional(),
    }),
  ),
});
export type Snapshot = z.infer<typeof Snapshot>;
