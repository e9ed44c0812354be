import type { Snapshot } from '../schema/index.ts';
import type { Column } from './columns.ts';
import { cypherName, cypherString } from './cypher-literal.ts';
import type { CsvTable } from './types.ts';

/** How neo4j-admin spells a delimiter on the command line ("U+001F" for control characters). */
const shellDelimiter = (d: string) => (d < ' ' ? `"U+${d.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}"` : `"${d}"`);

/** The Cypher expression that turns a LOAD CSV field (a string or null) back into a typed value. */
function loadExpression(c: Column, header: string, delimiter: string): string {
  const field = `row.${cypherName(header)}`;
  if (c.mixed) return field;
  const convert = { string: '', int: 'toInteger', long: 'toInteger', double: 'toFloat', boolean: 'toBoolean' }[c.type];
  if (!c.list) return convert ? `${convert}(${field})` : field;
  // A readable literal for the README; cypherString would write ";" as \u003B.
  const split = `split(${field}, ${delimiter < ' ' ? cypherString(delimiter) : `'${delimiter}'`})`;
  return convert ? `[v IN ${split} | ${convert}(v)]` : split;
}

function loadCsv(table: CsvTable, delimiter: string): string {
  const sets = table.columns.map((c, i) => `${table.relationship ? 'r' : 'n'}.${cypherName(c.name)} = ${loadExpression(c, table.header[i + (table.relationship ? 4 : 2)] ?? c.name, delimiter)}`);
  const body = table.relationship
    ? [
        `  MATCH (a:${table.startLabels.join('|')} {id: row.\`:START_ID\`})`,
        `  MATCH (b:${table.endLabels.join('|')} {id: row.\`:END_ID\`})`,
        `  MERGE (a)-[r:${table.label} {key: row.key}]->(b)`,
      ]
    : [`  MERGE (n:${table.label} {id: row.\`id:ID\`})`];
  if (sets.length > 0) body.push(`  SET ${sets.join(',\n      ')}`);
  return [`LOAD CSV WITH HEADERS FROM 'file:///${table.path}' AS row`, 'CALL { WITH row', ...body, '} IN TRANSACTIONS OF 10000 ROWS;'].join('\n');
}

/** The README written next to the CSV files: what they hold and the exact commands that load them. */
export function csvReadme(tables: CsvTable[], delimiter: string, snapshot: Snapshot): string {
  const nodes = tables.filter((t) => !t.relationship);
  const rels = tables.filter((t) => t.relationship);
  const importLines = [
    'neo4j-admin database import full neo4j \\',
    ...nodes.map((t) => `  --nodes=${t.path} \\`),
    ...rels.map((t) => `  --relationships=${t.path} \\`),
    `  --delimiter="," --array-delimiter=${shellDelimiter(delimiter)} --quote='"' \\`,
    '  --multiline-fields=true --id-type=string',
  ];
  const fileRows = tables.map((t) => `| \`${t.path}\` | ${t.relationship ? 'relationships' : 'nodes'} \`${t.label}\` | \`${t.header.join(',')}\` |`);
  return `# diplograph snapshot as CSV

${snapshot.nodes.length} nodes and ${snapshot.edges.length} relationships from ${snapshot.attributes.articles.length} articles
(${snapshot.attributes.generator}, snapshot created ${snapshot.attributes.createdAt}), in the CSV header format of
\`neo4j-admin database import\`.

| file | holds | header |
|---|---|---|
${fileRows.join('\n')}

- **One ID space.** Node keys (\`person:sergey-lavrov\`) are unique across kinds, so every node file has an
  \`id:ID\` column (kept as the \`id\` property) and relationships name their ends by key in \`:START_ID\` and
  \`:END_ID\`. Each relationship keeps its own key in \`key\`.
- **Typed columns**: \`:int\`, \`:double\`, \`:boolean\`, and lists as \`:string[]\` joined by \`${delimiter === '\u001F' ? 'U+001F' : delimiter}\`
  (an empty list is an empty field, read as no property). Untyped columns are strings.
- **Nested values** (evidence) are JSON in columns named \`<attribute>Json\` (\`evidenceJson\`), the same
  properties the diplograph Neo4j loader writes. Inside that JSON, \`"\` is written \`\\u0022\`.
- **Quoting**: strings are always quoted, with \`""\` for a quote inside; numbers and booleans are not. An
  empty unquoted field is a missing property, \`""\` an empty string. Values may span lines.

## Import into a new database (neo4j-admin)

With Neo4j stopped, run in this directory (add \`--overwrite-destination=true\` to replace an existing
\`neo4j\` database):

\`\`\`sh
${importLines.join('\n')}
\`\`\`

Then start Neo4j and create the uniqueness constraints:

\`\`\`sh
cypher-shell -u neo4j -p <password> -f constraints.cypher
\`\`\`

## Load into a running database (LOAD CSV)

Copy the CSV files into Neo4j's import directory (\`server.directories.import\`), then run
\`constraints.cypher\` and the statements below with \`cypher-shell\` (in Neo4j Browser, prefix each with
\`:auto\`). Values holding a backslash before a quote need \`dbms.import.csv.legacy_quote_escaping=false\`
in neo4j.conf.

\`\`\`cypher
${tables.map((t) => loadCsv(t, delimiter)).join('\n\n')}
\`\`\`
`;
}
