// @name proposals
// @description Who proposed what to whom: every PROPOSED claim with its addressees, date and quote
//   optionally only those of one proposer, one proposal or one addressee.
// @param actor string = "" Only proposals by this actor: name, alias or id (e.g. Россия); empty for all
// @param treaty string = "" Only this treaty or proposal: name, alias or id; empty for all
// @param to string = "" Only proposals addressed to this actor: name, alias or id (e.g. США); empty for all
// @example diplograph query proposals
// @example diplograph query proposals --param actor=Россия --param to=США
MATCH (p:Person|State|Organization)-[r:PROPOSED]->(t:Treaty)
WHERE ($actor = '' OR p.id = $actor OR toLower(p.name) = toLower($actor) OR any(n IN coalesce(p.aliases, []) WHERE toLower(n) = toLower($actor)))
  AND ($treaty = '' OR t.id = $treaty OR toLower(t.name) = toLower($treaty) OR any(n IN coalesce(t.aliases, []) WHERE toLower(n) = toLower($treaty)))
WITH p, r, t, COLLECT { MATCH (a:Person|State|Organization) WHERE a.id IN coalesce(r.addressees, []) RETURN a } AS addressees
WHERE $to = '' OR any(a IN addressees WHERE a.id = $to OR toLower(a.name) = toLower($to) OR any(n IN coalesce(a.aliases, []) WHERE toLower(n) = toLower($to)))
RETURN r.date AS date,
       p.name AS proposer,
       t.name AS proposal,
       [a IN addressees | a.name] AS addressees,
       head(COLLECT { MATCH (ev:Evidence {edge: r.key}) RETURN ev.quote ORDER BY ev.loadedAt, ev.seq }) AS quote
ORDER BY r.dateStart, proposer, proposal
