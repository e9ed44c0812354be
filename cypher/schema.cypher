// diplograph's Neo4j schema, applied by 'diplograph load' before any data (every statement is
// idempotent). Nodes: label = kind, `id` = node key. Relationships: type = edge type, `key` = edge key.
// Evidence: one :Evidence node per (edge, article, start, end), -[:CITES]-> its :Article.

CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT state_id IF NOT EXISTS FOR (n:State) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT treaty_id IF NOT EXISTS FOR (n:Treaty) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT meeting_id IF NOT EXISTS FOR (n:Meeting) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT place_id IF NOT EXISTS FOR (n:Place) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT evidence_id IF NOT EXISTS FOR (n:Evidence) REQUIRE n.id IS UNIQUE;

// Edge keys are unique per type (also the index that MERGE and 'evidence for an edge' use).
CREATE CONSTRAINT met_key IF NOT EXISTS FOR ()-[r:MET]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT proposed_key IF NOT EXISTS FOR ()-[r:PROPOSED]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT rejected_key IF NOT EXISTS FOR ()-[r:REJECTED]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT participated_in_key IF NOT EXISTS FOR ()-[r:PARTICIPATED_IN]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT held_in_key IF NOT EXISTS FOR ()-[r:HELD_IN]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT holds_role_key IF NOT EXISTS FOR ()-[r:HOLDS_ROLE]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT mentioned_in_key IF NOT EXISTS FOR ()-[r:MENTIONED_IN]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT part_of_key IF NOT EXISTS FOR ()-[r:PART_OF]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT located_in_key IF NOT EXISTS FOR ()-[r:LOCATED_IN]-() REQUIRE r.key IS UNIQUE;

// Evidence of an edge is found by the edge's key.
CREATE INDEX evidence_edge IF NOT EXISTS FOR (n:Evidence) ON (n.edge);
CREATE INDEX meeting_date IF NOT EXISTS FOR (n:Meeting) ON (n.dateStart);

// Names and aliases of every entity, for lookups by any (inflected) form: the standard analyzer
// without stemming (Lucene's Russian stemmer cuts surnames unevenly: Лавров -> лавр, Лаврова ->
// лавров); the entity-search query matches word prefixes instead.
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (n:Person|State|Organization|Treaty|Meeting|Place) ON EACH [n.name, n.aliases, n.nameEn]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-no-stop-words', `fulltext.eventually_consistent`: false } };
