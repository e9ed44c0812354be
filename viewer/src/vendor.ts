// The graphology layouts are CommonJS packages whose typings declare an ES default export: a bundler
// hands over module.exports itself, TypeScript expects it under .default. Unwrapped and typed here, once.
import * as fa2Module from 'graphology-layout-forceatlas2';
import type { ForceAtlas2LayoutParameters, ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
import * as fa2WorkerModule from 'graphology-layout-forceatlas2/worker.js';
import * as noverlapModule from 'graphology-layout-noverlap';
import type { NoverlapLayoutParameters } from 'graphology-layout-noverlap';
import type { AbstractGraph } from 'graphology-types';

function unwrap<T>(module: unknown): T {
  const m = module as { default?: unknown };
  return (typeof m.default === 'function' ? m.default : module) as T;
}

/** ForceAtlas2's web-worker supervisor. */
export interface LayoutSupervisor {
  start(): void;
  stop(): void;
  kill(): void;
  isRunning(): boolean;
}

export const forceAtlas2 = unwrap<{ inferSettings(graph: AbstractGraph): ForceAtlas2Settings }>(fa2Module);
export const FA2Layout = unwrap<new (graph: AbstractGraph, params?: ForceAtlas2LayoutParameters) => LayoutSupervisor>(fa2WorkerModule);
export const noverlap = unwrap<{ assign(graph: AbstractGraph, params: NoverlapLayoutParameters): void }>(noverlapModule);
