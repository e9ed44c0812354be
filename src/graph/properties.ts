import { datePrecision, EDGE_TYPES, IsoDate, NODE_KINDS, type EdgeAttributes, type EdgeType, type Evidence, type NodeAttributes, type NodeKind } from '../schema/index.ts';
import { schemaFields } from './schema-fields.ts';

/**
 * The Neo4j layout of a snapshot: what `diplograph load` writes, and what the Cypher and CSV exports
 * write, so that a database filled by any of them answers the same queries and exports back the same
 * snapshot. One module, pure and driver-free: src/neo4j turns these values into driver types
 * (integers, dates), src/export into Cypher literals and CSV fields.
 *
 * - label = node kind, `id` = node key; relationship type = edge type, `key` = edge key;
 * - strings, booleans, numbers and lists of one primitive type are properties as they are;
 * - null attributes are listed in `_nulls`; objects, mixed and nested lists are JSON strings listed
 *   in `_json` (Neo4j stores neither null nor maps);
 * - ISO dates (`date`, `from`, `to`) keep their string and gain `date` companions: `<key>Value` for a
 *   day, `<key>Start`/`<key>End` for the days the date covers;
 * - evidence is reified: one :Evidence node per (edge, article, start, end), -[:CITES]-> its Article,
 *   with `edge` = the edge key; the relationship's `_evidence` flag says the edge had an evidence list.
 */

export { schemaFields, type Fields } from './schema-fields.ts';

export type Primitive = string | number | boolean;
export type PropertyValue = Primitive | Primitive[];
export type Properties = Record<string, PropertyValue>;

/** A Neo4j `date`, by its ISO day; each writer spells it its own way (driver Date, date('…'), a :date field). */
export class Day {
  constructor(readonly iso: string) {}
  toString(): string {
    return this.iso;
  }
}

/** A property value of the layout; null removes the property (a day companion that no longer applies). */
export type LayoutValue = PropertyValue | Day | null;
export type LayoutProps = Record<string, LayoutValue>;

export const NODE_ID = 'id';
export const EDGE_KEY = 'key';
export const NULLS = '_nulls';
export const JSON_KEYS = '_json';
/** On a relationship: the edge had an `evidence` attribute (possibly empty), held by :Evidence nodes. */
export const HAS_EVIDENCE = '_evidence';
export const EVIDENCE_LABEL = 'Evidence';
export const CITES = 'CITES';
export const DATE_KEYS = ['date', 'from', 'to'] as const;
/** List attributes that loads unite rather than replace (aliases, duplicates, addressees). */
export const UNION_LISTS = ['aliases', 'duplicates', 'addressees'] as const;
/** Numbers that are floats even when whole (confidence 1 is 1.0); every other number is an integer. */
export const FLOAT_PROPERTIES: ReadonlySet<string> = new Set(['confidence']);
const dateCompanionNames = (key: string) => [`${key}Value`, `${key}Start`, `${key}End`];
/** Properties that are derived or internal, never attributes. */
export const DERIVED: ReadonlySet<string> = new Set([NULLS, JSON_KEYS, HAS_EVIDENCE, ...DATE_KEYS.flatMap(dateCompanionNames)]);

export const isNodeKind = (name: string): name is NodeKind => (NODE_KINDS as readonly string[]).includes(name);
export const isEdgeType = (name: string): name is EdgeType => (EDGE_TYPES as readonly string[]).includes(name);

/** The properties a node kind or edge type may have in Neo4j, in schema order (without `id`/`key`). */
export function layoutPropertyNames(kindOrType: NodeKind | EdgeType): string[] {
  const names = schemaFields(kindOrType).names.filter((n) => n !== 'evidence');
  const withDates = names.flatMap((n) => ((DATE_KEYS as readonly string[]).includes(n) ? [n, ...dateCompanionNames(n)] : [n]));
  return [...withDates, NULLS, JSON_KEYS, ...(isEdgeType(kindOrType) ? [HAS_EVIDENCE] : [])];
}

/** :Evidence properties in a readable order (without `id`). */
export const EVIDENCE_PROPERTY_NAMES = ['edge', 'article', 'quote', 'start', 'end', 'date', ...dateCompanionNames('date'), 'cueText', 'cueStart', 'cueEnd', 'rule', 'confidence', 'loadedAt', 'seq'];

// --- attributes -> properties ---

/** What one node or relationship carries into its MERGE statement. */
export interface EncodedAttributes {
  /** Set with `+=`: null values remove stale companions. */
  props: LayoutProps;
  /** List attributes merged as a union, so that loads accumulate. */
  lists: Record<string, string[]>;
  nulls: string[];
  json: string[];
}

const isPrimitive = (v: unknown): v is Primitive => typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v));

/** A value Neo4j stores as it is (a primitive, a list of one primitive type), else undefined: JSON. */
function propertyValue(value: unknown): PropertyValue | undefined {
  if (isPrimitive(value)) return value;
  if (!Array.isArray(value)) return undefined;
  for (const type of ['string', 'number', 'boolean']) if (value.every((v) => typeof v === type && isPrimitive(v))) return value as Primitive[];
  return undefined;
}

/** `xValue` (a single day, else null so that an old one goes), `xStart` and `xEnd`: the days the ISO date covers. */
export function dateCompanions(key: string, iso: string): LayoutProps {
  if (!IsoDate.safeParse(iso).success) return {};
  const [from = iso, to = from] = iso.split('/');
  const start = day(from, 'start');
  const [valueKey = '', startKey = '', endKey = ''] = dateCompanionNames(key);
  return { [valueKey]: datePrecision(iso) === 'day' ? start : null, [startKey]: start, [endKey]: day(to, 'end') };
}

function day(iso: string, edge: 'start' | 'end'): Day {
  const [y = 0, m, d] = iso.split('-').map(Number);
  const month = m ?? (edge === 'start' ? 1 : 12);
  const last = d ?? (edge === 'start' ? 1 : new Date(Date.UTC(y, month, 0)).getUTCDate());
  return new Day(`${String(y).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(last).padStart(2, '0')}`);
}

export function encodeAttributes(attributes: object, skip: readonly string[]): EncodedAttributes {
  const encoded: EncodedAttributes = { props: {}, lists: {}, nulls: [], json: [] };
  for (const [key, value] of Object.entries(attributes) as Array<[string, unknown]>) {
    if (skip.includes(key) || value === undefined) continue;
    if (value === null) {
      encoded.nulls.push(key);
      continue;
    }
    if ((UNION_LISTS as readonly string[]).includes(key) && Array.isArray(value) && value.every((v) => typeof v === 'string')) {
      encoded.lists[key] = value;
      continue;
    }
    const property = propertyValue(value);
    if (property === undefined) {
      encoded.props[key] = JSON.stringify(value);
      encoded.json.push(key);
    } else encoded.props[key] = property;
    if ((DATE_KEYS as readonly string[]).includes(key) && typeof value === 'string') Object.assign(encoded.props, dateCompanions(key, value));
  }
  return encoded;
}

export const encodeNode = (attrs: NodeAttributes): EncodedAttributes => encodeAttributes(attrs, ['kind']);

/** A relationship's properties; `evidence` goes to :Evidence nodes (evidenceRows), its presence to `_evidence`. */
export function encodeRelationship(attrs: EdgeAttributes): EncodedAttributes & { evidence: boolean } {
  return { ...encodeAttributes(attrs, ['type', 'evidence']), evidence: 'evidence' in attrs && attrs.evidence !== undefined };
}

/** The properties a first load leaves: `+=` drops nulls, lists are set, empty `_nulls`/`_json` are not. */
export function storedProperties(encoded: EncodedAttributes & { evidence?: boolean }): LayoutProps {
  const stored: LayoutProps = {};
  for (const [key, value] of Object.entries(encoded.props)) if (value !== null) stored[key] = value;
  Object.assign(stored, encoded.lists);
  if (encoded.nulls.length > 0) stored[NULLS] = encoded.nulls;
  if (encoded.json.length > 0) stored[JSON_KEYS] = encoded.json;
  if (encoded.evidence) stored[HAS_EVIDENCE] = true;
  return stored;
}

// --- evidence ---

export interface EvidenceRow {
  id: string;
  article: string;
  /** Place in the edge's evidence list and time of the load: the order evidence is read back in. */
  seq: number;
  loadedAt: number;
  props: LayoutProps;
}

export function evidenceId(edge: string, e: Pick<Evidence, 'article' | 'start' | 'end'>): string {
  return `${edge}|${e.article}|${e.start}|${e.end}`;
}

export function encodeEvidence(edge: string, e: Evidence, seq: number, loadedAt: number): EvidenceRow {
  const props: LayoutProps = { edge, article: e.article, quote: e.quote, start: e.start, end: e.end };
  if (e.date !== undefined) Object.assign(props, { date: e.date }, dateCompanions('date', e.date));
  if (e.cue !== undefined) Object.assign(props, { cueText: e.cue.text, cueStart: e.cue.start, cueEnd: e.cue.end });
  if (e.rule !== undefined) props['rule'] = e.rule;
  if (e.confidence !== undefined) props['confidence'] = e.confidence;
  return { id: evidenceId(edge, e), article: e.article, seq, loadedAt, props };
}

/** The :Evidence rows of one edge, in its evidence order. */
export function evidenceRows(key: string, attrs: EdgeAttributes, loadedAt: number): EvidenceRow[] {
  return 'evidence' in attrs ? (attrs.evidence ?? []).map((e, seq) => encodeEvidence(key, e, seq, loadedAt)) : [];
}

/** An :Evidence node's properties as read back (checked by the reader). */
export interface StoredEvidence {
  edge: string;
  article: string;
  quote: string;
  start: number;
  end: number;
  seq: number;
  loadedAt: number;
  date?: string | undefined;
  cueText?: string | undefined;
  cueStart?: number | undefined;
  cueEnd?: number | undefined;
  rule?: string | undefined;
  confidence?: number | undefined;
}

/** The evidence attribute, before the Evidence schema checks it. */
export function evidenceAttributes(r: StoredEvidence): Record<string, unknown> {
  const e: Record<string, unknown> = { article: r.article, quote: r.quote, start: r.start, end: r.end };
  if (r.date !== undefined) e['date'] = r.date;
  if (r.cueText !== undefined && r.cueStart !== undefined && r.cueEnd !== undefined) e['cue'] = { text: r.cueText, start: r.cueStart, end: r.cueEnd };
  if (r.rule !== undefined) e['rule'] = r.rule;
  if (r.confidence !== undefined) e['confidence'] = r.confidence;
  return e;
}

/** Evidence order: first loaded first, then its place in the edge's list. */
export function byLoadOrder(a: StoredEvidence, b: StoredEvidence): number {
  return a.loadedAt - b.loadedAt || a.seq - b.seq;
}

// --- properties -> attributes ---

/** neo4j-driver's Integer, without importing the driver. */
const isDriverInteger = (value: unknown): value is { toNumber(): number } =>
  typeof value === 'object' && value !== null && typeof (value as { toNumber?: unknown }).toNumber === 'function';

/** Integers as plain numbers, whether the driver gave numbers, Integers or bigints. */
function plain(value: unknown): unknown {
  if (typeof value === 'bigint') return Number(value);
  if (Array.isArray(value)) return value.map(plain);
  return isDriverInteger(value) ? value.toNumber() : value;
}

const stringList = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

/** Properties read back -> attributes (without kind/type), before the zod schema checks them. */
export function decodeProperties(props: Readonly<Record<string, unknown>>, skip: readonly string[]): Record<string, unknown> {
  const nulls = stringList(props[NULLS]);
  const json = new Set(stringList(props[JSON_KEYS]));
  const attributes: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(props)) {
    if (skip.includes(key) || DERIVED.has(key) || value === null || value === undefined) continue;
    if (json.has(key) && typeof value === 'string') {
      try {
        attributes[key] = JSON.parse(value);
      } catch (error) {
        throw new Error(`property ${key} is listed in ${JSON_KEYS} but is not JSON (${(error as Error).message})`, { cause: error });
      }
    } else attributes[key] = plain(value);
  }
  for (const key of nulls) if (!(key in attributes)) attributes[key] = null;
  return attributes;
}
