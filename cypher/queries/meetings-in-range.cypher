// @name meetings-in-range
// @description Meetings whose date falls in a range (a meeting dated only by month or year counts
//   when that period overlaps the range), with place, status and participants, oldest first.
// @param from date First day: YYYY-MM-DD, or YYYY-MM / YYYY for the start of that month or year (e.g. 2022-01-01)
// @param to date Last day: YYYY-MM-DD, or YYYY-MM / YYYY for the end of that month or year (e.g. 2022-01-31)
// @example diplograph query meetings-in-range --param from=2022-01-01 --param to=2022-01-31
WITH date($from) AS first,
     CASE size($to)
       WHEN 4 THEN date($to + '-12-31')
       WHEN 7 THEN date($to + '-01') + duration('P1M') - duration('P1D')
       ELSE date($to)
     END AS last
MATCH (m:Meeting)
WHERE m.dateStart <= last AND m.dateEnd >= first
RETURN m.date AS date,
       m.name AS meeting,
       coalesce(head([(m)-[:HELD_IN]->(p) | p.name]), m.place) AS place,
       m.status AS status,
       m.meetingType AS type,
       [(a)-[:PARTICIPATED_IN]->(m) | a.name] AS participants
ORDER BY m.dateStart, m.id
