// Layers import one way: schema <- graph <- everything else. neo4j-driver only in src/neo4j.
module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', from: {}, to: { circular: true } },
    {
      name: 'schema-is-the-bottom',
      comment: 'src/schema depends on nothing of ours',
      severity: 'error',
      from: { path: '^src/schema/' },
      to: { path: '^(src/(?!schema/)|ingest/|viewer/|test/)' },
    },
    {
      name: 'graph-depends-only-on-schema',
      severity: 'error',
      from: { path: '^src/graph/' },
      to: { path: '^(src/(?!schema/|graph/)|ingest/|viewer/|test/)' },
    },
    {
      name: 'ingest-is-below-cli',
      severity: 'error',
      from: { path: '^ingest/' },
      to: { path: '^(src/(cli|neo4j|export)/|viewer/|test/)' },
    },
    {
      name: 'neo4j-driver-only-in-src-neo4j',
      severity: 'error',
      from: { path: '^(?!src/neo4j/|test/)' },
      to: { path: 'node_modules/neo4j-driver' },
    },
    {
      name: 'viewer-app-stays-in-the-browser',
      comment: 'the browser app reaches Neo4j only through viewer/server (src/neo4j is for the server side)',
      severity: 'error',
      from: { path: '^viewer/(src|shared)/' },
      to: { path: '^(src/(neo4j|cli)/|viewer/server/)' },
    },
    {
      name: 'no-test-imports-from-product',
      severity: 'error',
      from: { path: '^(src|ingest|viewer)/' },
      to: { path: '^test/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js', '.mjs'] },
  },
};
