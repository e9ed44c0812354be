import type { ClaimFact, MeetingFact } from '../../../ingest/events/types.ts';
import { metPairs } from '../../../ingest/events/met.ts';
import type { EntityInfo, Mention } from '../../../ingest/mentions/types.ts';
import { initMorph } from '../../../ingest/morph/morph.ts';
import { extractArticle } from '../../../ingest/pipeline.ts';
import type { RegisterCommands } from '../command.ts';
import { out } from '../io.ts';
import { forEachDocument } from './jsonl-docs.ts';

interface Side {
  start: number;
  end: number;
  text: string;
  entity: string;
}

/** `diplograph claims`: JSONL {id, text} in, JSONL {id, claims, meetings} out, offsets into the text as given. */
export const registerClaimsCommand: RegisterCommands = (cli, setExit) => {
  cli
    .command('claims')
    .description('find meetings and claims: reads JSONL {id, text[, published]} and writes JSONL {id, claims: [{type, source, target, date, quote}], meetings}')
    .argument('[file]', 'a JSONL file; "-" or nothing reads standard input', '-')
    .action(async (file: string) => {
      await initMorph();
      const { lines, bad } = await forEachDocument(file, (doc) => {
        // The text is taken as it is, already clean, so that offsets point into it.
        const extraction = extractArticle({ key: `doc:${doc.id}`, hash: '', path: doc.id, title: null, published: doc.published ?? null, outlet: null, text: doc.text, dropped: [] });
        const side = (entity: string, within: { start: number; end: number }): Side | null => {
          const m = extraction.mentions.find((x: Mention) => x.entity === entity && x.start >= within.start && x.end <= within.end);
          return m ? { start: m.start, end: m.end, text: m.text, entity } : null;
        };
        const claims = [
          ...extraction.events.meetings.filter((f) => f.status === 'held').flatMap((f) => metClaims(f, extraction.entities, side)),
          ...extraction.events.claims.map((c) => claimOf(c, side, doc.text)).filter((c) => c !== null),
        ];
        out(JSON.stringify({ id: doc.id, claims, meetings: extraction.events.meetings }));
      });
      setExit(bad > 0 && bad === lines ? 1 : 0);
    });
};

/** MET claims as the graph makes them (metPairs), each side a mention in the meeting's sentence. */
function metClaims(fact: MeetingFact, entities: ReadonlyMap<string, EntityInfo>, side: (entity: string, within: { start: number; end: number }) => Side | null) {
  const named = fact.participants.map((p) => ({ key: p, kind: entities.get(p)?.kind ?? '' })).filter((p) => side(p.key, fact.sentence) !== null);
  return metPairs(named).map(([a, b]) => ({ type: 'MET', source: side(a, fact.sentence)!, target: side(b, fact.sentence)!, date: fact.date, rule: fact.rule }));
}

function claimOf(claim: ClaimFact, side: (entity: string, within: { start: number; end: number }) => Side | null, text: string) {
  const source = side(claim.actor, claim.sentence);
  if (!source) return null;
  const at = claim.targetName ? text.indexOf(claim.targetName, claim.sentence.start) : -1;
  const target = side(claim.target, claim.sentence) ?? (at >= 0 ? { start: at, end: at + claim.targetName!.length, text: claim.targetName!, entity: claim.target } : null);
  return { type: claim.type, source, target, date: claim.date, rule: claim.rule };
}
