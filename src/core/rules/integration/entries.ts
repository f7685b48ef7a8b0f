import type { DesignEdge } from '../../model/types';
import type { RuleContext } from '../context';

/**
 * Connections that bring client traffic into an API gateway: from a client directly, or from a
 * pass-through in front of the gateway (CDN, WAF, load balancer) that clients call.
 */
export function gatewayEntries(context: RuleContext): readonly DesignEdge[] {
  return context.cached('integration/gatewayEntries', (context) => {
    const entries: DesignEdge[] = [];
    for (const gateway of context.withRole('gateway')) {
      for (const e of context.incoming(gateway.id)) {
        const source = context.source(e);
        if (context.isClient(source)
          || (context.is(source, 'cdn', 'waf', 'load-balancer') && !context.is(source, 'gateway') && context.incoming(source.id).some((x) => context.isClient(context.source(x))))) {
          entries.push(e);
        }
      }
    }
    return context.inEdgeOrder(entries);
  });
}
