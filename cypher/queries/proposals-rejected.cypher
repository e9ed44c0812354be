// @name proposals-rejected
// @description Proposals of A rejected by B. Each side counts the actor itself and those that act for
//   it: people who hold a role in it and bodies that are part of it (HOLDS_ROLE, PART_OF), so that
//   "Россия" covers proposals of Лавров and "США" rejections by Блинкен when their roles are known.
// @param a string The proposing actor: name, alias or id (e.g. Россия)
// @param b string The rejecting actor: name, alias or id (e.g. Блинкен)
// @example diplograph query proposals-rejected --param a=Россия --param b=Блинкен
MATCH (x0:Person|State|Organization)
WHERE x0.id = $a OR toLower(x0.name) = toLower($a) OR any(n IN coalesce(x0.aliases, []) WHERE toLower(n) = toLower($a))
MATCH (y0:Person|State|Organization)
WHERE y0.id = $b OR toLower(y0.name) = toLower($b) OR any(n IN coalesce(y0.aliases, []) WHERE toLower(n) = toLower($b))
MATCH (x)-[:HOLDS_ROLE|PART_OF*0..2]->(x0)
MATCH (y)-[:HOLDS_ROLE|PART_OF*0..2]->(y0)
MATCH (x)-[p:PROPOSED]->(t:Treaty)<-[r:REJECTED]-(y)
WITH DISTINCT x, y, p, r, t
RETURN t.name AS proposal,
       x.name AS proposedBy,
       p.date AS proposed,
       y.name AS rejectedBy,
       r.date AS rejected,
       head(COLLECT { MATCH (ev:Evidence {edge: r.key}) RETURN ev.quote ORDER BY ev.loadedAt, ev.seq }) AS rejection
ORDER BY r.dateStart, proposal
