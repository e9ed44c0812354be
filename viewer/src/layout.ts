import type { DisplayGraph } from './display.ts';
import { FA2Layout, forceAtlas2, noverlap, type LayoutSupervisor } from './vendor.ts';

/** Above this many nodes, noverlap (synchronous, on the main thread) would freeze the page. */
const NOVERLAP_MAX_NODES = 5000;

/** Runs ForceAtlas2 in a web worker for a time that grows with the graph, then spreads overlapping nodes. */
export class LayoutController {
  private supervisor: LayoutSupervisor | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private finish: () => void = () => undefined;

  constructor(private readonly graph: DisplayGraph) {}

  /** Resolves when this run ends: at its time budget, or when stop() is called. */
  run(budgetMs = LayoutController.budget(this.graph.order)): Promise<void> {
    if (this.supervisor) this.stop();
    const done = new Promise<void>((resolve) => (this.finish = resolve));
    if (this.graph.order < 2) {
      this.finish();
      return done;
    }
    const settings = { ...forceAtlas2.inferSettings(this.graph), adjustSizes: false, barnesHutOptimize: this.graph.order > 1000 };
    this.supervisor = new FA2Layout(this.graph, { settings, getEdgeWeight: null });
    this.supervisor.start();
    this.timer = setTimeout(() => this.stop(), budgetMs);
    return done;
  }

  /** Stops the force layout (at its budget, or when the user asks) and removes overlaps. */
  stop(): void {
    clearTimeout(this.timer);
    if (this.supervisor) {
      this.supervisor.kill();
      this.supervisor = null;
      if (this.graph.order <= NOVERLAP_MAX_NODES) this.removeOverlaps();
    }
    this.finish();
  }

  /** Node sizes are screen pixels; noverlap wants graph units, so scale them to a ~1000 px wide view. */
  private removeOverlaps(): void {
    let [minX, maxX] = [Infinity, -Infinity];
    this.graph.forEachNode((_key, a) => {
      minX = Math.min(minX, a.x);
      maxX = Math.max(maxX, a.x);
    });
    const unit = (maxX - minX || 1) / 1000;
    noverlap.assign(this.graph, {
      maxIterations: 60,
      settings: { margin: 3 * unit, ratio: 1 },
      inputReducer: (_key: string, a: { x: number; y: number; size?: number }) => ({ x: a.x, y: a.y, size: (a.size ?? 1) * unit }),
      outputReducer: (_key: string, a: { x: number; y: number }) => ({ x: a.x, y: a.y }),
    });
  }

  isRunning(): boolean {
    return this.supervisor !== null;
  }

  kill(): void {
    clearTimeout(this.timer);
    this.supervisor?.kill();
    this.supervisor = null;
  }

  static budget(order: number): number {
    return Math.min(8000, 1500 + order * 0.15);
  }
}
