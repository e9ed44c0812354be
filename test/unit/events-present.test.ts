import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeGraph } from '../../src/graph/model.ts';
import { initMorph } from '../../ingest/morph/morph.ts';
import { graphOf, type RawDoc } from '../eval/fixture-graph.ts';

beforeAll(() => initMorph());

// Meetings reported in the present tense, by a relative clause, or as the occasion of an agreement.
const doc = (text: string, published = '2024-03-14T10:00:00+03:00'): RawDoc => ({ id: 'a', text: `Заголовок новости\n\n${text}`, published });
const statuses = (g: KnowledgeGraph) => g.mapNodes((_k, a) => (a.kind === 'Meeting' ? a.status : null)).filter((s) => s !== null);
const met = (g: KnowledgeGraph) => g.filterEdges((_e, a) => a.type === 'MET').map((e) => [g.source(e), g.target(e)].sort());

describe('meetings in the present tense', () => {
  it('reads a host receiving "his counterpart" now as a meeting held', async () => {
    const g = await graphOf([doc('Владимир Путин принимает в Кремле своего белорусского коллегу Александра Лукашенко.')]);
    expect(statuses(g)).toEqual(['held']);
    expect(met(g)).toEqual([['person:alexander-lukashenko', 'person:vladimir-putin']]);
  });

  it('reads talks going on as held, and the present of a day to come as a plan', async () => {
    expect(statuses(await graphOf([doc('Иран ведет переговоры с Россией о поставках топлива.')]))).toEqual(['held']);
    const tomorrow = await graphOf([doc('Завтра Владимир Путин принимает в Кремле своего белорусского коллегу Александра Лукашенко.')]);
    expect(statuses(tomorrow)).toEqual(['planned']);
    expect(met(tomorrow)).toEqual([]);
  });

  it('takes the people of a relative clause from the clause it qualifies', async () => {
    const g = await graphOf([doc('Спор решат Сергей Лавров и Ван И, которые сегодня встречаются в Пекине.')]);
    expect(statuses(g)).toEqual(['held']);
    expect(met(g)).toEqual([['person:sergey-lavrov', 'person:wang-yi']]);
  });

  it('reads an agreement reached during a visit as the visit held, and an agreement to meet as a plan', async () => {
    const visit = await graphOf([doc('В ходе визита в Минск Сергей Лавров договорился с Александром Лукашенко о новых поставках.')]);
    expect(statuses(visit)).toEqual(['held']);
    expect(met(visit)).toEqual([['person:alexander-lukashenko', 'person:sergey-lavrov']]);
    expect(statuses(await graphOf([doc('Сергей Лавров и Энтони Блинкен договорились о встрече в Женеве.')]))).toEqual(['planned']);
  });
});

describe('reactions to a meeting', () => {
  it('leaves out who condemns a visit: the visitor alone made it', async () => {
    const g = await graphOf([doc('Премьер-министр Японии Наото Кан осудил визит президента России Дмитрия Медведева на Курильские острова.')]);
    expect(statuses(g)).toEqual(['held']);
    const participants = g.filterEdges((_e, a) => a.type === 'PARTICIPATED_IN').map((e) => g.source(e));
    expect(participants).toEqual(['person:dmitry-medvedev']);
    expect(met(g)).toEqual([]);
  });
});

describe('sides named by the meeting word', () => {
  it('keeps the state a meeting is "with" beside two people who want it', async () => {
    const g = await graphOf([doc('Госсекретарь США Энтони Блинкен и генсек НАТО Йенс Столтенберг выразили готовность провести еще одну встречу с Россией.')]);
    expect(statuses(g)).toEqual(['planned']);
    const participants = g.filterEdges((_e, a) => a.type === 'PARTICIPATED_IN').map((e) => g.source(e)).sort();
    expect(participants).toEqual(['person:antony-blinken', 'person:jens-stoltenberg', 'state:russia']);
  });
});

describe('who is not a side', () => {
  const sides = (g: KnowledgeGraph) => g.filterEdges((_e, a) => a.type === 'PARTICIPATED_IN').map((e) => g.source(e)).sort();

  it('reads "глава делегации на переговорах" as an office, not a meeting', async () => {
    const g = await graphOf([doc('Глава российской делегации на переговорах Владимир Мединский призвал Киев к компромиссу.')]);
    expect(statuses(g)).toEqual([]);
  });

  it('leaves out who protests against a visit, who is told about one, and who is replaced at one', async () => {
    const protest = await graphOf([doc('Правительство Японии выразило решительный протест против визита президента России Дмитрия Медведева на Курильские острова.')]);
    expect(sides(protest)).toEqual(['person:dmitry-medvedev']);
    const told = await graphOf([doc('Посольство не смогло предоставить правительству Японии сведений о визите президента России Дмитрия Медведева на Курильские острова.')]);
    expect(sides(told)).toEqual(['person:dmitry-medvedev']);
    const replaced = await graphOf([doc('Вместо Биньямина Нетаньяху Израиль будет представлять на саммите в Вашингтоне Дан Меридор.')]);
    expect(sides(replaced)).not.toContain('person:benjamin-netanyahu');
  });

  it('reads an anniversary\'s meeting as the one remembered, and a state someone comes from as no side', async () => {
    const anniversary = await graphOf([doc('Дональд Трамп и Владимир Путин сделали совместное заявление к 75-летию встречи на Эльбе.')]);
    expect(met(anniversary)).toEqual([]);
    const origin = await graphOf([doc('В Нью-Йорке Сергей Лавров встретился с эмигрантом из России Давидом Сарновым.')]);
    expect(sides(origin)).not.toContain('state:russia');
  });
});

describe('hosting a guest', () => {
  it('reads "принял в среду в Москве президента …" as a meeting held that Wednesday', async () => {
    // 2024-03-14 was a Thursday.
    const g = await graphOf([doc('Владимир Путин принял в среду в Москве президента Казахстана Касым-Жомарта Токаева.')]);
    expect(met(g)).toEqual([['person:kassym-jomart-tokayev', 'person:vladimir-putin']]);
    expect(g.mapNodes((_k, a) => (a.kind === 'Meeting' ? a.date : null)).filter((d) => d !== null)).toEqual(['2024-03-13']);
  });
});

describe('a meeting verb negated', () => {
  it('reports no meeting ("не встречался", "так и не встретились"), unless it is "не только"', async () => {
    expect(statuses(await graphOf([doc('Вопреки слухам, с Сергеем Лавровым на этой неделе Петер Сийярто не встречался.')]))).toEqual([]);
    expect(statuses(await graphOf([doc('Владимир Путин и Реджеп Тайип Эрдоган так и не встретились в Анкаре.')]))).toEqual([]);
    const both = await graphOf([doc('Сергей Лавров не только встретился с Ван И в Пекине, но и выступил в университете.')]);
    expect(met(both)).toEqual([['person:sergey-lavrov', 'person:wang-yi']]);
  });
});

describe('what a meeting is about, or whether it is only possible', () => {
  it('reads the state after "по" as the topic, not a side', async () => {
    expect(met(await graphOf([doc('Россия и Индия провели консультации по Афганистану.')]))).toEqual([['state:india', 'state:russia']]);
  });

  it('reads a possible meeting as none', async () => {
    expect(statuses(await graphOf([doc('Дипломаты обсудили возможную встречу Владимира Путина и Дональда Трампа.')]))).toEqual([]);
  });
});

describe('an apposition between dashes', () => {
  it('does not cut the subject off from its verb', async () => {
    const g = await graphOf([doc('Министры иностранных дел России, Турции и Ирана — стран-гарантов астанинского процесса — провели встречу в Нью-Йорке.', '2018-09-27T09:40:00+03:00')]);
    expect(met(g)).toEqual([['person:mevlut-cavusoglu', 'person:mohammad-javad-zarif'], ['person:mevlut-cavusoglu', 'person:sergey-lavrov'], ['person:mohammad-javad-zarif', 'person:sergey-lavrov']]);
  });
});

describe('a participial phrase between commas', () => {
  it('does not cut the subject off from its verb', async () => {
    const g = await graphOf([doc('Министр иностранных дел России Сергей Лавров, находящийся с визитом в Китае, провёл в Пекине переговоры с Ван И.')]);
    expect(met(g)).toEqual([['person:sergey-lavrov', 'person:wang-yi']]);
  });
});

describe('talking by telephone', () => {
  it('reads "обсудили по телефону" as a call held', async () => {
    const g = await graphOf([doc('Сергей Лавров и Мевлют Чавушоглу обсудили по телефону зерновую сделку.')]);
    expect(g.mapNodes((_k, a) => (a.kind === 'Meeting' ? a.meetingType : null)).filter((t) => t !== null)).toEqual(['phone_call']);
    expect(met(g)).toEqual([['person:mevlut-cavusoglu', 'person:sergey-lavrov']]);
  });
});

describe('a clause opened by "где"', () => {
  it('meets with the people of the clause it qualifies, but talking to the press is no meeting', async () => {
    const g = await graphOf([doc('Сергей Лавров прибыл в Анкару, где встретился с Мевлютом Чавушоглу.')]);
    expect(met(g)).toEqual([['person:mevlut-cavusoglu', 'person:sergey-lavrov']]);
    expect(statuses(await graphOf([doc('Джон Керри сделал остановку в Кабуле, где в беседе с корреспондентами отметил важность диалога.')]))).toEqual([]);
  });
});

describe('the date of a plan', () => {
  it('looks ahead even when the verb that plans is in the past ("договорились встретиться в июле")', async () => {
    const g = await graphOf([doc('Эмманюэль Макрон и Олаф Шольц договорились встретиться в июле в Париже.')]);
    expect(g.mapNodes((_k, a) => (a.kind === 'Meeting' ? [a.status, a.date] : null)).filter((x) => x !== null)).toEqual([['planned', '2024-07']]);
  });
});

describe('a meeting proposed', () => {
  it('is a proposal, not a plan ("предложил Путину встретиться лично")', async () => {
    const g = await graphOf([doc('Владимир Зеленский предложил Владимиру Путину встретиться лично.')]);
    expect(statuses(g)).toEqual([]);
    expect(g.filterEdges((_e, a) => a.type === 'PROPOSED').map((e) => g.source(e))).toEqual(['person:volodymyr-zelenskyy']);
  });
});

describe('the sides of the meeting before', () => {
  it('are the leaders who agree to meet, and "в ходе разговора" names no new meeting', async () => {
    const g = await graphOf([doc('Владимир Путин и Дональд Трамп провели телефонный разговор. В ходе разговора российский президент предложил возобновить авиасообщение. Лидеры договорились встретиться в Будапеште.')]);
    const nodes = g.filterNodes((_k, a) => a.kind === 'Meeting').map((k) => {
      const attrs = g.getNodeAttributes(k);
      return [attrs.kind === 'Meeting' ? attrs.status : null, [...g.inNeighbors(k)].sort()];
    });
    expect(nodes).toEqual([
      ['held', ['person:donald-trump', 'person:vladimir-putin']],
      ['planned', ['person:donald-trump', 'person:vladimir-putin']],
    ]);
  });
});

describe('meetings nobody has scheduled or held', () => {
  it('reads "не планируется", "пока не назначен", "никаких контактов" and "продолжение контактов" as no meeting held', async () => {
    for (const text of [
      'Очной встречи Сергея Лаврова и Джона Керри в Женеве на этой неделе не планируется.',
      'Новый раунд консультаций России и США в Вене пока не назначен.',
      'Никаких контактов между президентами России и Украины не было.',
      'Сергей Лавров и Джон Керри подтвердили настрой на продолжение контактов.',
    ]) {
      expect(statuses(await graphOf([doc(text)])).filter((s) => s === 'held'), text).toEqual([]);
    }
  });
});

describe('who meets whom, and where, in reports of visits', () => {
  it('takes the host after the verb when the guest comes first ("госсекретаря принял в Кремле Владимир Путин")', async () => {
    const g = await graphOf([doc('В Москве состоялась встреча Сергея Лаврова с государственным секретарём США. Позднее госсекретаря принял в Кремле Владимир Путин.', '2017-04-13T08:50:00+03:00')]);
    expect(met(g)).toEqual([['person:rex-tillerson', 'person:sergey-lavrov'], ['person:rex-tillerson', 'person:vladimir-putin']]);
  });

  it('does not take whose envoy a guest is for a side, nor where the news came from for the place', async () => {
    const envoy = await graphOf([doc('Владимир Путин провёл в Санкт-Петербурге переговоры со специальным посланником президента США Стивеном Уиткоффом.', '2025-04-12T09:10:00+03:00')]);
    expect(met(envoy)).toEqual([['person:steve-witkoff', 'person:vladimir-putin']]);
    const call = await graphOf([doc('Владимир Путин провёл телефонный разговор с Олафом Шольцем. Беседа прошла по инициативе немецкой стороны, сообщили в Кремле.', '2022-05-13T19:45:00+03:00')]);
    expect(call.mapNodes((_k, a) => (a.kind === 'Meeting' ? a.place ?? null : undefined)).filter((p) => p !== undefined)).toEqual([null]);
  });
});

describe('a word the dictionary does not know', () => {
  it('is not taken for a future verb ("провели трёхстороннюю встречу" is held)', async () => {
    const g = await graphOf([doc('Министры иностранных дел России, Турции и Ирана провели в среду трёхстороннюю встречу в Нью-Йорке.', '2018-09-27T09:40:00+03:00')]);
    expect(g.mapNodes((_k, a) => (a.kind === 'Meeting' ? [a.status, a.date] : null)).filter((x) => x !== null)).toEqual([['held', '2018-09-26']]);
  });
});

describe('the next round', () => {
  it('is a meeting of the sides of the round before ("Следующий раунд переговоров состоится в Москве")', async () => {
    const g = await graphOf([doc('Сергей Лавров и Ван И во вторник провели в Пекине переговоры. Российская сторона осталась довольна. Следующий раунд переговоров состоится в Москве в сентябре.', '2024-02-07T10:15:00+03:00')]);
    const planned = g.filterNodes((_k, a) => a.kind === 'Meeting' && a.status === 'planned').map((k) => [...g.inNeighbors(k)].sort());
    expect(planned).toEqual([['person:sergey-lavrov', 'person:wang-yi']]);
  });
});

describe('sides named after "вместе с"', () => {
  it('join the meeting', async () => {
    const g = await graphOf([doc('Сергей Лавров и Франк-Вальтер Штайнмайер договорились встретиться 12 сентября в Париже — вместе с Лораном Фабиусом и Павлом Климкиным.', '2015-08-14T17:00:00+03:00')]);
    const sides = g.filterNodes((_k, a) => a.kind === 'Meeting').map((k) => [...g.inNeighbors(k)].sort());
    expect(sides).toEqual([['person:frank-walter-steinmeier', 'person:laurent-fabius', 'person:pavlo-klimkin', 'person:sergey-lavrov']]);
  });
});

describe('one more side of the meeting before', () => {
  it('joins it by taking part ("Во встрече также принял участие …")', async () => {
    const g = await graphOf([doc('Владимир Путин провёл в Санкт-Петербурге переговоры со Стивеном Уиткоффом. Во встрече также принял участие Кирилл Дмитриев.', '2025-04-12T09:10:00+03:00')]);
    expect(met(g)).toEqual([['person:kirill-dmitriev', 'person:steve-witkoff'], ['person:kirill-dmitriev', 'person:vladimir-putin'], ['person:steve-witkoff', 'person:vladimir-putin']]);
  });

  it('but "с участием" names the sides of its own meeting', async () => {
    const g = await graphOf([doc('Владимир Путин провёл переговоры с Эмманюэлем Макроном. В Женеве прошли беседы с участием российской и британской делегаций.')]);
    const sides = g.filterNodes((_k, a) => a.kind === 'Meeting').map((k) => [...g.inNeighbors(k)].sort());
    expect(sides).toContainEqual(['state:russia', 'state:uk']);
  });
});
