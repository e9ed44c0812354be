export * from './primitives.ts';
export * from './evidence.ts';
export * from './nodes.ts';
export * from './edges.ts';
export * from './snapshot.ts';
