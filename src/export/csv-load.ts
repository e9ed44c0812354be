import type { Column } from './columns.ts';
import { cypherName, cypherString } from './cypher-literal.ts';
import { schemaStatements } from './schema-script.ts';
import type { CsvTable } from './types.ts';

const CONVERT = { string: '', int: 'toInteger', long: 'toInteger', double: 'toFloat', boolean: 'toBoolean', date: 'date' } as const;

/** The Cypher expression that turns a LOAD CSV field (a string, or null when empty) back into its typed value. */
function loadExpression(c: Column, header: string, delimiter: string): string {
  const field = `row.${cypherName(header)}`;
  if (c.mixed) return field;
  const convert = CONVERT[c.type];
  if (!c.list) return convert ? `${convert}(${field})` : field;
  // A readable literal; cypherString would write ";" as \u003B. `""` is the empty list.
  const split = `split(${field}, ${delimiter < ' ' ? cypherString(delimiter) : `'${delimiter}'`})`;
  return `CASE ${field} WHEN '' THEN [] ELSE ${convert ? `[v IN ${split} | ${convert}(v)]` : split} END`;
}

export function loadCsvStatement(table: CsvTable, delimiter: string): string {
  const v = table.relationship ? 'r' : 'n';
  const first = table.header.length - table.columns.length;
  const sets = table.columns.map((c, i) => `${v}.${cypherName(c.name)} = ${loadExpression(c, table.header[first + i] ?? c.name, delimiter)}`);
  const keyed = table.header.includes('key') ? ' {key: row.key}' : '';
  const body = table.relationship
    ? [
        `  MATCH (a:${table.startLabels.join('|')} {id: row.\`:START_ID\`})`,
        `  MATCH (b:${table.endLabels.join('|')} {id: row.\`:END_ID\`})`,
        `  MERGE (a)-[r:${table.label}${keyed}]->(b)`,
      ]
    : [`  MERGE (n:${table.label} {id: row.\`id:ID\`})`];
  if (sets.length > 0) body.push(`  SET ${sets.join(',\n      ')}`);
  return [`LOAD CSV WITH HEADERS FROM 'file:///${table.path}' AS row`, 'CALL { WITH row', ...body, '} IN TRANSACTIONS OF 10000 ROWS;'].join('\n');
}

/**
 * load-csv.cypher: the loader's schema, then one LOAD CSV statement per file (nodes first), for
 * `cypher-shell -f` or `diplograph query --file … --write` once the files are in the import directory.
 * CALL … IN TRANSACTIONS needs auto-commit transactions, which both of those use.
 */
export function loadCsvScript(tables: CsvTable[], delimiter: string): string {
  return [
    '// Load the CSV files next to this script, copied into Neo4j\'s import directory (server.directories.import).',
    ...schemaStatements(),
    'CALL db.awaitIndexes(300);',
    '',
    tables.map((t) => loadCsvStatement(t, delimiter)).join('\n\n'),
    '',
  ].join('\n');
}
