// Offices named in the text become mentions of the people who hold them.
import type { KnowledgeBase } from '../kb/load.ts';
import type { KbEntity } from '../kb/schema.ts';
import type { Token } from '../segment/tokens.ts';
import { resolveRole, type RoleClaim } from './coref.ts';
import { pluralHolders } from './plural-roles.ts';
import type { RoleMatcher } from './roles.ts';
import type { EntityInfo, Mention } from './types.ts';

/** Role phrases become mentions of the person holding the office, and role claims. */
export function resolveRoles(
  sentences: ReadonlyArray<readonly Token[]>,
  mentions: Mention[],
  matcher: RoleMatcher,
  kb: KnowledgeBase,
  date: string | null,
  text: string,
  entities: Map<string, EntityInfo>,
): RoleClaim[] {
  const claims: RoleClaim[] = [];
  const named = [...mentions];
  for (const tokens of sentences) {
    for (const span of matcher.match(tokens)) {
      if (span.plural) {
        for (const m of pluralHolders(span, tokens, named, kb, date)) {
          entities.set(m.entity, entities.get(m.entity) ?? kbInfo(kb.entities.get(m.entity)!));
          mentions.push(m);
        }
        continue;
      }
      const start = tokens[span.first]!.start;
      const previous = named.filter((m) => m.end <= start);
      const claim = resolveRole(span, tokens, named, previous, claims, kb, date);
      if (!claim) continue;
      claims.push(claim);
      const person = entities.get(claim.person) ?? kbInfo(kb.entities.get(claim.person)!);
      entities.set(person.key, person);
      const end = tokens[span.last]!.end;
      if (!claim.stated) mentions.push({ start, end, text: text.slice(start, end), kind: 'Person', entity: person.key, name: person.name, via: 'role' });
    }
  }
  return claims;
}

/** What the knowledge base says of an entity, as a document's entity info. */
export function kbInfo(entity: KbEntity): EntityInfo {
  return {
    key: entity.id,
    kind: entity.kind,
    name: entity.name,
    nameEn: entity.nameEn,
    ...(entity.wikidata ? { wikidata: entity.wikidata } : {}),
    ...(entity.gender ? { gender: entity.gender } : {}),
    ...(entity.isSource ? { isSource: true } : {}),
    ...(entity.subtype ? { subtype: entity.subtype } : {}),
    ...(entity.year ? { year: entity.year } : {}),
    ...(entity.partOf ? { partOf: entity.partOf } : {}),
  };
}
