// Snapshot attributes <-> Neo4j properties, losslessly. Neo4j has no null properties and no maps
// in properties, so null attributes are listed in `_nulls` and object-valued ones stored as JSON
// strings listed in `_json`. Integers are written as Neo4j integers; ISO dates get Neo4j date
// companions for Cypher (xValue for a single day, xStart/xEnd for the period the date covers).
import neo4j from 'neo4j-driver';
import { datePrecision, IsoDate } from '../schema/index.ts';

export type Props = Record<string, unknown>;

/** What one node or relationship row carries into the MERGE statements. */
export interface EncodedAttributes {
  /** Set with `+=`: null values remove stale companions. */
  props: Props;
  /** List attributes merged as a union, so that loads accumulate (aliases, duplicates, addressees). */
  lists: Record<string, string[]>;
  nulls: string[];
  json: string[];
}

export const NULLS = '_nulls';
export const JSON_KEYS = '_json';
/** On a relationship: the edge had an `evidence` attribute (possibly empty), held by :Evidence nodes. */
export const HAS_EVIDENCE = '_evidence';
export const DATE_KEYS = ['date', 'from', 'to'] as const;
export const UNION_LISTS = ['aliases', 'duplicates', 'addressees'] as const;
const FLOATS = new Set(['confidence']);
/** Properties that are derived or internal, never attributes. */
export const DERIVED = new Set<string>([NULLS, JSON_KEYS, HAS_EVIDENCE, ...DATE_KEYS.flatMap((k) => [`${k}Value`, `${k}Start`, `${k}End`])]);

const isPrimitive = (v: unknown): v is string | number | boolean => ['string', 'number', 'boolean'].includes(typeof v);

function number(key: string, value: number): unknown {
  return Number.isInteger(value) && !FLOATS.has(key) ? neo4j.int(value) : value;
}

/** A Neo4j property value, or undefined when the value needs JSON (maps, mixed or nested lists). */
function propertyValue(key: string, value: unknown): unknown {
  if (typeof value === 'number') return number(key, value);
  if (isPrimitive(value)) return value;
  if (Array.isArray(value)) {
    if (value.every((v) => typeof v === 'string') || value.every((v) => typeof v === 'boolean')) return value;
    if (value.every((v) => typeof v === 'number')) return value.map((v) => number(key, v));
  }
  return undefined;
}

export function encodeAttributes(attributes: object, skip: readonly string[]): EncodedAttributes {
  const encoded: EncodedAttributes = { props: {}, lists: {}, nulls: [], json: [] };
  for (const [key, value] of Object.entries(attributes)) {
    if (skip.includes(key) || value === undefined) continue;
    if (value === null) {
      encoded.nulls.push(key);
      continue;
    }
    if ((UNION_LISTS as readonly string[]).includes(key) && Array.isArray(value) && value.every((v) => typeof v === 'string')) {
      encoded.lists[key] = value;
      continue;
    }
    const property = propertyValue(key, value);
    if (property === undefined) {
      encoded.props[key] = JSON.stringify(value);
      encoded.json.push(key);
    } else {
      encoded.props[key] = property;
    }
    if ((DATE_KEYS as readonly string[]).includes(key) && typeof value === 'string') Object.assign(encoded.props, dateCompanions(key, value));
  }
  return encoded;
}

/** `xValue` (single days only; null clears an old one), `xStart` and `xEnd`: the days the ISO date covers. */
export function dateCompanions(key: string, iso: string): Props {
  if (!IsoDate.safeParse(iso).success) return {};
  const [from = iso, to = from] = iso.split('/');
  const start = toDate(from, 'start');
  return {
    [`${key}Value`]: datePrecision(iso) === 'day' ? start : null,
    [`${key}Start`]: start,
    [`${key}End`]: toDate(to, 'end'),
  };
}

function toDate(iso: string, edge: 'start' | 'end'): unknown {
  const [y = 0, m, d] = iso.split('-').map(Number);
  const month = m ?? (edge === 'start' ? 1 : 12);
  const day = d ?? (edge === 'start' ? 1 : new Date(Date.UTC(y, month, 0)).getUTCDate());
  return new neo4j.types.Date(y, month, day);
}

/** Properties read back (integers as numbers) -> attributes, before the zod schema checks them. */
export function decodeProperties(props: Props, skip: readonly string[]): Record<string, unknown> {
  const nulls = stringList(props[NULLS]);
  const json = new Set(stringList(props[JSON_KEYS]));
  const attributes: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(props)) {
    if (skip.includes(key) || DERIVED.has(key)) continue;
    attributes[key] = json.has(key) && typeof value === 'string' ? JSON.parse(value) : value;
  }
  for (const key of nulls) if (!(key in attributes)) attributes[key] = null;
  return attributes;
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}
