import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseSnapshot } from '../../src/graph/snapshot.ts';
import type { Snapshot } from '../../src/schema/index.ts';
import { HAS_SHARED, runCli, SEEDS, tempDir } from '../helpers.ts';

// Issue #4's targets on the user's sample corpus: every meeting of the article bodies with its date, place and
// participants. Only expected values are written here, never the seeds' text.
interface Expected {
  date: string | null;
  monthDay?: string;
  place: string | null;
  participants: string[];
  status: string;
  type?: string;
}

const TARGETS: Record<string, Expected> = {
  'Lavrov–Blinken talks in Geneva': { date: '2022-01-21', place: 'Женева', participants: ['person:sergey-lavrov', 'person:antony-blinken'], status: 'held' },
  'Russia–US talks in Geneva': { date: '2022-01-09/2022-01-10', place: 'Женева', participants: ['state:russia', 'state:usa'], status: 'held' },
  'Russia–NATO Council in Brussels': { date: '2022-01-12', place: 'Брюссель', participants: ['state:russia', 'org:nato'], status: 'held' },
  'OSCE meeting in Vienna': { date: '2022-01-13', place: 'Вена', participants: ['state:russia', 'org:osce'], status: 'held' },
  'Putin–Biden summit in Geneva': { date: '2021-06-16', place: 'Женева', participants: ['person:vladimir-putin', 'person:joe-biden'], status: 'held' },
  'Lavrov–Blinken in Reykjavik': { date: '2021-05-19', place: 'Рейкьявик', participants: ['person:sergey-lavrov', 'person:antony-blinken'], status: 'held' },
  'phone call of 18 January': { date: null, monthDay: '--01-18', place: null, participants: ['person:sergey-lavrov', 'person:antony-blinken'], status: 'held', type: 'phone_call' },
};

describe.skipIf(!HAS_SHARED)('meetings of the sample corpus (../shared/seeds)', () => {
  let snapshot: Snapshot;
  beforeAll(() => {
    const out = tempDir();
    const run = runCli(['ingest', SEEDS, '--out', out]);
    expect(run.status).toBe(0);
    snapshot = parseSnapshot(readFileSync(join(out, 'graph.json'), 'utf8'), 'graph.json');
  });

  const meetingsLike = (want: Expected) =>
    snapshot.nodes.filter((n) => {
      const a = n.attributes;
      if (a.kind !== 'Meeting' || a.date !== want.date || a.place !== want.place || (want.monthDay && a.monthDay !== want.monthDay)) return false;
      const who = new Set(snapshot.edges.filter((e) => e.target === n.key && e.attributes.type === 'PARTICIPATED_IN').map((e) => e.source));
      return want.participants.every((p) => who.has(p)) && (!want.type || a.meetingType === want.type);
    });

  it.each(Object.entries(TARGETS))('finds the %s as one node, dated, placed and held', (_name, want) => {
    const found = meetingsLike(want);
    expect(found).toHaveLength(1);
    expect(found[0]!.attributes.kind === 'Meeting' && found[0]!.attributes.status).toBe(want.status);
  });

  it('reports the Lavrov–Blinken talks of 21 January from several articles in one node', () => {
    const [node] = meetingsLike(TARGETS['Lavrov–Blinken talks in Geneva']!);
    const articles = new Set(snapshot.edges.filter((e) => e.target === node?.key && e.attributes.type === 'PARTICIPATED_IN').flatMap((e) => ('evidence' in e.attributes ? (e.attributes.evidence ?? []).map((ev) => ev.article) : [])));
    expect(articles.size).toBeGreaterThanOrEqual(2);
  });

  it('marks the planned Lavrov–Blinken meeting planned', () => {
    const planned = snapshot.nodes.filter((n) => n.attributes.kind === 'Meeting' && n.attributes.status === 'planned');
    const withBoth = planned.filter((n) => ['person:sergey-lavrov', 'person:antony-blinken'].every((p) => snapshot.edges.some((e) => e.source === p && e.target === n.key)));
    expect(withBoth.length).toBeGreaterThanOrEqual(1);
  });
});
