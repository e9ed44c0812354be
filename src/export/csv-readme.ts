import type { Snapshot } from '../schema/index.ts';
import type { CsvTable } from './types.ts';

/** How neo4j-admin spells a delimiter on the command line ("U+001F" for control characters). */
const shellDelimiter = (d: string) => (d < ' ' ? `"U+${d.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}"` : `"${d}"`);

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
\`neo4j-admin database import\`, holding exactly what \`diplograph load\` writes into Neo4j.

| file | holds | header |
|---|---|---|
${fileRows.join('\n')}

- **One ID space.** Node keys (\`person:sergey-lavrov\`) are unique across kinds, and evidence ids
  (\`<edge key>|<article>|<start>|<end>\`) never look like one, so every node file has an \`id:ID\` column
  (kept as the \`id\` property) and relationships name their ends in \`:START_ID\` and \`:END_ID\`. Each
  relationship of the graph keeps its own key in \`key\`.
- **Evidence** is nodes: \`nodes-Evidence.csv\` holds one \`:Evidence\` node per (edge, article, start, end)
  with \`edge\` (the edge's key), \`article\`, \`quote\`, \`start\`, \`end\` and, when known, \`date\`, \`rule\`,
  \`confidence\`, \`cueText\`/\`cueStart\`/\`cueEnd\`; \`loadedAt\` and \`seq\` keep each edge's evidence in
  order. \`relationships-CITES.csv\` links each to its \`:Article\`. A relationship whose edge has an
  evidence list has \`_evidence\` = true.
- **Nulls and objects**: null attributes are listed in \`_nulls\`; attributes holding objects are JSON
  strings listed in \`_json\` (inside that JSON, \`"\` is written \`\\u0022\`).
- **Dates** keep their ISO string (\`date\`, \`from\`, \`to\`) and gain Neo4j dates: \`dateValue\` for a single
  day, \`dateStart\`/\`dateEnd\` for the first and last day the date covers.
- **Typed columns**: \`:int\`, \`:long\`, \`:double\`, \`:boolean\`, \`:date\`, and lists as \`:string[]\` joined by
  \`${delimiter === '\u001F' ? 'U+001F' : delimiter}\`. Untyped columns are strings.
- **Quoting**: strings are always quoted, with \`""\` for a quote inside; numbers, booleans and dates are
  not. An empty unquoted field is a missing property, \`""\` an empty string (in a list column: an empty
  list). Values may span lines.

## Import into a new database (neo4j-admin)

With Neo4j stopped, run in this directory (add \`--overwrite-destination=true\` to replace an existing
\`neo4j\` database):

\`\`\`sh
${importLines.join('\n')}
\`\`\`

Then start Neo4j and create the constraints and indexes that \`diplograph load\` creates:

\`\`\`sh
cypher-shell -u neo4j -p <password> -f schema.cypher
\`\`\`

## Load into a running database (LOAD CSV)

Copy the CSV files into Neo4j's import directory (\`server.directories.import\`; for the server of
\`diplograph neo4j start\`, \`.diplograph/neo4j/import\`), then run \`load-csv.cypher\`, which creates the
schema and loads every file with \`LOAD CSV\`:

\`\`\`sh
cypher-shell -u neo4j -p <password> -f load-csv.cypher
# or: diplograph query --file load-csv.cypher --write
\`\`\`

In Neo4j Browser, prefix each statement with \`:auto\`. Values holding a backslash before a quote need
\`dbms.import.csv.legacy_quote_escaping=false\` in neo4j.conf.
`;
}
