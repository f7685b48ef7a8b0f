import type { DesignEdge } from '../../model/types';
import type { RuleContext } from '../context';

/**
 * Connections that bring client traffic into an API gateway: from a client directly, or from a
 * pass-through in front of the gateway (CDN, WAF, load balancer) that clients call.
 */
export function gatewayEntries(context: RuleContext): readonly DesignEdge[] {
  return context.cached('integration/gatewayEntries', (context) =>
    context.edges.filter((e) => {
      if (!context.is(context.target(e), 'gateway')) return false;
      const source = context.source(e);
      if (context.isClient(source)) return true;
      return context.is(source, 'cdn', 'waf', 'load-balancer') && !context.is(source, 'gateway')
        && context.incoming(source.id).some((x) => context.isClient(context.source(x)));
    }),
  );
}
