import type { NodeKind } from '../../src/schema/index.ts';

export type EntityKind = Extract<NodeKind, 'Person' | 'State' | 'Organization' | 'Treaty' | 'Place'>;

/** How a mention names its entity. */
export type Via = 'name' | 'surname' | 'metonym' | 'adjective' | 'role' | 'pattern' | 'anaphora';

/** A stretch of text that refers to an entity; offsets in UTF-16 code units. */
export interface Mention {
  start: number;
  end: number;
  text: string;
  kind: EntityKind;
  /** Node key: "person:sergey-lavrov". */
  entity: string;
  /** Canonical name: "Сергей Лавров". */
  name: string;
  via: Via;
}

/** What a document says about an entity that is not in the knowledge base (or adds to one that is). */
export interface EntityInfo {
  key: string;
  kind: EntityKind;
  name: string;
  nameEn?: string;
  wikidata?: string;
  gender?: 'm' | 'f';
  isSource?: boolean;
  subtype?: 'treaty' | 'agreement' | 'proposal';
  year?: number;
  partOf?: string;
}

/** A person named in the text but not (necessarily) in the knowledge base: a token range and the name. */
export interface PersonSpan {
  first: number;
  last: number;
  name: string;
  gender: 'm' | 'f' | null;
  /** The surname's nominative, for linking later surname-only mentions. */
  surname: string;
}
