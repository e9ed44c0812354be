// The query pack: cypher/queries/<name>.cypher, each with a header of `// @tag` lines:
//   @name, @description, @param <name> <string|int|float|boolean|date> [= default] <what>, @example.
import { readdir, readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import neo4j from 'neo4j-driver';
import { Neo4jError } from './errors.ts';

export const PARAM_TYPES = ['string', 'int', 'float', 'boolean', 'date'] as const;
export type ParamType = (typeof PARAM_TYPES)[number];

export interface ParamSpec {
  name: string;
  type: ParamType;
  default?: string;
  description: string;
}

export interface PackQuery {
  name: string;
  description: string;
  params: ParamSpec[];
  examples: string[];
  cypher: string;
  file: string;
}

export const QUERY_DIR = fileURLToPath(new URL('../../cypher/queries/', import.meta.url));

const PARAM = /^(\w+)\s+(\w+)(?:\s*=\s*(\S+))?\s*(.*)$/;

/** Parses a query file; a file without a header is a query with undeclared parameters. */
export function parseQuery(text: string, file: string): PackQuery {
  const query: PackQuery = { name: basename(file, '.cypher'), description: '', params: [], examples: [], cypher: text.trim().replace(/;$/, ''), file };
  let last: 'description' | ParamSpec | undefined;
  for (const line of text.split(/\r?\n/)) {
    const comment = /^\s*\/\/\s?(.*)$/.exec(line);
    if (!comment) break;
    const body = (comment[1] ?? '').trim();
    const tag = /^@(\w+)\s*(.*)$/.exec(body);
    if (!tag) {
      // An indented line continues the previous description.
      if (!body || !last) continue;
      if (last === 'description') query.description += ` ${body}`;
      else last.description += ` ${body}`;
      continue;
    }
    const [, name = '', value = ''] = tag;
    last = undefined;
    if (name === 'name') query.name = value;
    else if (name === 'description') [query.description, last] = [value, 'description'];
    else if (name === 'example') query.examples.push(value);
    else if (name === 'param') {
      const m = PARAM.exec(value);
      const type = m?.[2] as ParamType | undefined;
      if (!m || !type || !PARAM_TYPES.includes(type)) throw new Neo4jError(`${file}: bad @param line "${value}" (expected: @param name ${PARAM_TYPES.join('|')} [= default] description)`);
      const spec: ParamSpec = { name: m[1] ?? '', type, description: m[4] ?? '' };
      if (m[3] !== undefined) spec.default = m[3];
      query.params.push(spec);
      last = spec;
    }
  }
  return query;
}

export async function loadPack(dir: string = QUERY_DIR): Promise<PackQuery[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.cypher')).sort();
  return Promise.all(files.map(async (f) => parseQuery(await readFile(`${dir}/${f}`, 'utf8'), `${dir}/${f}`)));
}

/** A --param value as the type its query declares; undeclared ones are guessed (integers, floats, booleans). */
export function convertParam(raw: string, type: ParamType | undefined, name: string): unknown {
  const bad = (what: string) => new Neo4jError(`parameter ${name} must be ${what}, not "${raw}"`);
  switch (type) {
    case 'string':
      return raw;
    case 'int':
      if (!/^-?\d+$/.test(raw)) throw bad('an integer');
      return neo4j.int(raw);
    case 'float':
      if (raw.trim() === '' || !Number.isFinite(Number(raw))) throw bad('a number');
      return Number(raw);
    case 'boolean':
      if (raw !== 'true' && raw !== 'false') throw bad('true or false');
      return raw === 'true';
    case 'date':
      if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(raw)) throw bad('an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)');
      return raw;
    case undefined:
      if (/^-?\d{1,15}$/.test(raw)) return neo4j.int(raw);
      if (/^-?\d+\.\d+$/.test(raw)) return Number(raw);
      if (raw === 'true' || raw === 'false') return raw === 'true';
      return raw;
  }
}

/** Checks and converts the given parameters against the query's declarations, filling in defaults. */
export function bindParams(query: PackQuery, given: Record<string, string>, declaredOnly: boolean): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  const declared = new Map(query.params.map((p) => [p.name, p]));
  for (const [name, raw] of Object.entries(given)) {
    const spec = declared.get(name);
    if (!spec && declaredOnly) {
      const takes = query.params.length ? `it takes ${query.params.map((p) => p.name).join(', ')}` : 'it takes none';
      throw new Neo4jError(`${query.name} has no parameter "${name}" (${takes})`);
    }
    params[name] = convertParam(raw, spec?.type, name);
  }
  for (const spec of query.params) {
    if (spec.name in params) continue;
    if (spec.default === undefined) throw new Neo4jError(`${query.name} needs --param ${spec.name}=… (${spec.description})`);
    params[spec.name] = convertParam(spec.default === '""' ? '' : spec.default, spec.type, spec.name);
  }
  return params;
}
