// @name shortest-path
// @description Shortest path between two entities over the claims (meetings, proposals, rejections,
//   roles, places); with viaArticles=true also through articles that mention both.
// @param a string From: name, alias or id of any entity (e.g. Блинкен)
// @param b string To: name, alias or id of any entity (e.g. Россия)
// @param viaArticles boolean = false Also follow MENTIONED_IN (co-mention in an article)
// @example diplograph query shortest-path --param a=Блинкен --param b=Россия
MATCH (x:Person|State|Organization|Treaty|Meeting|Place)
WHERE x.id = $a OR toLower(x.name) = toLower($a) OR any(n IN coalesce(x.aliases, []) WHERE toLower(n) = toLower($a))
MATCH (y:Person|State|Organization|Treaty|Meeting|Place)
WHERE y.id = $b OR toLower(y.name) = toLower($b) OR any(n IN coalesce(y.aliases, []) WHERE toLower(n) = toLower($b))
WITH x, y WHERE x <> y
MATCH p = shortestPath((x)-[:MET|PROPOSED|REJECTED|PARTICIPATED_IN|HELD_IN|HOLDS_ROLE|PART_OF|LOCATED_IN|MENTIONED_IN*..12]-(y))
WHERE $viaArticles OR none(r IN relationships(p) WHERE type(r) = 'MENTIONED_IN')
WITH p ORDER BY length(p) LIMIT 1
RETURN length(p) AS hops,
       reduce(s = head(nodes(p)).name, i IN range(0, length(p) - 1) |
         s + CASE WHEN startNode(relationships(p)[i]) = nodes(p)[i]
                  THEN ' -[' + type(relationships(p)[i]) + ']-> '
                  ELSE ' <-[' + type(relationships(p)[i]) + ']- ' END + nodes(p)[i + 1].name) AS path
