import type { EdgeType } from '../../src/schema/index.ts';

// Node colours are shared with the exports (src/graph/palette.ts, KIND_COLORS); edge colours are the
// viewer's own: muted for structure (mentions, membership), strong for the claims.
export const EDGE_TYPE_COLORS: Readonly<Record<EdgeType, string>> = {
  MET: '#5c6bc0',
  PROPOSED: '#2e7d32',
  REJECTED: '#c62828',
  PARTICIPATED_IN: '#e8a87c',
  HELD_IN: '#a1887f',
  HOLDS_ROLE: '#78909c',
  MENTIONED_IN: '#d5d9de',
  PART_OF: '#80cbc4',
  LOCATED_IN: '#b0bec5',
};
