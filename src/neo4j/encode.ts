// Snapshot attributes as driver values. Which properties a node or relationship gets (`_nulls`,
// `_json`, date companions, union lists) is the layout of src/graph/properties.ts, shared with the
// Cypher and CSV exports; only the driver types are decided here: integers as Neo4j integers (so
// that Cypher sees INTEGER, not FLOAT), floats as floats, days as Neo4j dates.
import neo4j from 'neo4j-driver';
import {
  dateCompanions as layoutDateCompanions,
  Day,
  encodeAttributes as layoutAttributes,
  FLOAT_PROPERTIES,
  type EncodedAttributes as LayoutAttributes,
  type LayoutProps,
  type LayoutValue,
} from '../graph/properties.ts';

export { DATE_KEYS, decodeProperties, DERIVED, HAS_EVIDENCE, JSON_KEYS, NULLS, UNION_LISTS } from '../graph/properties.ts';

export type Props = Record<string, unknown>;

/** What one node or relationship row carries into the MERGE statements, in driver types. */
export type EncodedAttributes = Omit<LayoutAttributes, 'props'> & { props: Props };

function driverNumber(key: string, value: number): unknown {
  return Number.isInteger(value) && !FLOAT_PROPERTIES.has(key) ? neo4j.int(value) : value;
}

export function driverValue(key: string, value: LayoutValue): unknown {
  if (value instanceof Day) {
    const [year = 0, month = 1, day = 1] = value.iso.split('-').map(Number);
    return new neo4j.types.Date(year, month, day);
  }
  if (typeof value === 'number') return driverNumber(key, value);
  if (Array.isArray(value)) return value.map((v) => (typeof v === 'number' ? driverNumber(key, v) : v));
  return value;
}

export function driverProps(props: LayoutProps): Props {
  return Object.fromEntries(Object.entries(props).map(([key, value]) => [key, driverValue(key, value)]));
}

export function encodeAttributes(attributes: object, skip: readonly string[]): EncodedAttributes {
  const encoded = layoutAttributes(attributes, skip);
  return { ...encoded, props: driverProps(encoded.props) };
}

export function dateCompanions(key: string, iso: string): Props {
  return driverProps(layoutDateCompanions(key, iso));
}
