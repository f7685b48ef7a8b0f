import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkNode, LayoutEngine } from '../core/layout';

/**
 * The layout engine of Node (CLI, tests, bench): the bundled ELK, which runs the same compiled
 * code as the browser's worker, on this thread. It cannot stop a running layout; layoutDesign's
 * timer still rejects the call once the time limit is past.
 */
export function createNodeLayoutEngine(): LayoutEngine {
  const elk = new ELK();
  return {
    layout: (graph: ElkNode) => elk.layout(graph) as Promise<ElkNode>,
  };
}
