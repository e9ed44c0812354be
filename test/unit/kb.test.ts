import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KB_DIR, KbError, loadKnowledgeBase } from '../../ingest/kb/load.ts';
import { tempDir } from '../helpers.ts';

function brokenCopy(file: string, edit: (data: Array<Record<string, unknown>>) => void): string {
  const dir = tempDir('kb-');
  cpSync(KB_DIR, dir, { recursive: true });
  const data = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Array<Record<string, unknown>>;
  edit(data);
  writeFileSync(join(dir, file), JSON.stringify(data));
  return dir;
}

describe('the knowledge base', () => {
  it('loads and validates every data file', () => {
    const kb = loadKnowledgeBase();
    expect(kb.entities.get('person:sergey-lavrov')?.name).toBe('Сергей Лавров');
    expect(kb.entities.get('state:usa')?.aliases).toContain('Соединенные Штаты');
    expect(kb.roles.some((r) => r.role === 'foreign_minister')).toBe(true);
  });

  it('names the file and the field of a bad entity', () => {
    const dir = brokenCopy('people.json', (d) => (d[0]!.wikidata = 'not-an-id'));
    expect(() => loadKnowledgeBase(dir)).toThrow(KbError);
    expect(() => loadKnowledgeBase(dir)).toThrow(/people\.json: 0\.wikidata: /);
  });

  it('refuses a role missing from roles.json and an unknown office holder', () => {
    const role = brokenCopy('people.json', (d) => (d[0]!.roles = [{ role: 'emperor', of: 'state:russia', from: '2000' }]));
    expect(() => loadKnowledgeBase(role)).toThrow(/unknown role "emperor"/);
    const of = brokenCopy('people.json', (d) => (d[0]!.roles = [{ role: 'president', of: 'state:atlantis', from: '2000' }]));
    expect(() => loadKnowledgeBase(of)).toThrow(/role of unknown entity "state:atlantis"/);
  });

  it('refuses a duplicate id across files', () => {
    const dir = brokenCopy('places.json', (d) => d.push({ id: 'state:usa', kind: 'Place', name: 'Двойник', nameEn: 'Twin', aliases: [] }));
    expect(() => loadKnowledgeBase(dir)).toThrow(/duplicate entity id "state:usa"/);
  });

  it('refuses a known event with an unknown participant or a bad date, naming the event', () => {
    const event = { id: 'event:test-summit', name: 'Саммит', nameEn: 'Summit', meetingType: 'summit', from: '2020-01-02', to: '2020-01-02', participants: ['state:russia'] };
    const stranger = brokenCopy('events.json', (d) => d.push({ ...event, participants: ['state:atlantis'] }));
    expect(() => loadKnowledgeBase(stranger)).toThrow(/events\.json: event:test-summit: unknown entity "state:atlantis"/);
    const backwards = brokenCopy('events.json', (d) => d.push({ ...event, to: '2019-12-31' }));
    expect(() => loadKnowledgeBase(backwards)).toThrow(/event:test-summit: "to" before "from"/);
    const badDay = brokenCopy('events.json', (d) => d.push({ ...event, from: '2 января' }));
    expect(() => loadKnowledgeBase(badDay)).toThrow(/events\.json: \d+\.from: expected YYYY-MM-DD/);
  });
});
