import { availableParallelism } from 'node:os';
import { InvalidArgumentError } from 'commander';
import { parseEncoding, type DecodeError } from '../../../ingest/read/decode.ts';

export function encodingOption(value: string) {
  try {
    return parseEncoding(value);
  } catch (error) {
    throw new InvalidArgumentError((error as DecodeError).message);
  }
}

export function sizeOption(value: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*([kmg]i?b?|b)?$/i.exec(value.trim());
  if (!match) throw new InvalidArgumentError('expected a size such as 16MB, 512KB or 1GB');
  const unit = (match[2] ?? 'b').toLowerCase()[0]!;
  const factor = { b: 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[unit] ?? 1;
  return Math.round(Number(match[1]) * factor);
}

export function workersOption(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 256) throw new InvalidArgumentError('expected a number of threads from 1 to 256');
  return n;
}

/** One extraction thread per core. */
export const DEFAULT_WORKERS = availableParallelism();
