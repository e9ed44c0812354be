// What scraped news pages wrap around an article body. Each rule names why a line or sentence goes.

/** Whole lines that are page furniture. */
export const BOILERPLATE_LINES: Array<[RegExp, string]> = [
  [/^(Читать в полной версии|Перейти к основному контенту|Версия для печати|Поделиться|Теги|Прямой эфир|Реклама|Комментарии|Подписаться)\s*:?$/i, 'page furniture'],
  [/^Оставьте (комментарий|заявку)/i, 'comment or form prompt'],
  [/^(Ошибка воспроизведения видео|Пожалуйста, обновите ваш браузер)/i, 'video player message'],
  [/^Главный редактор:|Адрес электронной почты Редакции|^©|^Все права защищены|^18\+$/i, 'imprint'],
  [/^.{0,150}\((Фото|Photo|Фотография|Источник фото|Кадр)\s*:[^)]*\)$|^(Фото|Photo|Иллюстрация)\s*:[^.!?]{0,150}\.?$/i, 'photo credit'],
  [/^(EUR|USD|CNY|GBP)\s+ЦБ:|^Курс (евро|доллара|юаня)(?!\p{L})/iu, 'currency rates'],
  [/(^|\s)(Сегодня|Вчера),? в \d{1,2}:\d{2}/, 'news feed'],
  [/\s(Политика|Экономика|Бизнес|Общество|Спорт|Финансы|Инвестиции|Недвижимость|Технологии|Pro|Мир|Культура),\s*\d{1,2}:\d{2}$/, 'news feed'],
  [/\s\|\s|\|$/, 'link list'],
  [/РЕКЛАМА|ЛИЦЕНЗИЯ|₽/, 'advertisement'],
];

/** A line that opens a feed of unrelated headlines: everything after it goes until a real paragraph. */
export const FEED_HEADERS =
  /^(Другие новости|Лента новостей|Читайте также|Новости партнеров|Новости партнёров|Популярное|Самое читаемое|Самое популярное|Последние новости|Новости по теме|Материалы по теме|Смотрите также|Похожие новости|Ещё по теме|Еще по теме|До встречи|Выбор редакции|Главное за сутки)\s*:?$/i;

/** Teaser blocks: a marker line whose next line is another article's headline. */
export const TEASER_MARKERS = /^(Pro|Реклама|Партнерский материал|Спецпроект)$/;

/** Sentences inside body paragraphs that are not the article's. */
export const BOILERPLATE_SENTENCES: Array<[RegExp, string]> = [
  [/^(Фото|Photo|Иллюстрация)\s*:/i, 'photo credit'],
  [/^Для подписки на уведомления|нажмите здесь\.?$/i, 'subscription prompt'],
  [/^Подробнее\s*[—–-]\s*в\s/i, 'cross-promotion'],
  [/^(Читайте|Смотрите) (также|нас)(?!\p{L})|^Подписывайтесь(?!\p{L})/iu, 'cross-promotion'],
];

/** Ends like a sentence: ., !, ?, …, : or ;, then maybe closing quotes or brackets. */
export const SENTENCE_END = /[.!?…:;][»"”'’)\]]*$/;
