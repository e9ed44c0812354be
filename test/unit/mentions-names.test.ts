import { beforeAll, describe, expect, it } from 'vitest';
import { extractMentions } from '../../ingest/mentions/extract.ts';
import { initMorph } from '../../ingest/morph/morph.ts';

beforeAll(() => initMorph());

const mentionsOf = (text: string) => extractMentions(text, { date: '2021-06-01' }).mentions.filter((m) => m.via !== 'role');
const texts = (text: string, kind: string) => mentionsOf(text).filter((m) => m.kind === kind && m.via !== 'adjective').map((m) => m.text);

describe('organization names as written', () => {
  it('spans the descriptor and its adjectives, not words of praise', () => {
    expect(texts('Сделку одобрила немецкая компания Siemens.', 'Organization')).toEqual(['немецкая компания Siemens']);
    expect(texts('Акции популярной социальной сети Instagram выросли.', 'Organization')).toEqual(['социальной сети Instagram']);
    const paper = mentionsOf('Об этом написала ежемесячная газета «Новый взгляд» в среду.').find((m) => m.kind === 'Organization');
    // The span stops before the closing quote, as factRuEval marks it.
    expect(paper?.text).toBe('ежемесячная газета «Новый взгляд');
  });

  it('keeps a name in another case out of the descriptor: the operator of a channel is no channel', () => {
    expect(texts('Оператор Аль-Джазиры Ахмед Саид задержан.', 'Organization')).not.toContainEqual(expect.stringContaining('Оператор'));
  });

  it('joins a body to the state it belongs to, keeping the state', () => {
    const mentions = mentionsOf('Сотрудники МЧС России прибыли на место.');
    expect(mentions.map((m) => [m.text, m.kind])).toEqual([['МЧС России', 'Organization'], ['России', 'State']]);
    expect(texts('Руководитель РКК «Звезда» выступил.', 'Organization')).toEqual(['РКК «Звезда']);
  });

  it('reads government bodies named by the state or its adjective', () => {
    expect(texts('Японское правительство одобрило план.', 'Organization')).toEqual(['Японское правительство']);
    expect(texts('Власти Таиланда ввели режим.', 'Organization')).toEqual(['Власти Таиланда']);
    expect(texts('Партия пришла к власти в Таиланде.', 'Organization')).toEqual([]);
  });

  it('reads what an institution is for, but not an adverbial after it', () => {
    expect(texts('Председатель Комитета по иностранным делам выступил.', 'Organization')).toEqual(['Комитета по иностранным делам']);
    expect(texts('Госдума по итогам голосования приняла закон.', 'Organization').join()).not.toContain('итогам');
  });

  it('does not take dictionary abbreviations or Roman numerals for organizations', () => {
    expect(texts('Он отправил СМС другу в XXI веке.', 'Organization')).toEqual([]);
  });
});

describe('people with foreign and East Asian names', () => {
  it('reads foreign given names from the lexicon and puts the surname into the nominative', () => {
    const people = mentionsOf('Тренер Хорхе Фернандес ответил Оливеру Стоуну.').filter((m) => m.kind === 'Person');
    expect(people.map((m) => [m.text, m.name])).toEqual([['Хорхе Фернандес', 'Хорхе Фернандес'], ['Оливеру Стоуну', 'Оливер Стоун']]);
  });

  it('gives a Latin gloss in parentheses the entity of the name before it', () => {
    const people = mentionsOf('Журналист Джоэл Смит (Joel Smith) выступил.').filter((m) => m.kind === 'Person');
    expect(people.map((m) => m.text)).toEqual(['Джоэл Смит', 'Joel Smith']);
    expect(new Set(people.map((m) => m.entity)).size).toBe(1);
  });

  it('reads Chinese, Korean and Burmese names', () => {
    expect(texts('Ли Пэн встретился с Пак Чон Еп.', 'Person')).toEqual(['Ли Пэн', 'Пак Чон Еп']);
    expect(texts('Пак Чон Еп прилетел.', 'Organization')).toEqual([]);
    expect(texts('Вчера освобождена Аун Сан Су Чжи.', 'Person')).toEqual(['Аун Сан Су Чжи']);
  });

  it('reads a given name alone, but not a quoted one', () => {
    expect(texts('В гости приехала дочь Лиза.', 'Person')).toEqual(['Лиза']);
    expect(texts('Корабль «Орион» стартовал.', 'Person')).toEqual([]);
  });

  it('tells brothers apart and lets a given name win over a place that spells it', () => {
    const people = mentionsOf('Иван Петров и его брат Олег Петров приехали. Питер Смит прилетел в Питер.');
    const keys = people.filter((m) => m.kind === 'Person').map((m) => [m.text, m.entity]);
    expect(new Set(keys.slice(0, 2).map(([, e]) => e)).size).toBe(2);
    expect(people.map((m) => [m.text, m.kind])).toContainEqual(['Питер Смит', 'Person']);
    expect(people.map((m) => [m.text, m.kind])).toContainEqual(['Питер', 'Place']);
  });

  it('keeps regnal numbers and does not read a town as a surname', () => {
    expect(texts('Император Фердинанд III издал указ.', 'Person')).toEqual(['Фердинанд III']);
    expect(texts('Церемония прошла в городе Грозном.', 'Person')).toEqual([]);
  });
});

describe('two surnames side by side', () => {
  it('are two people, not one "Лавровым Блинкен"', () => {
    const people = mentionsOf('Встреча с Лавровым Блинкену понадобилась для отчета.').filter((m) => m.kind === 'Person');
    expect(people.map((m) => m.entity)).toEqual(['person:sergey-lavrov', 'person:antony-blinken']);
  });

  it('are two people when the dictionary knows only one of them: "с Эрдоганом Путин"; a given name opens one name', () => {
    const people = mentionsOf('После переговоров с Эрдоганом Путин заявил журналистам, что доволен.').filter((m) => m.kind === 'Person');
    expect(people.map((m) => m.entity)).toEqual(['person:recep-tayyip-erdogan', 'person:vladimir-putin']);
    expect(mentionsOf('Мишель Обама выступила в Чикаго.').filter((m) => m.kind === 'Person').map((m) => m.text)).toEqual(['Мишель Обама']);
  });
});
