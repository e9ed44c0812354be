// @name meetings-between
// @description Meetings between two actors (people, states or organizations): meetings both took part
//   in and MET claims, with date, place, status, type and the first quote that backs it.
// @param a string First actor: name, alias or id, any case (e.g. Лавров)
// @param b string Second actor: name, alias or id (e.g. Блинкен)
// @example diplograph query meetings-between --param a=Лавров --param b=Блинкен
MATCH (x:Person|State|Organization)
WHERE x.id = $a OR toLower(x.name) = toLower($a) OR any(n IN coalesce(x.aliases, []) WHERE toLower(n) = toLower($a))
MATCH (y:Person|State|Organization)
WHERE y.id = $b OR toLower(y.name) = toLower($b) OR any(n IN coalesce(y.aliases, []) WHERE toLower(n) = toLower($b))
CALL (x, y) {
  MATCH (x)-[rel:PARTICIPATED_IN]->(m:Meeting)<-[:PARTICIPATED_IN]-(y)
  RETURN m, rel
  UNION
  MATCH (x)-[rel:MET]-(y)
  OPTIONAL MATCH (m:Meeting {id: rel.meeting})
  RETURN m, rel
}
WITH coalesce(m.id, rel.key) AS id, m, collect(rel)[0] AS rel
WITH id, m, rel, coalesce(m.dateStart, rel.dateStart) AS sortKey
ORDER BY sortKey, id
RETURN coalesce(m.date, rel.date) AS date,
       CASE WHEN m IS NULL THEN null ELSE coalesce(head([(m)-[:HELD_IN]->(p) | p.name]), m.place) END AS place,
       coalesce(m.name, startNode(rel).name + ' — ' + endNode(rel).name) AS meeting,
       m.status AS status,
       m.meetingType AS type,
       head(COLLECT { MATCH (ev:Evidence {edge: rel.key}) RETURN ev.quote ORDER BY ev.loadedAt, ev.seq }) AS quote
