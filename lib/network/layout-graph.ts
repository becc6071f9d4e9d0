// Pure radial layout of a related-firm network for the server-rendered SVG: the firm in the
// centre, depth-1 firms on an inner ring, depth-2 firms on an outer ring next to the firm they
// were reached from. Every node (circle and its label below it) lies inside the view box.

export interface LayoutInput {
  origin: string;
  firms: readonly { uscc: string; depth: 1 | 2; via: string }[];
  edges: readonly { from: string; to: string; reason: string }[];
}

export interface LayoutNode {
  uscc: string;
  x: number;
  y: number;
  r: number;
  depth: 0 | 1 | 2;
}

export interface LayoutEdge {
  from: string;
  to: string;
  reason: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface GraphLayout {
  width: number;
  height: number;
  nodes: LayoutNode[];
  edges: LayoutEdge[];
}

export const GRAPH_WIDTH = 640;
export const GRAPH_HEIGHT = 520;
const ORIGIN_R = 22;
const NODE_R = 14;
/** Room below a node for its one-line label. */
export const LABEL_SPACE = 16;

const round = (n: number) => Math.round(n * 10) / 10;

/** Positions the nodes and edges (see the module comment); deterministic for the same input. */
export function layoutGraph(input: LayoutInput, width = GRAPH_WIDTH, height = GRAPH_HEIGHT): GraphLayout {
  const cx = width / 2;
  const cy = (height - LABEL_SPACE) / 2;
  const outer = Math.min(cx - NODE_R - 2, cy - NODE_R - 2);
  const ring1 = input.firms.filter((f) => f.depth === 1);
  const ring2 = input.firms.filter((f) => f.depth === 2);
  // A few firms sit close to the centre; a full ring uses the whole box.
  const r1 = ring2.length > 0 ? outer * 0.5 : Math.min(outer, 90 + 6 * ring1.length);
  const r2 = outer;
  const nodes: LayoutNode[] = [{ uscc: input.origin, x: cx, y: cy, r: ORIGIN_R, depth: 0 }];
  const angleOf = new Map<string, number>();
  ring1.forEach((f, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / ring1.length;
    angleOf.set(f.uscc, angle);
    nodes.push({ uscc: f.uscc, x: round(cx + r1 * Math.cos(angle)), y: round(cy + r1 * Math.sin(angle)), r: NODE_R, depth: 1 });
  });
  // Outer ring: ordered by the angle of the firm each was reached from, then evenly spaced.
  const ordered = [...ring2].sort((a, b) => (angleOf.get(a.via) ?? 0) - (angleOf.get(b.via) ?? 0));
  const start = ordered.length > 0 ? (angleOf.get(ordered[0]!.via) ?? -Math.PI / 2) - Math.PI / Math.max(ordered.length, 1) : 0;
  ordered.forEach((f, i) => {
    const angle = start + (2 * Math.PI * i) / ordered.length;
    nodes.push({ uscc: f.uscc, x: round(cx + r2 * Math.cos(angle)), y: round(cy + r2 * Math.sin(angle)), r: NODE_R, depth: 2 });
  });
  const at = new Map(nodes.map((n) => [n.uscc, n]));
  const edges: LayoutEdge[] = [];
  for (const e of input.edges) {
    const a = at.get(e.from);
    const b = at.get(e.to);
    if (a && b) edges.push({ from: e.from, to: e.to, reason: e.reason, x1: a.x, y1: a.y, x2: b.x, y2: b.y });
  }
  return { width, height, nodes, edges };
}
