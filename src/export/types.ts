import type { Column } from './columns.ts';

/** Serializers yield their output in chunks, so large snapshots are written without one giant string. */
export type Chunks = Iterable<string>;

/** One file of a directory format, by its path inside the output directory. */
export interface OutputFile {
  path: string;
  chunks: Chunks;
}

/** One CSV file of the csv format, described for its README. */
export interface CsvTable {
  path: string;
  /** The label (node kind or Evidence) or relationship type of every row. */
  label: string;
  relationship: boolean;
  columns: Column[];
  /** The header cells, in order. */
  header: string[];
  /** Relationship files: the labels their start and end nodes have. */
  startLabels: string[];
  endLabels: string[];
}

/** A snapshot that a format cannot represent; the CLI reports it as one line. */
export class ExportError extends Error {
  override name = 'ExportError';
}
