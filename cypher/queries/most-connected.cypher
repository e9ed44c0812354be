// @name most-connected
// @description The most connected actors (people, states, organizations; news sources excluded):
//   by the number of claims they take part in, with distinct partners, meetings and articles.
// @param limit int = 10 How many actors (e.g. 10)
// @example diplograph query most-connected --param limit=10
MATCH (a:Person|State|Organization)
WHERE NOT coalesce(a.isSource, false)
WITH a, COUNT { (a)-[:MET|PROPOSED|REJECTED|PARTICIPATED_IN]-() } AS claims
WHERE claims > 0
RETURN a.name AS actor,
       labels(a)[0] AS kind,
       claims,
       size(COLLECT { MATCH (a)-[:MET|PARTICIPATED_IN]-()-[:PARTICIPATED_IN*0..1]-(o:Person|State|Organization) WHERE o <> a RETURN DISTINCT o }) AS partners,
       COUNT { (a)-[:PARTICIPATED_IN]->(:Meeting) } AS meetings,
       COUNT { (a)-[:MENTIONED_IN]->(:Article) } AS articles
ORDER BY claims DESC, partners DESC, actor
LIMIT $limit
