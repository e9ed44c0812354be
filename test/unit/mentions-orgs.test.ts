import { beforeAll, describe, expect, it } from 'vitest';
import { extractMentions } from '../../ingest/mentions/extract.ts';
import { initMorph } from '../../ingest/morph/morph.ts';

beforeAll(() => initMorph());

const orgs = (text: string) =>
  extractMentions(text, { date: '2021-06-01' }).mentions.filter((m) => m.kind === 'Organization' && m.via !== 'adjective' && m.via !== 'role');
const texts = (text: string) => orgs(text).map((m) => m.text);

describe('a bare head noun refers back to the organization named before', () => {
  it('takes the entity of the latest organization with the same head', () => {
    const found = orgs('Японское правительство обсудило бюджет. Вчера правительство одобрило его.');
    const anaphor = found.find((m) => m.via === 'anaphora');
    expect(anaphor?.text).toBe('правительство');
    expect(anaphor?.entity).toBe(found[0]!.entity);
  });

  it('gives nothing without an antecedent, after a determiner or before a complement', () => {
    expect(orgs('Вчера правительство одобрило бюджет.').some((m) => m.via === 'anaphora')).toBe(false);
    expect(orgs('Сборная России выиграла. Другие сборные проиграли.').some((m) => m.via === 'anaphora')).toBe(false);
    expect(orgs('Сборная России выиграла. Он попал в сборную страны.').some((m) => m.via === 'anaphora')).toBe(false);
  });

  it('does not take companies or parties, which alone are any company or party', () => {
    expect(orgs('Партия «Яблоко» провела съезд. Эксперты обсуждали, какая партия победит.').some((m) => m.via === 'anaphora')).toBe(false);
  });
});

describe('quoted names without a descriptor', () => {
  it('are the organization the article names with one elsewhere', () => {
    const found = orgs('Представители партии «Яблоко» пришли на митинг. Инициатива «Яблока» оказалась неожиданной.');
    expect(found.map((m) => m.text)).toEqual(['партии «Яблоко', 'Яблока']);
    expect(found[1]!.entity).toBe(found[0]!.entity);
  });

  it('are media when they report, and companies in a list with companies', () => {
    expect(texts('Число задержанных выросло, сообщает «Северный вестник».')).toEqual(['Северный вестник']);
    expect(texts('Суд оштрафовал МТС, «Вымпелком» и «Мегафон».')).toEqual(['МТС', 'Вымпелком', 'Мегафон']);
  });

  it('stay titles otherwise', () => {
    expect(texts('Он прочитал роман «Тихий Дон» за вечер.')).toEqual([]);
  });
});

describe('organization spans', () => {
  it('continue over "имени" and "им." to the person a body is named after', () => {
    expect(texts('Спектакль поставил Музыкальный театр имени Станиславского и Немировича-Данченко.')).toEqual([
      'Музыкальный театр имени Станиславского и Немировича-Данченко',
    ]);
    expect(texts('Выставка открылась в Театре им. Йозефа Бойса вчера.')).toEqual(['Театре им. Йозефа Бойса']);
  });

  it('take a purpose after "по" for councils and committees, not for governments', () => {
    expect(texts('Заседание провело Бюро США по патентам и товарным знакам.')).toEqual(['Бюро США по патентам и товарным знакам']);
    expect(texts('Об этом объявила программа американского правительства по стимулированию экономики.')).toEqual(['американского правительства']);
  });

  it('take a quoted owner: "Русской службе «Голоса Америки»"', () => {
    expect(texts('Он сказал Русской службе «Голоса Америки» об этом.')).toEqual(['Русской службе «Голоса Америки', 'Голоса Америки']);
  });

  it('stop a court before the building it sits in', () => {
    expect(texts('Переезд Конституционного суда комплекса зданий отложен.')).toEqual(['Конституционного суда']);
  });

  it('leave out Latin names of events and glosses of titles', () => {
    expect(texts('В турнире Wijk Chess Tournament играют десять человек.')).toEqual([]);
    expect(texts('Завод выпускает модель «Вектор» (Vector) с прошлого года.')).toEqual([]);
  });
});

describe('office words are not agencies', () => {
  it('reads "Госсекретарь" and "Министр" after a colon as no organization, "Роскосмос" and "Минобороны" as ones', () => {
    const orgs = extractMentions('Интерфакс: Госсекретарь США прибыл. Он сказал: Министр уехал. Заявил Роскосмос, а также Минобороны.', { date: '2021-06-01' })
      .mentions.filter((m) => m.kind === 'Organization')
      .map((m) => m.text);
    expect(orgs).toEqual(['Интерфакс', 'Роскосмос', 'Минобороны']);
  });
});
