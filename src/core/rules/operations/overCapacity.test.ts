import { describe, expect, it } from 'vitest';
import { design, edge, fields, node } from '../../testing/builders';
import { applyFix, findings, messageOf } from '../../testing/rules';
import { overCapacity } from './overCapacity';

/** Clients send `rps` to a Triton server of `replicas` × 350 req/s (DOMAIN.md §2.4's figures). */
const serving = (rps: number, replicas: number) =>
  design(
    node('app', 'web-client', { label: 'Mobile app' }),
    node('gw', 'api-gateway', { label: 'Gateway', props: { replicas: 3, throughputPerReplicaRps: 5_000 } }),
    node('model', 'triton', { label: 'Ranking model', props: { replicas, throughputPerReplicaRps: 350 } }),
    edge('e1', 'app', 'gw'),
    edge('e2', 'gw', 'model'),
    fields({ workload: { peakRps: rps, headroomPct: 30 } }),
  );

describe('operations/over-capacity', () => {
  it('fires when the peak exceeds replicas × throughput, naming the rate and the capacity', () => {
    const found = findings(overCapacity, serving(1_200, 2));
    expect(found).toHaveLength(1);
    expect(found[0]!.nodes).toEqual(['model']);
    expect(messageOf(overCapacity, found[0]!)).toBe('Ranking model receives 1,200 requests/s at peak but its replicas serve 700 requests/s.');
    expect(messageOf(overCapacity, found[0]!, 'fr')).toBe('Ranking model reçoit 1\u202f200\u00a0requêtes/s en pointe, mais ses réplicas n’en servent que 700\u00a0par seconde.');
  });

  it('does not fire when the replicas cover the peak, or without load', () => {
    expect(findings(overCapacity, serving(1_200, 4))).toEqual([]);
    expect(findings(overCapacity, serving(0, 1))).toEqual([]);
  });

  it('its fix sets the replicas the sizing asks for (5 + 1 spare at 1,200 req/s, 30 % headroom)', () => {
    const d = serving(1_200, 2);
    const fixed = applyFix(d, findings(overCapacity, d)[0]!);
    expect(fixed.nodes.find((n) => n.id === 'model')!.props.replicas).toBe(6);
    expect(findings(overCapacity, fixed)).toEqual([]);
  });
});
