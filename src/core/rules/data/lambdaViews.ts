import type { DesignNode } from '../../model/types';
import type { RuleContext } from '../context';
import { MESSAGING_ROLES, inflows, isBatchProcessing, isViewStore, outflows } from './flow';

/** The layers of a Lambda architecture as the design draws them. */
export interface LambdaLayers {
  /** Batch layer: batch jobs that are not training jobs. */
  readonly batchJobs: readonly DesignNode[];
  /** Speed layer: stream jobs. */
  readonly streamJobs: readonly DesignNode[];
  /** Queryable stores a batch job writes. */
  readonly batchViews: ReadonlySet<string>;
  /** Queryable stores a stream job writes. */
  readonly speedViews: ReadonlySet<string>;
  /**
   * Serving layer: components or stores (not clients, jobs or logs) that data reaches from both
   * layers, so they can merge them.
   */
  readonly serving: readonly DesignNode[];
}

function viewsOf(context: RuleContext, jobs: readonly DesignNode[]): Set<string> {
  const views = new Set<string>();
  for (const job of jobs) {
    for (const f of outflows(context, job.id)) {
      if (isViewStore(context, context.node(f.to)!)) views.add(f.to);
    }
  }
  return views;
}

export function lambdaStructure(context: RuleContext): LambdaLayers {
  return context.cached('data/lambda-layers', (context) => {
    const batchJobs = context.withRole('batch-job').filter((n) => isBatchProcessing(context, n));
    const streamJobs = context.withRole('stream-job');
    const batchViews = viewsOf(context, batchJobs);
    const speedViews = viewsOf(context, streamJobs);
    const batchSide = new Set([...batchJobs.map((n) => n.id), ...batchViews]);
    const speedSide = new Set([...streamJobs.map((n) => n.id), ...speedViews]);
    // What data reaches from both sides is reached from the batch side, where the search starts.
    const reached = new Set<string>();
    for (const id of batchSide) for (const f of outflows(context, id)) reached.add(f.to);
    const serving = context.inNodeOrder([...reached].map((id) => context.node(id)!)).filter((n) => {
      if (context.isExternal(n) || context.is(n, 'batch-job', 'stream-job', ...MESSAGING_ROLES)) return false;
      const from = inflows(context, n.id);
      return from.some((f) => batchSide.has(f.from)) && from.some((f) => speedSide.has(f.from));
    });
    return { batchJobs, streamJobs, batchViews, speedViews, serving };
  });
}
