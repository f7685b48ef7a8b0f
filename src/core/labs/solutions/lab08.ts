/** Lab 8 reference solution: the second region of the template put back, a service mesh per cluster, one more decision. */
import type { Design } from '../../model/types';
import { decision, node } from '../../testing/builders';
import { buildTemplate } from '../templateIds';
import { extend, restore } from './extend';

export function lab08Solution(start: Design): Design {
  const both = restore(start, buildTemplate('multi-region-platform', 'en', (prefix) => `${prefix}-template`));
  const next = Math.max(0, ...both.decisions.map((d) => d.number)) + 1;
  return extend(both, {
    nodes: [
      node('mesh-eu', 'service-mesh', { label: 'Service mesh (EU)', parent: 'eu-eks' }),
      node('mesh-us', 'service-mesh', { label: 'Service mesh (US)', parent: 'us-eks' }),
    ],
    decisions: [decision('adr-mesh', next, { title: 'Linkerd in every cluster for mTLS, discovery and traces', status: 'accepted', links: ['mesh-eu', 'mesh-us'] })],
  });
}
