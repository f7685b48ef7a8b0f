import type { DesignEdge } from '../../model/types';
import type { AuthnMethod } from '../../model/vocabulary';
import type { RuleContext } from '../context';

/**
 * The security of a connection a quick fix adds, so that the fix does not raise a finding of
 * its own: TLS always, and under zero trust mutual TLS with an authenticated caller.
 */
export function linkSecurity(context: RuleContext, authn: AuthnMethod = 'none'): DesignEdge['security'] {
  return context.design.patterns.includes('zero-trust')
    ? { tls: true, mtls: true, authn: authn === 'none' ? 'mtls' : authn }
    : { tls: true, mtls: false, authn };
}
