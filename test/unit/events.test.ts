import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeGraph } from '../../src/graph/model.ts';
import { initMorph } from '../../ingest/morph/morph.ts';
import { graphOf, type RawDoc } from '../eval/fixture-graph.ts';
import { EDGE_TYPES, scoreFixtures } from '../eval/fixtures.ts';

beforeAll(() => initMorph());

const doc = (text: string, published = '2023-03-14T10:00:00+03:00', id = 'a'): RawDoc => ({ id, text: `Заголовок новости\n\n${text}`, published });
const meetings = (g: KnowledgeGraph) => g.filterNodes((_k, a) => a.kind === 'Meeting').flatMap((k) => {
  const attrs = g.getNodeAttributes(k);
  return attrs.kind === 'Meeting' ? [attrs] : [];
});
const claims = (g: KnowledgeGraph, type: string) => g.filterEdges((_e, a) => a.type === type).map((e) => [g.source(e), g.target(e)]);

describe('meetings', () => {
  it('reads a held meeting with participants, date, place and kind', async () => {
    const g = await graphOf([doc('Сергей Лавров и Энтони Блинкен провели переговоры в Женеве 14 марта.')]);
    expect(meetings(g)).toEqual([expect.objectContaining({ status: 'held', date: '2023-03-14', place: 'Женева', meetingType: 'talks' })]);
    expect(claims(g, 'MET')).toEqual([['person:antony-blinken', 'person:sergey-lavrov']]);
  });

  it.each([
    ['Стороны рассчитывают провести встречу Лаврова и Блинкена в Женеве в апреле.', 'planned'],
    ['Встреча Лаврова и Блинкена в Женеве состоится 20 марта.', 'planned'],
    ['Встреча Лаврова и Блинкена в Женеве, намеченная на 20 марта, отменена.', 'cancelled'],
    ['Встреча Лаврова и Блинкена в Женеве 20 марта скорее всего не состоится.', 'cancelled'],
  ])('"%s" is %s, and gives no MET', async (text, status) => {
    const g = await graphOf([doc(text)]);
    expect(meetings(g).map((m) => m.status)).toEqual([status]);
    expect(claims(g, 'MET')).toEqual([]);
  });

  it('merges one meeting reported by two outlets into one node with evidence from each', async () => {
    const g = await graphOf([
      doc('Лавров и Блинкен встретились в Женеве 14 марта.', '2023-03-14T18:00:00+03:00', 'a'),
      doc('Переговоры Сергея Лаврова и Энтони Блинкена прошли в Женеве во вторник, 14 марта.', '2023-03-15T09:00:00+03:00', 'b'),
    ]);
    const keys = g.filterNodes((_k, a) => a.kind === 'Meeting');
    expect(keys).toHaveLength(1);
    const articles = new Set(g.mapInEdges(keys[0]!, (_e, a) => (a.type === 'PARTICIPATED_IN' ? a.evidence.map((ev) => ev.article) : [])).flat());
    expect(articles.size).toBe(2);
  });

  it('makes a planned meeting held when a later article reports it held', async () => {
    const g = await graphOf([
      doc('Лавров и Блинкен проведут встречу в Женеве 14 марта.', '2023-03-10T12:00:00+03:00', 'a'),
      doc('Лавров и Блинкен встретились в Женеве 14 марта.', '2023-03-14T18:00:00+03:00', 'b'),
    ]);
    expect(meetings(g).map((m) => [m.status, m.date])).toEqual([['held', '2023-03-14']]);
  });

  it('gives a side meeting "на полях" the summit\'s date and place', async () => {
    const g = await graphOf([doc('Саммит G20 прошел в Нью-Дели 9 сентября. Макрон и Моди провели переговоры на полях саммита.', '2031-09-10T12:00:00+03:00')]);
    const side = meetings(g).find((m) => m.meetingType === 'talks');
    expect([side?.date, side?.place]).toEqual(['2031-09-09', 'Нью-Дели']);
  });

  it('reads "его встреча с …" as a meeting of the person the sentence is about', async () => {
    const g = await graphOf([doc('Олаф Шольц прибудет в Москву 15 марта, где состоится его встреча с Владимиром Путиным.', '2023-03-10T12:00:00+03:00')]);
    expect(g.filterNodes((_k, a) => a.kind === 'Meeting').flatMap((k) => g.inNeighbors(k)).sort()).toEqual(['person:olaf-scholz', 'person:vladimir-putin']);
  });

  it('keeps meetings on different days apart', async () => {
    const g = await graphOf([doc('Лавров и Блинкен встретились в Женеве 14 марта. Лавров и Блинкен снова встретились в Женеве 2 июня.', '2023-06-03T12:00:00+03:00')]);
    expect(meetings(g).map((m) => m.date).sort()).toEqual(['2023-03-14', '2023-06-02']);
  });
});

describe('meetings in undated articles', () => {
  const undated = (text: string, id = 'u'): RawDoc => ({ id, text: `Заголовок новости\n\n${text}` });

  it('keeps a day without a year, and says the year is unknown', async () => {
    const g = await graphOf([undated('Сергей Лавров и Энтони Блинкен провели переговоры в Женеве 14 марта.')]);
    expect(meetings(g)).toEqual([expect.objectContaining({ date: null, monthDay: '--03-14', place: 'Женева' })]);
    expect(meetings(g)[0]?.name).toMatch(/year unknown/);
  });

  it('takes the year from a dated report of the same meeting, whichever comes first', async () => {
    const dated = doc('Лавров и Блинкен встретились в Женеве 14 марта.', '2023-03-14T18:00:00+03:00', 'd');
    const loose = undated('Переговоры Сергея Лаврова и Энтони Блинкена прошли в Женеве 14 марта.');
    for (const order of [[dated, loose], [loose, dated]]) {
      const g = await graphOf(order);
      expect(meetings(g).map((m) => [m.date, m.monthDay])).toEqual([['2023-03-14', undefined]]);
    }
  });

  it('counts "через день" and "на следующий день" from a day without a year', async () => {
    const g = await graphOf([undated('В понедельник, 10 марта, в Женеве прошли переговоры России и Китая. Через день в Брюсселе состоялось заседание Совета Россия — НАТО.')]);
    expect(meetings(g).map((m) => m.monthDay).sort()).toEqual(['--03-10', '--03-12']);
  });

  it('dates a well-known summit from the knowledge base: an undated "16 июня в Женеве" is 2021-06-16', async () => {
    const g = await graphOf([undated('Переговоры президентов России и США Владимира Путина и Джо Байдена прошли 16 июня в Женеве.')]);
    expect(meetings(g).map((m) => [m.date, m.place, m.event?.startsWith('event:')])).toEqual([['2021-06-16', 'Женева', true]]);
    expect(claims(g, 'MET')).toContainEqual(['person:joe-biden', 'person:vladimir-putin']);
  });

  it('does not take a known event for a meeting of other people at that place', async () => {
    const g = await graphOf([undated('Эмманюэль Макрон и Олаф Шольц провели переговоры в Женеве.')]);
    expect(meetings(g).map((m) => m.event)).toEqual([undefined]);
  });
});

describe('meeting participants and merging', () => {
  it('reads the sides of a compound adjective: "российско-китайского саммита"', async () => {
    const g = await graphOf([doc('Российско-китайские переговоры прошли в Пекине 5 марта.')]);
    expect(g.filterNodes((_k, a) => a.kind === 'Meeting').flatMap((k) => g.inNeighbors(k)).sort()).toEqual(['state:china', 'state:russia']);
  });

  it('keeps two undated meetings of the same people apart: a call and a planned visit', async () => {
    const g = await graphOf([{ id: 'u', text: 'Заголовок\n\nЛавров и Блинкен провели телефонный разговор. Лавров и Блинкен планируют встречу.' }]);
    expect(meetings(g).map((m) => [m.meetingType, m.status]).sort()).toEqual([['meeting', 'planned'], ['phone_call', 'held']]);
  });

  it('reads hosting a guest as a meeting, but not "принял решение" or "принял предложение"', async () => {
    const g = await graphOf([doc('Президент Казахстана Касым-Жомарт Токаев принял в Астане министра иностранных дел Китая Ван И 14 марта.')]);
    expect(meetings(g)).toEqual([expect.objectContaining({ status: 'held', date: '2023-03-14', place: 'Астана' })]);
    expect(claims(g, 'MET')).toEqual([['person:kassym-jomart-tokayev', 'person:wang-yi']]);
    const other = await graphOf([doc('Токаев принял решение о визите. Лавров принял предложение Ван И.')]);
    expect(meetings(other)).toEqual([]);
  });

  it('takes a capital visited ("посетил Париж") as the city where the talks were, not France', async () => {
    const g = await graphOf([doc('Олаф Шольц посетил Париж 4 марта и провел переговоры с Эмманюэлем Макроном.')]);
    expect(meetings(g)).toEqual([expect.objectContaining({ place: 'Париж', date: '2023-03-04' })]);
  });

  it('takes the sides of an unnamed meeting from the sentence before only when it reports the meeting held', async () => {
    const held = await graphOf([doc('Россия и США обсудили гарантии безопасности. Переговоры по этому вопросу прошли 10 марта в Женеве.')]);
    expect(held.filterNodes((_k, a) => a.kind === 'Meeting').flatMap((k) => held.inNeighbors(k)).sort()).toEqual(['state:russia', 'state:usa']);
    const reaction = await graphOf([doc('Россия и Китай обсудили торговлю. А вот на Украине встречу в Рейкьявике встретили тревожно.')]);
    expect(meetings(reaction)).toEqual([]);
  });

  it('reads no meeting that is denied, sought by no one, or only dates another act', async () => {
    const g = await graphOf([
      doc('Юрий Ушаков опроверг сообщения о встрече российской и украинской делегаций в Эр-Рияде.'),
      doc('Американская сторона таких контактов с Россией не запрашивала.', undefined, 'b'),
      doc('Накануне визита президент Бразилии Лула да Силва выступил в парламенте.', undefined, 'c'),
    ]);
    expect(meetings(g)).toEqual([]);
    const placed = await graphOf([doc('После переговоров в Женеве Сергей Лавров заявил журналистам, что доволен итогами.')]);
    expect(meetings(placed)).toEqual([expect.objectContaining({ place: 'Женева' })]);
  });

  it('reads hosting with where and when between the verb and the guest, and dates "в тот же день" by the meeting before', async () => {
    const g = await graphOf([
      doc('Глава правительства Японии 16 марта принял в своей резиденции в Токио президента Южной Кореи Юн Сок Ёля.', '2023-03-17T09:00:00+03:00'),
      doc('Джо Байден и Нарендра Моди провели переговоры 11 марта. В тот же день Энтони Блинкен провел в Вашингтоне переговоры с Субраманьямом Джайшанкаром.', '2023-03-12T09:00:00+03:00', 'b'),
    ]);
    expect(meetings(g).map((m) => [m.date, m.place]).sort()).toEqual([['2023-03-11', null], ['2023-03-11', 'Вашингтон'], ['2023-03-16', 'Токио']]);
    expect(claims(g, 'MET').flat()).toContain('person:yoon-suk-yeol');
  });

  it('places a meeting in the city where the article also puts it in the state: "визит в Сербию" and "в Белград"', async () => {
    const g = await graphOf([{ id: 'v', published: '2019-01-14T13:00:00+03:00', text: 'Визит Путина в Сербию запланирован на 17 января\n\nВизит Владимира Путина в Белград запланирован на 17 января.' }]);
    expect(meetings(g).map((m) => m.place)).toEqual(['Белград']);
  });

  it('gives "следующая встреча президентов" the sides of the meeting reported before', async () => {
    const g = await graphOf([doc('Владимир Путин 11 марта провел в Ашхабаде переговоры с Масудом Пезешкианом. Следующая встреча президентов запланирована на 23 марта в Казани.')]);
    const planned = g.filterNodes((_k, a) => a.kind === 'Meeting' && a.status === 'planned');
    expect(planned.flatMap((k) => g.inNeighbors(k)).sort()).toEqual(['person:masoud-pezeshkian', 'person:vladimir-putin']);
  });

  it("keeps a minister's two talks on one day at one summit apart: one side in common is not one meeting", async () => {
    const g = await graphOf([
      doc('Сергей Лавров провел переговоры с Ван И на Бали 7 июля.', '2022-07-08T10:00:00+03:00', 'a'),
      doc('Лавров 7 июля встретился на Бали с министром иностранных дел Индии Субраманьямом Джайшанкаром.', '2022-07-08T11:00:00+03:00', 'b'),
      doc('Лавров и Ван И встретились 7 июля на Бали.', '2022-07-08T12:00:00+03:00', 'c'),
    ]);
    expect(meetings(g)).toHaveLength(2);
    const pairs = claims(g, 'MET').map((pair) => pair.sort().join(' — ')).sort();
    expect(pairs).toEqual(['person:sergey-lavrov — person:subrahmanyam-jaishankar', 'person:sergey-lavrov — person:wang-yi']);
  });

  it('joins a report to the most alike meeting, not the first compatible one', async () => {
    const g = await graphOf([
      doc('Переговоры России, США и Китая прошли 2 марта. Россия и США провели переговоры 9 марта.', '2023-03-22T12:00:00+03:00', 'a'),
      doc('Переговоры России и США прошли в марте.', '2023-04-02T12:00:00+03:00', 'b'),
    ]);
    const march = g.filterNodes((_k, a) => a.kind === 'Meeting' && a.date === '2023-03-09');
    expect(march).toHaveLength(1);
    const articles = g.mapInEdges(march[0]!, (_e, a) => (a.type === 'PARTICIPATED_IN' ? a.evidence.map((ev) => ev.article) : [])).flat();
    expect(new Set(articles).size).toBe(2);
  });
});

describe('claims', () => {
  it('finds who proposed what to whom, and who rejected it', async () => {
    const g = await graphOf([doc('Россия направила США и НАТО проекты договоренностей о гарантиях безопасности. Генсек НАТО Йенс Столтенберг отверг требование России о нерасширении альянса.')]);
    const proposed = g.filterEdges((_e, a) => a.type === 'PROPOSED').map((e) => g.getEdgeAttributes(e));
    expect(claims(g, 'PROPOSED')).toEqual([['state:russia', 'treaty:ru-us-security-guarantees-draft']]);
    expect(proposed[0]).toMatchObject({ addressees: ['org:nato', 'state:usa'] });
    expect(claims(g, 'REJECTED')).toEqual([['person:jens-stoltenberg', expect.stringMatching(/^treaty:proposal-trebovanie/)]]);
  });

  it('takes "российские дипломаты" as Russia and a state after "в" as a place, not the actor', async () => {
    const g = await graphOf([doc('Российские дипломаты, работающие в Германии, предложили провести консультации по визам.')]);
    expect(claims(g, 'PROPOSED')).toEqual([['state:russia', expect.stringMatching(/^treaty:proposal-provesti-konsultatsii/)]]);
  });

  it('takes a headline and the body stating one proposal as one, and "идею …" naming it again as that proposal', async () => {
    const g = await graphOf([{ id: 'x', published: '2023-03-14T10:00:00+03:00', text: 'Норвегия призвала Китай открыть переговоры\n\nНорвегия призвала Китай открыть переговоры о рыболовстве в Арктике. Пекин отверг идею переговоров о рыболовстве.' }]);
    const proposed = claims(g, 'PROPOSED');
    expect(proposed).toHaveLength(1);
    expect(claims(g, 'REJECTED')).toEqual([['state:china', proposed[0]?.[1]]]);
  });

  it('reads "В Будапеште это требование отклонили": the capital acts, the object before the verb is the proposal', async () => {
    const g = await graphOf([doc('Франция призвала Венгрию снять вето на помощь Украине. В Будапеште это требование отклонили.')]);
    const [proposed] = claims(g, 'PROPOSED');
    expect(claims(g, 'REJECTED')).toEqual([['state:hungary', proposed?.[1]]]);
  });

  it('links "эту идею … отвергли", the object before the verb, to the proposal reported before', async () => {
    const g = await graphOf([doc('Реджеп Тайип Эрдоган предложил провести переговоры в Стамбуле. Эту идею в Киеве отвергли.')]);
    const proposals = g.filterEdges((_e, a) => a.type === 'PROPOSED').map((e) => g.target(e));
    expect(proposals).toHaveLength(1);
    expect(g.filterEdges((_e, a) => a.type === 'REJECTED').map((e) => [g.source(e), g.target(e)])).toEqual([['state:ukraine', proposals[0]]]);
  });

  it('links "предложение Пекина" to the proposal Beijing made before', async () => {
    const g = await graphOf([doc('Китай предложил России провести трехсторонние консультации. Москва отклонила предложение Пекина.')]);
    const [proposed] = claims(g, 'PROPOSED');
    expect(proposed?.[0]).toBe('state:china');
    expect(claims(g, 'REJECTED')).toEqual([['state:russia', proposed?.[1]]]);
  });

  it("ends a proposal's phrase before a time or a purpose", async () => {
    const g = await graphOf([doc('Китай направил России предложения по урегулированию в конце прошлого года для снижения напряженности.')]);
    const names = g.filterNodes((_k, a) => a.kind === 'Treaty').map((k) => g.getNodeAttribute(k, 'name'));
    expect(names).toEqual(['предложения по урегулированию']);
  });

  it.each([
    ['a negated refusal', 'По словам министра, делегация США не отказывалась от предложения российской стороны начать диалог.'],
    ['an expectation, not a refusal', '«Мы не ждем прорыва от этой встречи», — сказал Лавров.'],
    ['a conditional', 'Если соглашение не будет достигнуто, Москва отклонит все предложения Вашингтона.'],
    ['a denial', 'В Кремле подчеркнули, что у Москвы никаких планов по вторжению нет.'],
    ['a question', 'Отвергнет ли Вашингтон предложение Москвы о переговорах?'],
  ])('%s gives no claim', async (_name, text) => {
    const g = await graphOf([doc(text)]);
    expect([...claims(g, 'PROPOSED'), ...claims(g, 'REJECTED')]).toEqual([]);
  });

  it('takes the subject, not a name in apposition to an office in another case: "направил верховному лидеру Ирана Али Хаменеи письмо"', async () => {
    const g = await graphOf([doc('Президент США Дональд Трамп направил верховному лидеру Ирана Али Хаменеи письмо, в котором предложил начать переговоры.')]);
    expect(claims(g, 'PROPOSED').map(([source]) => source)).toEqual(['person:donald-trump']);
  });

  it('takes the actor from the quote, not the agency that reports it', async () => {
    const g = await graphOf([doc('«Я настаивал на том, чтобы Кремль принял наше предложение об освобождении заключенных», — приводит слова Блинкена РИА Новости.')]);
    expect(claims(g, 'PROPOSED')).toEqual([['person:antony-blinken', expect.stringMatching(/^treaty:proposal-/)]]);
  });

  it('links "это предложение" to the proposal reported before', async () => {
    const g = await graphOf([doc('Блинкен предложил России вернуться к ДСНВ. Лавров отклонил это предложение.')]);
    expect(claims(g, 'REJECTED')).toEqual([['person:sergey-lavrov', 'treaty:new-start']]);
  });

  it.each([
    ['Глава индийского МИД предложил расширить расчеты в национальных валютах.', 'person:subrahmanyam-jaishankar', 'расширить расчеты'],
    ['Си Цзиньпин призвал американскую сторону отказаться от поставок оружия Тайваню.', 'person:xi-jinping', 'отказаться от поставок'],
    ['Президент Бразилии Лула да Силва выступил с инициативой создать группу стран-посредников.', 'person:lula-da-silva', 'создать группу'],
  ])('reads a proposal in "%s"', async (text, actor, what) => {
    const g = await graphOf([doc(text, '2023-04-18T10:00:00+03:00')]);
    const proposed = g.filterEdges((_e, a) => a.type === 'PROPOSED').map((e) => [g.source(e), g.getNodeAttribute(g.target(e), 'name')]);
    expect(proposed).toEqual([[actor, expect.stringContaining(what)]]);
    expect(claims(g, 'REJECTED')).toEqual([]);
  });

  it('reads refusing an act as a rejection: "отказалась от присоединения к санкциям", "от приема беженцев"; not "от комментариев"', async () => {
    const g = await graphOf([doc('По словам Виейры, Бразилия отказалась от присоединения к санкциям против России. Египет отказался от приема беженцев. Представитель МИД отказался от комментариев.')]);
    expect(g.filterEdges((_e, a) => a.type === 'REJECTED').map((e) => [g.source(e), g.getNodeAttribute(g.target(e), 'name')])).toEqual([
      ['state:brazil', expect.stringContaining('присоединения к санкциям')],
      ['state:egypt', expect.stringContaining('приема беженцев')],
    ]);
  });

  it('backs every claim with the sentence, its offsets and the cue', async () => {
    const text = 'Блинкен предложил России вернуться к ДСНВ.';
    const g = await graphOf([doc(text)]);
    const [edge] = g.filterEdges((_e, a) => a.type === 'PROPOSED');
    const attrs = g.getEdgeAttributes(edge!);
    if (attrs.type !== 'PROPOSED') throw new Error('expected a PROPOSED edge');
    const [evidence] = attrs.evidence;
    expect(evidence).toMatchObject({ quote: text, rule: 'proposed:предложить', cue: { text: 'предложил' } });
    expect(evidence!.end - evidence!.start).toBe(text.length);
    expect(attrs.date).toBe('2023-03-14');
  });
});

describe('our annotated fixtures (test/fixtures/claims)', () => {
  it('reach F1 ≥ 0.85 for every edge type on the development set', async () => {
    const { scores } = await scoreFixtures('development');
    expect(scores.map((s) => s.type)).toEqual([...EDGE_TYPES]);
    for (const s of scores) expect(s.f1, `${s.type} F1`).toBeGreaterThanOrEqual(0.85);
  });
});

describe('known events in a dated article', () => {
  it('joins a headline talking "по телефону" to the dated call of the body that is a known event', async () => {
    const text = 'Путин и Байден обсудили по телефону гарантии безопасности\n\nВладимир Путин и Джо Байден 30 декабря провели телефонный разговор.';
    const g = await graphOf([{ id: 'a', text, published: '2021-12-31T09:30:00+03:00' }]);
    expect(meetings(g).map((m) => [m.date, m.meetingType, m.status])).toEqual([['2021-12-30', 'phone_call', 'held']]);
    expect(claims(g, 'MET')).toEqual([['person:joe-biden', 'person:vladimir-putin']]);
  });
});
