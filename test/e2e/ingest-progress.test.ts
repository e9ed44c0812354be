import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, tempDir } from '../helpers.ts';

const BIN = join(ROOT, 'src/cli/bin.mjs');
const SAMPLE = join(ROOT, 'ingest/sample');
const CLEAR_LINE = '\r\x1b[2K';
const quote = (arg: string) => `'${arg.replaceAll("'", "'\\''")}'`;

/** Runs the CLI with a real terminal on its standard streams (util-linux `script` allocates one). */
function runInTerminal(args: string[]): string {
  const command = [process.execPath, BIN, ...args].map(quote).join(' ');
  const env: NodeJS.ProcessEnv = { ...process.env, COLUMNS: '120' };
  delete env.CI;
  const result = spawnSync('script', ['-qec', command, '/dev/null'], { cwd: ROOT, env, encoding: 'utf8', timeout: 60_000 });
  expect(result.status, result.stdout + result.stderr).toBe(0);
  return result.stdout;
}

describe('progress on a terminal', () => {
  it('draws a bar while reading and while merging, says when it writes the snapshot, and clears it', () => {
    // Each redraw clears the line first: "@" marks where.
    const output = runInTerminal(['ingest', SAMPLE, '--out', tempDir()]).replaceAll(CLEAR_LINE, '\n@');
    expect(output).toMatch(/\n@ingest █*░* [\d.]+\/[\d.]+ MiB /);
    expect(output).toMatch(/\n@merge █{30} (\d+)\/\1 articles/);
    expect(output).toMatch(/\n@writing .*graph\.json…/);
    // The summary starts on a cleared line, not after the bar.
    expect(output).toMatch(/\n@ingest: \d+ articles read/);
  });

  it('draws nothing when the output is not a terminal', () => {
    const run = runCli(['ingest', SAMPLE, '--out', tempDir()]);
    expect(run.status).toBe(0);
    expect(run.stderr + run.stdout).not.toContain(CLEAR_LINE);
  });
});
