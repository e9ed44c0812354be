import { analyze } from '../morph/morph.ts';
import type { Token } from '../segment/tokens.ts';
import { isCommonWord } from './given.ts';
import type { PersonSpan } from './types.ts';

// The commonest Chinese, Korean and Vietnamese family names as Russian writes them (Palladius and Kontsevich).
// Such a name is the family name first, then one or two short syllables: "Ван Цзюнь", "Ким Чен Ын", "Ли Со Ён".
const FAMILY = new Set([
  'Ван', 'Ли', 'Чжан', 'Лю', 'Чэнь', 'Чен', 'Ян', 'Хуан', 'Чжао', 'Чжоу', 'Сюй', 'Сунь', 'Ма', 'Чжу', 'Ху', 'Го', 'Хэ', 'Линь', 'Гао', 'Лян',
  'Чжэн', 'Се', 'Сун', 'Тан', 'Хань', 'Фэн', 'Дэн', 'Цао', 'Пэн', 'Цзэн', 'Сяо', 'Тянь', 'Дун', 'Пань', 'Юань', 'Цай', 'Цзян', 'Юй', 'Ду', 'Е',
  'Чэн', 'Вэй', 'Су', 'Лу', 'Дин', 'Жэнь', 'Шэнь', 'Яо', 'Цуй', 'Чжун', 'Тань', 'Фань', 'Цзинь', 'Ши', 'Ляо', 'Цзя', 'Ся', 'Фу', 'Фан',
  'Бай', 'Цзоу', 'Мэн', 'Сюн', 'Цинь', 'Цю', 'Инь', 'Сюэ', 'Янь', 'Дуань', 'Лэй', 'Хоу', 'Лун', 'Мао', 'Гу', 'Кун', 'Си', 'Вэнь',
  'Ким', 'Пак', 'Чхве', 'Чон', 'Кан', 'Чо', 'Юн', 'Чан', 'Лим', 'Хан', 'Син', 'Квон', 'Хван', 'Ан', 'Ю', 'Хон', 'Ко', 'Мун', 'Пэ', 'Пэк',
  'Нам', 'Но', 'Ха', 'Чу', 'Нгуен', 'Фам', 'Хоанг', 'Ву', 'Данг', 'Буй', 'Нго', 'Зыонг', 'Чыонг',
]);
// A syllable of a transliterated given name: one capital and up to five letters, maybe hyphenated ("Чен-Ын").
const SYLLABLE = /^[А-ЯЁ][а-яё]{0,5}(?:-[А-ЯЁа-яё][а-яё]{0,5})?$/;

// Short syllables ("Ир", "Сен") may spell Russian words; longer ones must not ("Ли Вчера").
const syllable = (t: Token | undefined): t is Token => Boolean(t?.isWord && SYLLABLE.test(t.text) && (t.text.length <= 3 || !isCommonWord(t)));

const functionWord = (t: Token) => ['PREP', 'CONJ', 'PRCL', 'NPRO', 'ADVB', 'INTJ'].includes(analyze(t.text)[0]?.pos ?? '');

/** "Ван Цзюнь", "Ким Чен Ына": a listed family name and one or two syllables after it, among free tokens. */
export function eastAsianName(tokens: readonly Token[], i: number, free: (i: number) => boolean): PersonSpan | null {
  const family = tokens[i]!;
  if (!FAMILY.has(family.text)) return null;
  let j = i;
  while (j - i < 2 && syllable(tokens[j + 1]) && free(j + 1) && tokens[j + 1]!.start - tokens[j]!.end === 1) j++;
  if (j === i) return null;
  // Burmese names have no family name and may run on before one: "Аун Сан Су Чжи".
  let k = i;
  while (i - k < 2 && syllable(tokens[k - 1]) && !functionWord(tokens[k - 1]!) && free(k - 1) && tokens[k]!.start - tokens[k - 1]!.end === 1) k--;
  const name = tokens.slice(k, j + 1).map((t) => t.text).join(' ');
  return { first: k, last: j, name, gender: null, surname: k === i ? family.text : name };
}
