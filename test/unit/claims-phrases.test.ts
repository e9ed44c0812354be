import { beforeAll, describe, expect, it } from 'vitest';
import { initMorph } from '../../ingest/morph/morph.ts';
import { graphOf, type RawDoc } from '../eval/fixture-graph.ts';

beforeAll(() => initMorph());

const doc = (text: string, published = '2024-03-14T10:00:00+03:00'): RawDoc => ({ id: 'a', text: `Заголовок новости\n\n${text}`, published });

describe('claims read from real news', () => {
  it('ends a proposal on its last content word, not on a preposition cut before a date', async () => {
    const g = await graphOf([doc('Президент США Джо Байден призвал вернуться на Луну к 2030 году.')]);
    const names = g.filterEdges((_e, a) => a.type === 'PROPOSED').map((e) => g.getNodeAttribute(g.target(e), 'name'));
    expect(names).toEqual(['вернуться на Луну']);
  });

  it('reads what "предложил" offers as the proposal, with its adjectives, but not a product that "предлагает"', async () => {
    const proposals = async (text: string) => {
      const g = await graphOf([doc(text)]);
      return g.filterEdges((_e, a) => a.type === 'PROPOSED').map((e) => [g.source(e), g.getNodeAttribute(g.target(e), 'name')]);
    };
    expect(await proposals('Реджеп Тайип Эрдоган предложил свое посредничество в переговорах.')).toEqual([['person:recep-tayyip-erdogan', 'посредничество в переговорах']]);
    expect(await proposals('Дмитрий Медведев предложил Владимиру Путину премьерский пост.')).toEqual([['person:dmitry-medvedev', 'премьерский пост']]);
    expect(await proposals('Компания Meta предлагает множество функций.')).toEqual([]);
    // "перемирие" reads first as a nominative: any accusative reading will do.
    expect(await proposals('Кремль предложил Киеву перемирие на Пасху.')).toEqual([['state:russia', 'перемирие на Пасху']]);
  });

  it('takes the actor after "По данным МИД", an American minister for the Secretary of State, and a promise to pass on an invitation for no proposal', async () => {
    const proposers = async (text: string, published: string) => {
      const g = await graphOf([doc(text, published)]);
      return g.filterEdges((_e, a) => a.type === 'PROPOSED').map((e) => g.source(e));
    };
    expect(await proposers('По данным МИД, американский министр предложил запретить полёты авиации над Алеппо.', '2016-09-12T10:00:00+03:00')).toEqual(['person:john-kerry']);
    expect(await proposers('Лоренцо Бьянкарди пообещал передать приглашение в Генеральное консульство.', '2017-03-15T10:00:00+03:00')).toEqual([]);
    // Who refused is not named as an actor here; the source must not stand in for it.
    const g = await graphOf([doc('По словам Сергея Лаврова, Киев отказался от предложения провести местные выборы.', '2015-08-14T17:00:00+03:00')]);
    expect(g.filterEdges((_e, a) => a.type === 'REJECTED').map((e) => g.source(e))).not.toContain('person:sergey-lavrov');
  });

  it('takes a surname the dictionary reads only in another case for the subject when it is the name itself ("Токаев")', async () => {
    const g = await graphOf([doc('Касым-Жомарт Токаев прибыл в Москву. Токаев предложил учредить совместный фонд.', '2019-04-04T14:05:00+03:00')]);
    expect(g.filterEdges((_e, a) => a.type === 'PROPOSED').map((e) => g.source(e))).toEqual(['person:kassym-jomart-tokayev']);
  });

  it('reads declining to comment as refusing nothing', async () => {
    const g = await graphOf([doc('Дмитрий Песков отказался комментировать слухи о встрече.')]);
    expect(g.filterEdges((_e, a) => a.type === 'REJECTED')).toEqual([]);
  });

  it('reads a proposal called unacceptable as refused, and points "это предложение" back to it', async () => {
    const edges = async (text: string) => {
      const g = await graphOf([doc(text)]);
      return g.filterEdges((_e, a) => a.type === 'REJECTED').map((e) => [g.source(e), g.getNodeAttribute(g.target(e), 'name')]);
    };
    const refused = [['person:dmitry-peskov', 'объявить воздушное перемирие']];
    expect(await edges('Мерц предложил объявить воздушное перемирие. Дмитрий Песков назвал неприемлемой идею объявить воздушное перемирие.')).toEqual(refused);
    expect(await edges('Мерц предложил объявить воздушное перемирие. Дмитрий Песков назвал это предложение неприемлемым.')).toEqual(refused);
    expect(await edges('Мерц предложил объявить воздушное перемирие. Дмитрий Песков назвал ситуацию неприемлемой.')).toEqual([]);
  });
});

describe('who speaks in an interview', () => {
  it('reads "Name: …" as the speaker of what follows, and an addressee in the dative as no speaker', async () => {
    const g = await graphOf([
      doc(
        'Вчера мы с премьер-министром Турции Реджепом Эрдоганом провели беседу, сообщил Мустафа Джемилев.\n\n' +
          'Корреспондент: Вы передавали письмо президенту Турции?\n\n' +
          'Мустафа Джемилев: Да, всё верно. Также в ходе встречи с премьер-министром Турции я попросил его оказать содействие в строительстве университета в Крыму.',
        '2011-01-25T10:00:00+02:00',
      ),
    ]);
    const actors = g.filterEdges((_e, a) => a.type === 'PROPOSED').map((e) => g.source(e));
    expect(actors).toEqual(['person:mustafa-dzhemilev']);
  });
});
