import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const SHARED = resolve(ROOT, '../shared');
export const SEEDS = join(SHARED, 'seeds');
/** Tests that read ../shared run when it is there (always in CI) and are skipped otherwise. */
export const HAS_SHARED = existsSync(SEEDS);

export function tempDir(prefix = 'diplograph-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export interface CliRun {
  status: number;
  stdout: string;
  stderr: string;
}

/** Runs the real command line, as a user would. */
export function runCli(args: string[], input?: string): CliRun {
  const result = spawnSync(process.execPath, [join(ROOT, 'src/cli/bin.mjs'), ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    env: { ...process.env, CI: '1' },
    timeout: 120_000,
  });
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** Encodes text in a single-byte Cyrillic encoding (Node's TextEncoder only writes UTF-8). */
export function encodeSingleByte(text: string, encoding: 'windows-1251' | 'koi8-r'): Buffer {
  const decoder = new TextDecoder(encoding);
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) table.set(decoder.decode(Uint8Array.of(b)), b);
  return Buffer.from([...text].map((ch) => {
    const byte = table.get(ch);
    if (byte === undefined) throw new Error(`"${ch}" has no byte in ${encoding}`);
    return byte;
  }));
}

export function encodeUtf16(text: string, endian: 'le' | 'be', bom: boolean): Buffer {
  const le = Buffer.from((bom ? '\ufeff' : '') + text, 'utf16le');
  return endian === 'le' ? le : le.swap16();
}

/** The message JSON.parse gives for this text, as an ingest error line quotes it. */
export function jsonError(text: string): string {
  try {
    JSON.parse(text);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected invalid JSON');
}
