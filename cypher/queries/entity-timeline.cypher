// @name entity-timeline
// @description Timeline of an entity: every dated claim about it (meetings, proposals, rejections,
//   roles), oldest first, undated ones last, each with the first quote that backs it.
// @param entity string Name, alias or id of a person, state, organization, treaty, meeting or place (e.g. Лавров)
// @param limit int = 200 At most this many rows
// @example diplograph query entity-timeline --param entity=Лавров
MATCH (e:Person|State|Organization|Treaty|Meeting|Place)
WHERE e.id = $entity OR toLower(e.name) = toLower($entity) OR any(n IN coalesce(e.aliases, []) WHERE toLower(n) = toLower($entity))
MATCH (e)-[r:MET|PROPOSED|REJECTED|PARTICIPATED_IN|HOLDS_ROLE|HELD_IN]-(other)
WITH r, coalesce(r.date, r.from, other.date) AS date, coalesce(r.dateStart, r.fromStart, other.dateStart) AS sortKey
ORDER BY sortKey, r.key
LIMIT $limit
RETURN date,
       startNode(r).name AS subject,
       type(r) AS relation,
       endNode(r).name AS object,
       head(COLLECT { MATCH (ev:Evidence {edge: r.key}) RETURN ev.quote ORDER BY ev.loadedAt, ev.seq }) AS quote
