import type { DesignNode } from '../../model/types';
import type { RuleContext } from '../context';

/**
 * Stores the critical path depends on: those it reaches synchronously, and those a critical-path
 * component reads or writes by any connection (an asynchronous write to a log is still its data).
 * In design order; computed once per evaluation.
 */
export function criticalStores(context: RuleContext): readonly DesignNode[] {
  return context.cached('operations:criticalStores', (context) => {
    const critical = context.critical;
    const used = new Set<string>();
    for (const e of context.edges) {
      if (critical.has(e.source)) used.add(e.target);
      if (critical.has(e.target)) used.add(e.source);
    }
    return context.nodes.filter((n) => context.isStore(n) && (critical.has(n.id) || used.has(n.id)));
  });
}
