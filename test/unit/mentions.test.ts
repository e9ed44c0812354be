import { beforeAll, describe, expect, it } from 'vitest';
import { extractMentions } from '../../ingest/mentions/extract.ts';
import { initMorph } from '../../ingest/morph/morph.ts';
import { toArticle } from '../../ingest/article.ts';

beforeAll(() => initMorph());

const entitiesIn = (text: string, date: string | null = '2022-01-21') => extractMentions(text, { date });
const found = (text: string, date?: string | null) => entitiesIn(text, date).mentions.filter((m) => m.via !== 'role').map((m) => [m.text, m.entity] as const);

describe('mentions of knowledge-base entities', () => {
  it('resolves inflected forms to one canonical entity', () => {
    const mentions = found('Сергей Лавров прилетел в Женеву. Лаврова встретили послы. С Лавровым говорил Блинкен, а Блинкену ответил Сергеем Лавровым названный министр.');
    expect(mentions.filter(([, e]) => e === 'person:sergey-lavrov').map(([t]) => t)).toEqual(['Сергей Лавров', 'Лаврова', 'Лавровым', 'Сергеем Лавровым']);
    expect(mentions.filter(([, e]) => e === 'person:antony-blinken').map(([t]) => t)).toEqual(['Блинкен', 'Блинкену']);
    expect(mentions).toContainEqual(['Женеву', 'place:geneva']);
  });

  it('knows states by their official names, abbreviations and adjectives', () => {
    const { mentions } = entitiesIn('Соединенные Штаты и Российская Федерация договорились. Представители РФ и США, а также российская делегация прибыли.');
    const usa = mentions.filter((m) => m.entity === 'state:usa').map((m) => m.text);
    const russia = mentions.filter((m) => m.entity === 'state:russia').map((m) => [m.text, m.via]);
    expect(usa).toEqual(['Соединенные Штаты', 'США']);
    expect(russia).toEqual([['Российская Федерация', 'name'], ['РФ', 'name'], ['российская', 'adjective']]);
  });

  it('reads capitals and seats of power as the state when they act, as places otherwise', () => {
    const mentions = found('Кремль ответил на предложение. В Кремле заявили, что ждут ответа. Москва настаивает на своем. Делегации встретились в Москве.');
    expect(mentions).toEqual([
      ['Кремль', 'state:russia'],
      ['Кремле', 'state:russia'],
      ['Москва', 'state:russia'],
      ['Москве', 'place:moscow'],
    ]);
  });

  it('reads Brussels as NATO only where the article names NATO', () => {
    expect(found('НАТО расширяется. Брюссель ответил Москве жестко.')).toContainEqual(['Брюссель', 'org:nato']);
    expect(found('Министры прибыли в Брюссель на переговоры.')).toContainEqual(['Брюссель', 'place:brussels']);
  });

  it('tells a ministry of one state from the bare ministry of Russian news', () => {
    expect(found('МИД опубликовал проект договора.')).toEqual([['МИД', 'org:russia-mfa']]);
    const tajik = entitiesIn('МИД Таджикистана заявил о проблеме.').mentions.find((m) => m.kind === 'Organization');
    expect([tajik?.text, tajik?.entity]).toEqual(['МИД Таджикистана', 'org:mfa-tajikistan']);
  });

  it("reads a state's adjective misspelt by a letter, but no real word and no prefixed one", () => {
    expect(found('Прошли беседы с участием росийской и британской делегаций.')).toEqual([['росийской', 'state:russia'], ['британской', 'state:uk']]);
    expect(found('Здание в романском стиле захватили пророссийские активисты на всепольском съезде.')).toEqual([]);
  });

  it('reads a two-letter stem of an inflected East Asian name: "Ким Чен Ына", "Юн Сок Ёля"', () => {
    expect(found('Трамп встретился с Ким Чен Ыном, а Кисида принял Юн Сок Ёля.', '2023-03-17').filter(([, e]) => e !== 'person:donald-trump' && e !== 'person:fumio-kishida')).toEqual([
      ['Ким Чен Ыном', 'person:kim-jong-un'],
      ['Юн Сок Ёля', 'person:yoon-suk-yeol'],
    ]);
  });

  it('finds treaties by name and abbreviation', () => {
    const mentions = found('Россия приостановила участие в ДСНВ. Договор о ликвидации ракет средней и меньшей дальности прекратил действие, а по Договору по открытому небу полеты прекращены.');
    expect(mentions.filter(([, e]) => e.startsWith('treaty:')).map(([, e]) => e)).toEqual(['treaty:new-start', 'treaty:inf', 'treaty:open-skies']);
  });
});

describe('people not in the knowledge base', () => {
  it('normalizes a full name to the nominative and links later surname mentions', () => {
    const { mentions, entities } = entitiesIn('Политолог Аркадий Семенцов считает иначе. По мнению Семенцова, санкции не работают. Семенцову возразили.');
    expect(entities.get('person:arkadiy-sementsov')?.name).toBe('Аркадий Семенцов');
    expect(mentions.filter((m) => m.entity === 'person:arkadiy-sementsov').map((m) => m.text)).toEqual(['Аркадий Семенцов', 'Семенцова', 'Семенцову']);
  });

  it('gives a woman her feminine surname and reads names in oblique cases', () => {
    const { entities } = entitiesIn('Встреча с Мариной Ковалевой прошла в Минске. Затем слово дали Олегу Сидоренко и Игорю Петровичу Сахарову.');
    const names = [...entities.values()].filter((e) => e.kind === 'Person').map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['Марина Ковалева', 'Олег Сидоренко', 'Игорь Петрович Сахаров']));
  });

  it('keeps surname particles of foreign names', () => {
    const { entities } = entitiesIn('Лидер партии Марин Ле Пен выступила в Лионе.');
    expect([...entities.values()].map((e) => e.name)).toContain('Марин Ле Пен');
  });

  it('does not read a common noun opening a sentence as a name', () => {
    expect(found('Политики обсудили ситуацию. Эксперты ждут итогов.')).toEqual([]);
  });

  it('reads a town that is also a surname in another case as the town, unless "с" asks for that case', () => {
    // "Муром" is the town in the nominative or accusative, and "Мур" in the instrumental.
    expect(found('Губернатор посетил Муром и Суздаль.')).toEqual([['Муром', 'place:murom'], ['Суздаль', 'place:suzdal']]);
    expect(found('Ветеран Том Мур прославился. Позже с Муром встретился мэр.').map(([, e]) => e)).toEqual(['person:tom-mur', 'person:tom-mur']);
  });
});

describe('roles', () => {
  it('resolves a role phrase to the person named beside it, and records the office', () => {
    const { mentions, roles } = entitiesIn('Генсек НАТО Йенс Столтенберг прибыл в Вашингтон.');
    expect(roles).toContainEqual(expect.objectContaining({ person: 'person:jens-stoltenberg', role: 'secretary_general', of: 'org:nato', stated: true }));
    expect(mentions.some((m) => m.via === 'role')).toBe(false);
  });

  it('resolves "глава МИД России" and "российский министр" to the minister of the day', () => {
    const { mentions } = entitiesIn('Глава МИД России заявил о готовности к диалогу. Российский министр добавил, что ждет ответа.', '2022-01-21');
    expect(mentions.filter((m) => m.via === 'role').map((m) => [m.text, m.entity])).toEqual([
      ['Глава МИД', 'person:sergey-lavrov'],
      ['министр', 'person:sergey-lavrov'],
    ]);
  });

  it('resolves "своим турецким коллегой" to whoever holds there the office of the person named before', () => {
    const counterpart = (text: string, date: string | null) => entitiesIn(text, date).mentions.filter((m) => m.via === 'role' && m.text.includes('коллег')).map((m) => [m.text, m.entity]);
    expect(counterpart('Сергей Лавров провёл переговоры со своим турецким коллегой.', '2023-05-10')).toEqual([['турецким коллегой', 'person:mevlut-cavusoglu']]);
    expect(counterpart('Сергей Лавров провёл переговоры со своим турецким коллегой.', '2024-05-10')).toEqual([['турецким коллегой', 'person:hakan-fidan']]);
    expect(counterpart('Глава МИД России встретился с иранским коллегой.', '2024-09-20')).toEqual([['иранским коллегой', 'person:abbas-araghchi']]);
    expect(counterpart('Сергей Лавров провёл переговоры со своим турецким коллегой.', null)).toEqual([]);
  });

  it('resolves an office in the plural before a list of states to the holder in each, or to no one', () => {
    const holders = (text: string, date: string) => entitiesIn(text, date).mentions.filter((m) => m.via === 'role').map((m) => [m.text, m.entity]);
    expect(holders('Министры иностранных дел России, Турции и Ирана провели встречу.', '2018-09-26')).toEqual([
      ['России', 'person:sergey-lavrov'],
      ['Турции', 'person:mevlut-cavusoglu'],
      ['Ирана', 'person:mohammad-javad-zarif'],
    ]);
    // No Greek minister in the knowledge base: two states, not a man and a state.
    expect(holders('Встреча министров иностранных дел Турции и Греции отменена.', '2023-05-20')).toEqual([]);
  });

  it('resolves a bare role to the last person mentioned who holds it', () => {
    const { mentions } = entitiesIn('Энтони Блинкен прибыл в Женеву. Госсекретарь сразу провел встречу.', null);
    expect(mentions.find((m) => m.via === 'role')?.entity).toBe('person:antony-blinken');
  });

  it('resolves an office by the date: the secretary of state of 2015 is not that of 2022', () => {
    const at = (date: string) => entitiesIn('Госсекретарь США прибыл в Москву.', date).mentions.find((m) => m.via === 'role')?.entity;
    expect(at('2022-01-21')).toBe('person:antony-blinken');
    expect(at('2015-05-12')).toBe('person:john-kerry');
  });

  it('does not take a case-mismatched name as an apposition', () => {
    const { roles } = entitiesIn('Речь президента Дмитрий Кулебякин назвал сильной.', null);
    expect(roles.filter((r) => r.stated)).toEqual([]);
  });

  it('reads an office with a state adjective inside it: "Помощник украинского президента Дмитрий Кулебякин"', () => {
    const { roles } = entitiesIn('Помощник украинского президента Дмитрий Кулебякин выступил.', null);
    expect(roles.filter((r) => r.stated).map(({ person, role, of }) => ({ person, role, of }))).toEqual([
      { person: 'person:dmitriy-kulebyakin', role: 'presidential_aide', of: 'state:ukraine' },
    ]);
  });
});

describe('cleaning comes first', () => {
  it('a feed line that names people produces no entity', () => {
    const article = toArticle({ path: 'a.txt', text: 'Шойгу прибыл в Минск\n\nМинистр обороны России Сергей Шойгу прибыл в Минск с визитом. Он проведет переговоры.\n\nЛента новостей\nМакрон предупредил Европу Политика, 13:23\nЗеленский назвал условие Политика, 12:54\n' });
    const keys = [...extractMentions(article.text, { date: null }).entities.keys()];
    expect(keys).toContain('person:sergei-shoigu');
    expect(keys).not.toContain('person:emmanuel-macron');
    expect(keys).not.toContain('person:volodymyr-zelenskyy');
  });
});
