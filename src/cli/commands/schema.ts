import { writeFile } from 'node:fs/promises';
import { z } from 'zod';
import { Snapshot } from '../../schema/index.ts';
import { out } from '../io.ts';

/** The snapshot's JSON Schema, generated from the zod schema. */
export function snapshotJsonSchema(): string {
  const schema = z.toJSONSchema(Snapshot, { io: 'input', unrepresentable: 'any' });
  return `${JSON.stringify({ ...schema, title: 'diplograph snapshot', $id: 'https://diplograph.dev/snapshot.schema.json' }, null, 2)}\n`;
}

export async function runSchema(options: { out?: string }): Promise<number> {
  const text = snapshotJsonSchema();
  if (options.out) await writeFile(options.out, text);
  else out(text);
  return 0;
}
