// @name edge-evidence
// @description Evidence for an edge: every quote backing the claims between two entities (optionally
//   of one type), with its article, offsets in the cleaned text, rule and confidence.
// @param a string One end: name, alias or id of any entity (e.g. Лавров)
// @param b string Other end: name, alias or id of any entity (e.g. Блинкен)
// @param type string = "" Only this edge type (MET, PROPOSED, REJECTED, PARTICIPATED_IN, HELD_IN, HOLDS_ROLE); empty for all
// @example diplograph query edge-evidence --param a=Лавров --param b=Блинкен --param type=MET
MATCH (x:Person|State|Organization|Treaty|Meeting|Place)
WHERE x.id = $a OR toLower(x.name) = toLower($a) OR any(n IN coalesce(x.aliases, []) WHERE toLower(n) = toLower($a))
MATCH (y:Person|State|Organization|Treaty|Meeting|Place)
WHERE y.id = $b OR toLower(y.name) = toLower($b) OR any(n IN coalesce(y.aliases, []) WHERE toLower(n) = toLower($b))
MATCH (x)-[r]-(y)
WHERE $type = '' OR type(r) = toUpper($type)
MATCH (ev:Evidence {edge: r.key})-[:CITES]->(art:Article)
RETURN type(r) AS relation,
       startNode(r).name AS source,
       endNode(r).name AS target,
       ev.quote AS quote,
       coalesce(art.title, art.name) AS article,
       art.published AS published,
       ev.start AS start,
       ev.end AS end,
       ev.rule AS rule,
       ev.confidence AS confidence,
       r.key AS edge
ORDER BY edge, ev.loadedAt, ev.seq
