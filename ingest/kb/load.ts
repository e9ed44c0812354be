import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { KbEntity, KbEvent, KbRole } from './schema.ts';

export interface KnowledgeBase {
  entities: ReadonlyMap<string, KbEntity>;
  roles: readonly KbRole[];
  /** Well-known meetings, by start date. */
  events: readonly KbEvent[];
}

/** Data files that are not entity lists: the roles, the known events, and the given names (read by given-names.ts). */
const OTHER_FILES = new Set(['roles.json', 'events.json', 'given-names.json']);

export const KB_DIR = join(dirname(fileURLToPath(import.meta.url)), 'data');

export class KbError extends Error {
  override name = 'KbError';
}

/** Reads and validates every data file; entity ids must be unique across files. */
export function loadKnowledgeBase(dir: string = KB_DIR): KnowledgeBase {
  const entities = new Map<string, KbEntity>();
  let roles: KbRole[] = [];
  let events: KbEvent[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const path = join(dir, file);
    if (file === 'given-names.json') continue;
    const data: unknown = JSON.parse(readFileSync(path, 'utf8'));
    if (file === 'roles.json') roles = parseOrThrow(z.array(KbRole), data, path);
    if (file === 'events.json') events = parseOrThrow(z.array(KbEvent), data, path);
    if (OTHER_FILES.has(file)) continue;
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
  for (const event of events) {
    const unknown = [event.place, ...event.participants].find((id) => id !== undefined && !entities.has(id));
    if (unknown) throw new KbError(`${join(dir, 'events.json')}: ${event.id}: unknown entity "${unknown}"`);
    if (event.to < event.from) throw new KbError(`${join(dir, 'events.json')}: ${event.id}: "to" before "from"`);
  }
  return { entities, roles, events: [...events].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0)) };
}

function parseOrThrow<T>(schema: z.ZodType<T>, data: unknown, path: string): T {
  const parsed = schema.safeParse(data);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  throw new KbError(`${path}: ${issue.path.join('.')}: ${issue.message}`);
}

const adjectivesByKb = new WeakMap<KnowledgeBase, ReadonlyMap<string, string>>();

/** States by their adjectives, lower case ("российский" → state:russia), built once per knowledge base. */
export function stateAdjectives(kb: KnowledgeBase): ReadonlyMap<string, string> {
  let map = adjectivesByKb.get(kb);
  if (!map) {
    const built = new Map<string, string>();
    for (const e of kb.entities.values()) if (e.kind === 'State') for (const a of e.adjectives ?? []) built.set(a.toLowerCase(), e.id);
    adjectivesByKb.set(kb, (map = built));
  }
  return map;
}

let cached: KnowledgeBase | null = null;

/** The knowledge base that ships with diplograph, loaded once. */
export function defaultKnowledgeBase(): KnowledgeBase {
  cached ??= loadKnowledgeBase();
  return cached;
}
