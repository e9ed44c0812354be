import type { KnowledgeBase } from '../kb/load.ts';
import type { KbEntity } from '../kb/schema.ts';
import { analyze, caseOf } from '../morph/morph.ts';
import type { Token } from '../segment/tokens.ts';
import { inOffice, officesLike, type RoleSpan } from './roles.ts';
import type { Mention } from './types.ts';

/** A person holding an office, as the text says it ("госсекретарь США Энтони Блинкен") or as it resolves a role mention. */
export interface RoleClaim {
  person: string;
  role: string;
  /** The state or organization of the office. */
  of: string | null;
  /** The phrase as written. */
  title: string;
  start: number;
  end: number;
  /** Said in the text by apposition, not inferred. */
  stated: boolean;
}

const SKIP_BETWEEN = new Set(['при', ',']);

/**
 * An apposition agrees in case with its head: "госсекретаря США Энтони Блинкена", not "президента Дмитрий Песков".
 * Words that do not decline ("Энтони") say nothing; an animate accusative is the genitive.
 */
function agree(head: Token, name: Token[]): boolean {
  const topCase = (t: Token) => {
    const top = analyze(t.text)[0];
    if (!top || top.tags.has('Fixd')) return null;
    const c = caseOf(top);
    return c === 'accs' ? 'gent' : c;
  };
  const headCase = topCase(head);
  const nameCases = name.map(topCase).filter((c) => c !== null);
  return headCase === null || nameCases.length === 0 || nameCases.includes(headCase);
}

/**
 * Resolves a role phrase to a person: by apposition ("генсек НАТО Йенс Столтенберг"), else the latest person
 * mentioned before who holds that office, else the knowledge base's holder at the article's date.
 */
export function resolveRole(
  span: RoleSpan,
  tokens: readonly Token[],
  mentions: Mention[],
  previous: Mention[],
  claims: RoleClaim[],
  kb: KnowledgeBase,
  date: string | null,
): RoleClaim | null {
  const start = tokens[span.first]!.start;
  let end = tokens[span.last]!.end;
  const at = (offset: number) => mentions.find((m) => m.start === offset && m.via !== 'role');
  const before = mentions.find((m) => m.end === start - 1 && m.via === 'adjective');
  let of = before?.entity ?? null;
  let next = span.last + 1;
  while (tokens[next] && SKIP_BETWEEN.has(tokens[next]!.norm)) next++;
  const modifier = tokens[next] ? at(tokens[next]!.start) : undefined;
  if (!of && modifier && (modifier.kind === 'State' || modifier.kind === 'Organization')) {
    of = modifier.entity;
    end = modifier.end;
    next = tokens.findIndex((t) => t.start >= modifier.end);
    while (next >= 0 && tokens[next] && SKIP_BETWEEN.has(tokens[next]!.norm) && tokens[next]!.norm !== ',') next++;
  } else {
    // The office's words may themselves name the organization: "глава МИД России".
    const inside = mentions.find((m) => m.start >= start && m.start < end + 1 && (m.kind === 'Organization' || m.kind === 'State'));
    if (inside) {
      of = inside.entity;
      end = Math.max(end, inside.end);
    }
  }
  // Offices of a ministry are offices of its state: "глава МИД России" is Russia's foreign minister.
  const office = of && !officeHolders(kb, span.role.role).has(of) ? (kb.entities.get(of)?.partOf ?? of) : of;
  // Another name of the office counts only where its state is known: "американский министр" is the Secretary of
  // State, but a bare "госсекретарь" is no foreign minister of another state.
  const like = office ? officesLike(span.role.role) : [span.role.role];
  const matchesOffice = (personKey: string) =>
    (kb.entities.get(personKey)?.roles ?? []).some((r) => like.includes(r.role) && (!office || r.of === office)) ||
    claims.some((c) => c.person === personKey && like.includes(c.role) && (!office || c.of === office));
  const title = tokens.slice(span.first, span.last + 1).map((t) => t.text).join(' ');
  const claim = (person: string, stated: boolean): RoleClaim => ({ person, role: span.role.role, of: office, title, start, end, stated });

  const apposition = next >= 0 && tokens[next] ? at(tokens[next]!.start) : undefined;
  if (apposition?.kind === 'Person' && agree(tokens[span.first]!, tokens.filter((t) => t.start >= apposition.start && t.end <= apposition.end)))
    return claim(apposition.entity, true);
  for (let i = previous.length - 1; i >= 0; i--) {
    const m = previous[i]!;
    if (m.kind === 'Person' && matchesOffice(m.entity)) return claim(m.entity, false);
  }
  // "с государственным секретарём США" … "госсекретаря принял Путин": an office resolved earlier in the article.
  const earlier = claims.filter((c) => like.includes(c.role) && (!office || c.of === office)).at(-1);
  if (earlier) return claim(earlier.person, false);
  if (!date || !office) return null;
  const holder = soleHolderAt(kb, span.role.role, office, date);
  return holder ? claim(holder.id, false) : null;
}

/** The one person holding an office (or one equivalent to it) of a state or organization at a date; null for none or several. */
export function soleHolderAt(kb: KnowledgeBase, role: string, of: string, date: string): KbEntity | null {
  const like = officesLike(role);
  const people = new Set(like.flatMap((r) => officePeople(kb, r, of)));
  const holders = [...people].filter((e) => (e.roles ?? []).some((r) => like.includes(r.role) && r.of === of && inOffice(r, date)));
  return holders.length === 1 ? holders[0]! : null;
}

const holdersCache = new WeakMap<KnowledgeBase, Map<string, Set<string>>>();

/** The states and organizations whose offices of this kind the knowledge base knows. */
function officeHolders(kb: KnowledgeBase, role: string): ReadonlySet<string> {
  let byRole = holdersCache.get(kb);
  if (!byRole) {
    byRole = new Map();
    for (const e of kb.entities.values()) {
      for (const r of e.roles ?? []) byRole.set(r.role, (byRole.get(r.role) ?? new Set()).add(r.of));
    }
    holdersCache.set(kb, byRole);
  }
  return byRole.get(role) ?? new Set();
}

const peopleCache = new WeakMap<KnowledgeBase, Map<string, KbEntity[]>>();

/** People of the knowledge base who ever held this office, in knowledge-base order. */
function officePeople(kb: KnowledgeBase, role: string, of: string): KbEntity[] {
  let byOffice = peopleCache.get(kb);
  if (!byOffice) {
    byOffice = new Map();
    for (const e of kb.entities.values()) {
      if (e.kind !== 'Person') continue;
      for (const key of new Set((e.roles ?? []).map((r) => `${r.role}|${r.of}`))) byOffice.set(key, [...(byOffice.get(key) ?? []), e]);
    }
    peopleCache.set(kb, byOffice);
  }
  return byOffice.get(`${role}|${of}`) ?? [];
}
