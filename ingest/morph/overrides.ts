import type { Reading } from './reading.ts';

// Words the 2016 OpenCorpora dictionary misses or misreads in news about diplomacy
// (it reads "Рябков" as "рябок", "Байдена" as a participle, "США" as a common noun).

type Entry = [surface: string, lemma: string, pos: string, tags: string];

const ENTRIES: Entry[] = [
  ['рябков', 'рябков', 'NOUN', 'anim masc Surn sing nomn'],
  ['рябкова', 'рябков', 'NOUN', 'anim masc Surn sing gent'],
  ['рябкову', 'рябков', 'NOUN', 'anim masc Surn sing datv'],
  ['рябковым', 'рябков', 'NOUN', 'anim masc Surn sing ablt'],
  ['рябкове', 'рябков', 'NOUN', 'anim masc Surn sing loct'],
  ['песков', 'песков', 'NOUN', 'anim masc Surn sing nomn'],
  ['байден', 'байден', 'NOUN', 'anim masc Surn sing nomn'],
  ['байдена', 'байден', 'NOUN', 'anim masc Surn sing gent'],
  ['байдену', 'байден', 'NOUN', 'anim masc Surn sing datv'],
  ['байденом', 'байден', 'NOUN', 'anim masc Surn sing ablt'],
  ['байдене', 'байден', 'NOUN', 'anim masc Surn sing loct'],
  ['блинкен', 'блинкен', 'NOUN', 'anim masc Surn sing nomn'],
  ['блинкена', 'блинкен', 'NOUN', 'anim masc Surn sing gent'],
  ['блинкену', 'блинкен', 'NOUN', 'anim masc Surn sing datv'],
  ['блинкеном', 'блинкен', 'NOUN', 'anim masc Surn sing ablt'],
  ['блинкене', 'блинкен', 'NOUN', 'anim masc Surn sing loct'],
  ['сша', 'сша', 'NOUN', 'inan plur Fixd Abbr Geox nomn'],
  ['обсе', 'обсе', 'NOUN', 'inan femn Fixd Abbr Orgn nomn'],
  ['госдепартамент', 'госдепартамент', 'NOUN', 'inan masc Orgn sing nomn'],
  ['госдеп', 'госдеп', 'NOUN', 'inan masc Orgn sing nomn'],
];

export const OVERRIDES: ReadonlyMap<string, Reading[]> = (() => {
  const map = new Map<string, Reading[]>();
  for (const [surface, lemma, pos, tags] of ENTRIES) {
    const list = map.get(surface) ?? [];
    list.push({ lemma, pos, tags: new Set(tags.split(' ')), score: 1 });
    map.set(surface, list);
  }
  return map;
})();
