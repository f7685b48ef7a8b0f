import type { DesignNode } from '../../model/types';
import type { RuleContext } from '../context';

/**
 * Stores the critical path depends on: those it reaches synchronously, and those a critical-path
 * component reads or writes by any connection (an asynchronous write to a log is still its data).
 * In design order; computed once per evaluation.
 */
export function criticalStores(context: RuleContext): readonly DesignNode[] {
  return context.cached('operations:criticalStores', (context) => {
    const found = new Set<string>();
    for (const id of context.critical) {
      found.add(id);
      for (const e of context.outgoing(id)) found.add(e.target);
      for (const e of context.incoming(id)) found.add(e.source);
    }
    return context.inNodeOrder([...found].map((id) => context.node(id)!).filter((n) => context.isStore(n)));
  });
}
