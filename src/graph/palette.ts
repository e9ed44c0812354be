import type { NodeKind } from '../schema/index.ts';

/**
 * Node colors by kind, shared by the viewer and the GEXF export. The Okabe–Ito palette: eight colors
 * that colour-blind readers can still tell apart.
 */
export const KIND_COLORS: Readonly<Record<NodeKind, string>> = {
  Person: '#E69F00', // orange
  State: '#0072B2', // blue
  Organization: '#009E73', // bluish green
  Treaty: '#CC79A7', // reddish purple
  Meeting: '#D55E00', // vermillion
  Place: '#56B4E9', // sky blue
  Article: '#999999', // grey
};

/** "#RRGGBB" as [r, g, b] bytes. */
export function hexToRgb(hex: string): [number, number, number] {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff];
}
