import type { Snapshot } from '../schema/index.ts';
import { snapshotCsv } from './csv.ts';
import { snapshotCypher } from './cypher.ts';
import { snapshotGexf } from './gexf.ts';
import { snapshotGraphml } from './graphml.ts';
import { snapshotJson } from './json.ts';
import { snapshotJsonl } from './jsonl.ts';
import type { Chunks, OutputFile } from './types.ts';

export const EXPORT_FORMATS = ['json', 'gexf', 'graphml', 'csv', 'cypher', 'jsonl'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** A format writes one file, or a directory of files. */
export type Exporter =
  | { output: 'file'; description: string; serialize: (snapshot: Snapshot) => Chunks }
  | { output: 'directory'; description: string; serialize: (snapshot: Snapshot) => OutputFile[] };

export const EXPORTERS: Readonly<Record<ExportFormat, Exporter>> = {
  json: { output: 'file', description: 'the snapshot itself, graphology JSON', serialize: snapshotJson },
  gexf: { output: 'file', description: 'GEXF 1.3 for Gephi, with a timeline', serialize: snapshotGexf },
  graphml: { output: 'file', description: 'GraphML for yEd, Cytoscape, NetworkX', serialize: snapshotGraphml },
  csv: { output: 'directory', description: 'CSV files for neo4j-admin database import', serialize: snapshotCsv },
  cypher: { output: 'file', description: 'a MERGE script for cypher-shell', serialize: snapshotCypher },
  jsonl: { output: 'file', description: 'APOC JSON lines for apoc.import.json', serialize: snapshotJsonl },
};

export { ExportError, type Chunks, type OutputFile } from './types.ts';
