import { describe, expect, it } from 'vitest';
import { graphOf } from '../eval/fixture-graph.ts';
import { runCli } from '../helpers.ts';

// A minister meeting his counterpart "at the Chinese side's request": China takes part, but a person does not
// "meet" a state. `diplograph claims` must say what the graph says.
const TEXT = 'Переговоры в Москве\n\nПо инициативе китайской стороны министр иностранных дел России Сергей Лавров встретился в Москве с главой МИД КНР Ван И. Стороны обсудили торговлю.';
const PUBLISHED = '2024-03-05T10:00:00+03:00';

describe('diplograph claims', () => {
  it('gives the MET pairs the graph gives: people with people, states with states', async () => {
    const run = runCli(['claims', '-'], `${JSON.stringify({ id: 'x', text: TEXT, published: PUBLISHED })}\n`);
    expect(run.status, run.stderr).toBe(0);
    const record = JSON.parse(run.stdout) as { claims: Array<{ type: string; source: { entity: string }; target: { entity: string } }>; meetings: Array<{ participants: string[] }> };
    expect(record.meetings.map((m) => m.participants)).toEqual([['person:sergey-lavrov', 'person:wang-yi', 'state:china']]);
    const fromCli = record.claims.filter((c) => c.type === 'MET').map((c) => [c.source.entity, c.target.entity].sort());

    const graph = await graphOf([{ id: 'x', text: TEXT, published: PUBLISHED }]);
    const fromGraph = graph.filterEdges((_e, a) => a.type === 'MET').map((e) => [graph.source(e), graph.target(e)].sort());
    expect(fromCli).toEqual([['person:sergey-lavrov', 'person:wang-yi']]);
    expect(fromCli).toEqual(fromGraph);
  });
});
