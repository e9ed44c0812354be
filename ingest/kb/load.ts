import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { KbEntity, KbRole } from './schema.ts';

export interface KnowledgeBase {
  entities: ReadonlyMap<string, KbEntity>;
  roles: readonly KbRole[];
}

export const KB_DIR = join(dirname(fileURLToPath(import.meta.url)), 'data');

export class KbError extends Error {
  override name = 'KbError';
}

/** Reads and validates every data file; entity ids must be unique across files. */
export function loadKnowledgeBase(dir: string = KB_DIR): KnowledgeBase {
  const entities = new Map<string, KbEntity>();
  let roles: KbRole[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const path = join(dir, file);
    const data: unknown = JSON.parse(readFileSync(path, 'utf8'));
    if (file === 'roles.json') {
      roles = parseOrThrow(z.array(KbRole), data, path);
      continue;
    }
    for (const entity of parseOrThrow(z.array(KbEntity), data, path)) {
      if (entities.has(entity.id)) throw new KbError(`${path}: duplicate entity id "${entity.id}"`);
      entities.set(entity.id, entity);
    }
  }
  const roleKeys = new Set(roles.map((r) => r.role));
  for (const entity of entities.values()) {
    for (const spell of entity.roles ?? []) {
      if (!roleKeys.has(spell.role)) throw new KbError(`${entity.id}: unknown role "${spell.role}" (add it to roles.json)`);
      if (!entities.has(spell.of)) throw new KbError(`${entity.id}: role of unknown entity "${spell.of}"`);
    }
    if (entity.partOf && !entities.has(entity.partOf)) throw new KbError(`${entity.id}: partOf unknown entity "${entity.partOf}"`);
  }
  return { entities, roles };
}

function parseOrThrow<T>(schema: z.ZodType<T>, data: unknown, path: string): T {
  const parsed = schema.safeParse(data);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  throw new KbError(`${path}: ${issue.path.join('.')}: ${issue.message}`);
}

let cached: KnowledgeBase | null = null;

/** The knowledge base that ships with diplograph, loaded once. */
export function defaultKnowledgeBase(): KnowledgeBase {
  cached ??= loadKnowledgeBase();
  return cached;
}
