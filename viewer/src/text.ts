/** A private-use stand-in that keeps й whole through the decomposition. */
const SHORT_I = '\uE000';

/**
 * The form names are compared in: lower case, ё as е, stress marks and Latin diacritics dropped
 * ("Лавро́ва" = "лаврова", "Çavuşoğlu" = "cavusoglu"); й keeps its breve, it is a letter of its own.
 */
export function normalizeForSearch(text: string): string {
  return text
    .toLocaleLowerCase('ru')
    .replace(/й/g, SHORT_I)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replaceAll(SHORT_I, 'й')
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Words of a normalized form, so "лавр" finds "сергей лавров". */
export function words(normalized: string): string[] {
  return normalized.split(/[\s\-‐–—«»"'“”„()[\],.:;!?/]+/).filter(Boolean);
}

export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
