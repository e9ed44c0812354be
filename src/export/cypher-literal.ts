import { Day, type LayoutValue } from '../graph/properties.ts';

const ESCAPES: Record<string, string> = {
  '\\': '\\\\',
  "'": "\\'",
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\b': '\\b',
  '\f': '\\f',
  // Never a raw ";" inside a literal: every ";" in a script then ends a statement, whatever splits it.
  ';': '\\u003B',
};

const hex4 = (c: string) => `\\u${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

// eslint-disable-next-line no-control-regex -- control characters are exactly what must be escaped
const SPECIAL = /[\\'\n\r\t\b\f;\u0000-\u001F\u007F]|[\uD800-\uDFFF]/gu;

/**
 * A single-quoted Cypher string literal: quotes, backslashes, line breaks, other control characters and
 * lone surrogates escaped; everything else (Cyrillic included) as it is, for a UTF-8 script.
 */
export function cypherString(text: string): string {
  return `'${text.replace(SPECIAL, (c) => ESCAPES[c] ?? hex4(c))}'`;
}

function cypherNumber(n: number): string {
  if (!Number.isFinite(n)) throw new Error(`${n} has no Cypher literal`);
  // Cypher exponents take no "+": 1e+21 → 1e21.
  return String(n).replace('e+', 'e');
}

/** A number written as a FLOAT literal even when whole (`1.0`): a bare `1` would be an INTEGER. */
export class CypherFloat {
  constructor(readonly value: number) {}
}

function cypherFloat(n: number): string {
  const text = cypherNumber(n);
  return /[.eE]/.test(text) ? text : `${text}.0`;
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** A map key, label or type: bare when it can be, else in backticks. */
export function cypherName(name: string): string {
  return IDENTIFIER.test(name) ? name : `\`${name.replaceAll('`', '``')}\``;
}

export type CypherValue = LayoutValue | CypherFloat | CypherValue[] | { [key: string]: CypherValue };

export function cypherValue(value: CypherValue): string {
  if (value === null) return 'null';
  if (value instanceof Day) return `date(${cypherString(value.iso)})`;
  if (value instanceof CypherFloat) return cypherFloat(value.value);
  if (typeof value === 'string') return cypherString(value);
  if (typeof value === 'number') return cypherNumber(value);
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${value.map(cypherValue).join(', ')}]`;
  return `{${Object.entries(value)
    .map(([k, v]) => `${cypherName(k)}: ${cypherValue(v)}`)
    .join(', ')}}`;
}
