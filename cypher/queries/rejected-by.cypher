// @name rejected-by
// @description What an actor rejected: every REJECTED claim of the actor, with who had proposed it,
//   the date and the quote.
// @param actor string Name, alias or id of a person, state or organization (e.g. Блинкен)
// @example diplograph query rejected-by --param actor=Блинкен
MATCH (x:Person|State|Organization)-[r:REJECTED]->(t:Treaty)
WHERE x.id = $actor OR toLower(x.name) = toLower($actor) OR any(n IN coalesce(x.aliases, []) WHERE toLower(n) = toLower($actor))
RETURN r.date AS date,
       x.name AS actor,
       t.name AS rejected,
       COLLECT { MATCH (p)-[:PROPOSED]->(t) RETURN p.name } AS proposedBy,
       head(COLLECT { MATCH (ev:Evidence {edge: r.key}) RETURN ev.quote ORDER BY ev.loadedAt, ev.seq }) AS quote
ORDER BY r.dateStart, rejected
