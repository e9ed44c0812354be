import { readFileSync } from 'node:fs';

/** The schema `diplograph load` applies; the Cypher and CSV exports apply the same one. */
const SCHEMA_FILE = new URL('../../cypher/schema.cypher', import.meta.url);

let statements: string[] | undefined;

/**
 * The statements of cypher/schema.cypher (constraints, indexes, the full-text index), each ending with
 * ";" at a line end, without the comments: an export then creates what the loader creates, and the
 * evidence and name-search queries find their indexes.
 */
export function schemaStatements(): string[] {
  statements ??= readFileSync(SCHEMA_FILE, 'utf8')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '' && !line.trim().startsWith('//'))
    .join('\n')
    .split(/;\n|;$/)
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .map((s) => `${s};`);
  return statements;
}
