// @name graph-summary
// @description What the database holds: nodes by label and relationships by type (including the
//   :Evidence nodes and their CITES links), with totals.
// @example diplograph query graph-summary
CALL () {
  MATCH (n)
  RETURN 'nodes' AS element, labels(n)[0] AS kind, count(*) AS count
  UNION ALL
  MATCH ()-[r]->()
  RETURN 'relationships' AS element, type(r) AS kind, count(*) AS count
}
WITH element, kind, count ORDER BY element, kind
RETURN element, kind, count
