import { mkdir, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Option } from 'commander';
import { EXPORT_FORMATS, EXPORTERS, ExportError, type ExportFormat } from '../../export/index.ts';
import type { RegisterCommands } from '../command.ts';
import { CliError, UsageError } from '../errors.ts';
import { err, out } from '../io.ts';
import { runDiff } from './export-diff.ts';
import { loadOrReport } from './export-source.ts';
import { writeChunks } from './export-write.ts';

export interface ExportOptions {
  format: ExportFormat;
  from: string;
  out: string;
}

function size(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KiB', 'MiB', 'GiB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(1)} ${units[unit]}`;
}

/** Reads (and validates) the source, writes it in the format; I/O only here, the formats are pure. */
export async function runExport(options: ExportOptions): Promise<number> {
  const exporter = EXPORTERS[options.format];
  if (exporter.output === 'directory' && options.out === '-') throw new UsageError(`export: ${options.format} writes a directory; give --out <dir>`);
  const snapshot = await loadOrReport(options.from, 'export');
  if (!snapshot) return 1;
  const target = await stat(options.out).catch(() => null);
  if (exporter.output === 'file' && target?.isDirectory()) throw new CliError(`${options.out} is a directory: give a file name, e.g. ${join(options.out, `graph.${options.format}`)}`);
  let bytes = 0;
  try {
    if (exporter.output === 'directory') {
      await mkdir(options.out, { recursive: true });
      for (const file of exporter.serialize(snapshot)) bytes += await writeChunks(join(options.out, file.path), file.chunks);
    } else {
      if (options.out !== '-') await mkdir(dirname(options.out), { recursive: true });
      bytes = await writeChunks(options.out, exporter.serialize(snapshot));
    }
  } catch (error) {
    if (error instanceof ExportError) throw new CliError(`export: ${error.message}`);
    throw error;
  }
  const report = options.out === '-' ? err : out;
  report(`wrote ${options.out === '-' ? 'standard output' : options.out} (${options.format}): ${snapshot.nodes.length} nodes, ${snapshot.edges.length} edges, ${size(bytes)}`);
  return 0;
}

/** Commands: export and diff (snapshot formats). */
export const registerExportCommands: RegisterCommands = (cli, setExit) => {
  cli
    .command('export')
    .description(`write a snapshot in another format: ${EXPORT_FORMATS.map((f) => `${f} (${EXPORTERS[f].description})`).join(', ')}`)
    .addOption(new Option('-f, --format <format>', 'the format to write').choices(EXPORT_FORMATS).makeOptionMandatory())
    .requiredOption('--from <source>', 'graph.json, the directory holding it, or "neo4j" (the graph in Neo4j, found as by load)')
    .requiredOption('-o, --out <path>', 'the file to write ("-" for standard output); for csv, a directory')
    .action(async (opts: ExportOptions) => setExit(await runExport(opts)));

  cli
    .command('diff')
    .description('compare two snapshots: nodes and edges added, removed and changed (matched by key)')
    .argument('<a>', 'the old snapshot: graph.json, its directory, or "neo4j"')
    .argument('<b>', 'the new snapshot')
    .option('--json', 'print the differences as JSON', false)
    .action(async (a: string, b: string, opts: { json: boolean }) => setExit(await runDiff(a, b, opts)));
};
