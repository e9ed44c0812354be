// @name co-participants
// @description Who met a person (or state, organization): everyone who took part in the same meetings
//   or is claimed to have met them, with how many meetings and the first and last date.
// @param entity string Name, alias or id (e.g. Лавров)
// @param limit int = 50 At most this many rows
// @example diplograph query co-participants --param entity=Лавров
MATCH (x:Person|State|Organization)
WHERE x.id = $entity OR toLower(x.name) = toLower($entity) OR any(n IN coalesce(x.aliases, []) WHERE toLower(n) = toLower($entity))
CALL (x) {
  MATCH (x)-[:PARTICIPATED_IN]->(m:Meeting)<-[:PARTICIPATED_IN]-(o)
  WHERE o <> x
  RETURN o, m.id AS via, m.date AS date
  UNION
  MATCH (x)-[r:MET]-(o)
  RETURN o, coalesce(r.meeting, r.key) AS via, r.date AS date
}
RETURN o.name AS coParticipant,
       labels(o)[0] AS kind,
       count(DISTINCT via) AS meetings,
       min(date) AS first,
       max(date) AS last
ORDER BY meetings DESC, coParticipant
LIMIT $limit
