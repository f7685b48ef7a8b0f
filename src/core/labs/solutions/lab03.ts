/** Lab 3 reference solution: the fraud scoring sketch sized for 2,000 req/s over two zones, built on the lab's starting design. */
import type { Design } from '../../model/types';
import { decision } from '../../testing/builders';
import { extend } from './extend';

export function lab03Solution(start: Design): Design {
  return extend(start, {
    props: {
      lb: { replicas: 2, zones: 2 },
      // ceil(2,000 × 1.3 ÷ 500) = 6, + 1 spare over two zones.
      scoring: { replicas: 7, zones: 2 },
      // ceil(2,000 × 1.3 ÷ 350) = 8, + 1 spare.
      model: { replicas: 9, zones: 2 },
      features: { replicas: 3, zones: 3, availabilitySlaPct: 99.99 },
      velocity: { replicas: 2, zones: 2 },
    },
    decisions: [decision('adr-1', 1, { title: 'One cloud provider, with an exit plan on portable containers and Kafka', status: 'accepted' })],
    patterns: ['high-availability'],
  });
}
