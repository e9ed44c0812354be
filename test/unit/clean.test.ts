import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../ingest/clean/clean.ts';
import { ROOT } from '../helpers.ts';

const fixture = (name: string) => readFileSync(join(ROOT, 'test/fixtures/articles', name), 'utf8');

interface Case {
  file: string;
  title: string | null;
  published: string | null;
  keep: string[];
  drop: string[];
}

// Each fixture pairs a noisy page with the sentences that must survive and the furniture that must go.
const CASES: Case[] = [
  {
    file: 'noisy-portal.txt',
    title: 'Шольц и Макрон обсудили в Берлине помощь Киеву',
    published: null,
    keep: [
      'Канцлер Германии Олаф Шольц принял в Берлине президента Франции Эммануэля Макрона в понедельник, 5 июня.',
      'Политики говорили около трех часов.',
      '«Мы едины в главном», — сказал Шольц после встречи.',
      'Макрон предложил созвать весной новую конференцию по безопасности в Европе.',
    ],
    drop: ['Перейти к основному контенту', 'Фото:', 'Макрон сообщил о планах новой встречи в Париже', 'Эммануэль Макрон\n', 'Кредит на любые цели',
      'РЕКЛАМА', '₽', 'Оставьте заявку', 'Теги', 'Прямой эфир', 'Ошибка воспроизведения', 'Лента новостей', 'Курс евро', 'EUR ЦБ', 'Губернатор открыл', 'фестиваль уличной еды', 'Мир ,'],
  },
  {
    file: 'noisy-aggregator.txt',
    title: null,
    published: null,
    keep: [
      'В Анкаре завершились консультации заместителя министра иностранных дел России Михаила Галузина и его турецкого коллеги, сообщает агентство.',
      'Стороны обсудили зерновую сделку.',
      'Галузин назвал разговор полезным.',
      'Эксперты считают, что переговоры продолжатся летом.',
      'Турецкая сторона предложила провести следующий раунд в Стамбуле.',
    ],
    drop: ['Для подписки', 'Эрдоган снова позвонил Путину', 'Подробнее', 'Зеленский ответил Эрдогану', 'Photo:', 'Главный редактор', 'Адрес электронной почты',
      'Читайте также', 'Галузин прибыл в Анкару', 'Турция предложила посредничество', 'Оставьте комментарий'],
  },
  {
    file: 'numeric-dateline.txt',
    title: 'Рябков: консультации по стратегической стабильности продолжатся',
    published: '2023-07-05T09:15:00+03:00',
    keep: ['Заместитель министра иностранных дел России Сергей Рябков заявил, что консультации с США по стратегической стабильности продолжатся осенью.'],
    drop: ['05/07/2023', 'Другие новости', 'В Казани открылся', 'Синоптики', 'Вчера в'],
  },
];

describe('cleanArticle', () => {
  it.each(CASES)('$file: keeps the body, drops the furniture', ({ file, title, published, keep, drop }) => {
    const cleaned = cleanArticle(fixture(file));
    expect(cleaned.title).toBe(title);
    expect(cleaned.published).toBe(published);
    for (const sentence of keep) expect(cleaned.text).toContain(sentence);
    for (const junk of drop) expect(cleaned.text + '\n').not.toContain(junk);
  });

  it('records every drop with its line and reason', () => {
    const text = fixture('noisy-portal.txt');
    const cleaned = cleanArticle(text);
    const feedLine = text.split('\n').indexOf('Лента новостей') + 1;
    expect(cleaned.dropped).toContainEqual({ line: 1, text: 'Перейти к основному контенту', reason: 'page furniture' });
    expect(cleaned.dropped).toContainEqual({ line: feedLine, text: 'Лента новостей', reason: 'news feed' });
    expect(cleaned.dropped.find((d) => d.text.startsWith('ОБЩЕСТВО'))?.reason).toBe('advertisement');
  });

  it('puts the title first and separates paragraphs by blank lines', () => {
    const cleaned = cleanArticle(fixture('numeric-dateline.txt'));
    expect(cleaned.text.startsWith(`${cleaned.title}\n\n`)).toBe(true);
    expect(cleaned.text.split('\n\n')).toHaveLength(2);
  });

  it('takes a given title instead of the first line, and drops the repeated headline', () => {
    const cleaned = cleanArticle('Заголовок страницы целиком\nТекст статьи о переговорах в Вене. Он длиннее заголовка.', { title: 'Свой заголовок' });
    expect(cleaned.title).toBe('Свой заголовок');
    expect(cleaned.text).toBe('Свой заголовок\n\nТекст статьи о переговорах в Вене. Он длиннее заголовка.');
  });

  it('leaves a whole article in English alone', () => {
    const english = 'Foreign ministers met in Geneva on Friday. They discussed strategic stability and embassies at length.';
    expect(cleanArticle(english).body).toBe(english);
  });

  it('leaves a feed when a real paragraph follows it', () => {
    const text = 'Читайте также\nКурс доллара на завтра\n' +
      'Вернемся к переговорам. Министры договорились встретиться снова через месяц, а эксперты продолжат работу над текстом соглашения. Следующий раунд пройдет в Вене, сообщили дипломаты.';
    const cleaned = cleanArticle(text);
    expect(cleaned.body).toContain('Министры договорились встретиться снова');
    expect(cleaned.body).not.toContain('Курс доллара');
  });

  it('drops the line after "Реклама", unless it carries on the story', () => {
    const story = 'Лавров и Фидан провели переговоры в Анкаре.\nСтороны обсудили зерновую сделку.\nРеклама\n';
    const resumed = cleanArticle(`${story}Фидан предложил продлить зерновую сделку еще на год.`);
    expect(resumed.body).toContain('Фидан предложил продлить');
    const ad = cleanArticle(`${story}Оформите ипотеку онлайн за пять минут.`);
    expect(ad.body).not.toContain('ипотеку');
    expect(ad.dropped.map((d) => d.reason)).toContain('teaser');
  });
});
