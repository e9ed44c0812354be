// @name entity-search
// @description Find entities by any form of their name, inflected or not ("Лаврова", "Блинкеном",
//   "США"), through the entity_names full-text index over name, aliases and nameEn: each word matches
//   itself or, when longer than 4 letters, any word starting with it minus its last 3 letters (at least 4).
// @param q string Words to look for (e.g. Лаврова)
// @param limit int = 10 At most this many entities
// @example diplograph query entity-search --param q=Лаврова
// @example diplograph query entity-search --param "q=Сергея Лаврова"
WITH [w IN split(reduce(s = toLower(trim($q)), c IN ['\\', '+', '-', '!', '(', ')', ':', '^', '[', ']', '"', '{', '}', '~', '*', '?', '|', '&', '/', ',', '.', ';', '«', '»'] | replace(s, c, ' ')), ' ') WHERE w <> ''] AS words
WHERE size(words) > 0
WITH reduce(q = '', w IN words |
       q + CASE WHEN q = '' THEN '' ELSE ' AND ' END + '(' + w + '^3 OR ' +
       CASE WHEN size(w) > 4 THEN left(w, CASE WHEN size(w) - 3 < 4 THEN 4 ELSE size(w) - 3 END) + '*' ELSE w END + ')') AS lucene
CALL db.index.fulltext.queryNodes('entity_names', lucene) YIELD node, score
RETURN labels(node)[0] AS kind,
       node.name AS name,
       node.id AS id,
       node.aliases AS aliases,
       round(score, 3) AS score
ORDER BY score DESC, name
LIMIT $limit
