// @name entity-articles
// @description Articles that mention an entity: MENTIONED_IN counts and the quotes cited as evidence
//   for its claims, newest first.
// @param entity string Name, alias or id of any entity (e.g. Блинкен)
// @param limit int = 100 At most this many articles
// @example diplograph query entity-articles --param entity=Блинкен
MATCH (e:Person|State|Organization|Treaty|Meeting|Place)
WHERE e.id = $entity OR toLower(e.name) = toLower($entity) OR any(n IN coalesce(e.aliases, []) WHERE toLower(n) = toLower($entity))
CALL (e) {
  MATCH (e)-[m:MENTIONED_IN]->(art:Article)
  RETURN art, m.count AS mentions, null AS ev
  UNION ALL
  MATCH (e)-[r:MET|PROPOSED|REJECTED|PARTICIPATED_IN|HELD_IN|HOLDS_ROLE]-()
  MATCH (ev:Evidence {edge: r.key})-[:CITES]->(art:Article)
  RETURN art, 0 AS mentions, ev
}
WITH art, sum(mentions) AS mentions, count(DISTINCT ev) AS evidence
ORDER BY art.published DESC, art.id
LIMIT $limit
RETURN coalesce(art.title, art.name) AS article,
       art.published AS published,
       art.outlet AS outlet,
       mentions,
       evidence,
       art.path AS path
