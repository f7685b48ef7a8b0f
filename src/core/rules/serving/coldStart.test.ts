import { describe, expect, it } from 'vitest';
import { design, edge, fields, node } from '../../testing/builders';
import { applyFix, findings, messageOf } from '../../testing/rules';
import { coldStart } from './coldStart';

const checkout = ({ props = {}, mode = 'sync', patterns = ['serverless'] }: { props?: Record<string, unknown>; mode?: string; patterns?: string[] } = {}) =>
  design(
    node('shop', 'web-client'),
    node('gw', 'api-gateway'),
    node('fn', 'serverless-function', { label: 'Price quote', props }),
    edge('e1', 'shop', 'gw'),
    edge('e2', 'gw', 'fn', { mode }),
    fields({ patterns, workload: { latencySloMs: 300 } }),
  );

describe('serving/cold-start', () => {
  it('fires on a function on a synchronous path whose cold start exceeds a tenth of the SLO', () => {
    const found = findings(coldStart, checkout());
    expect(found).toHaveLength(1);
    expect(found[0]!.nodes).toEqual(['fn']);
    expect(messageOf(coldStart, found[0]!)).toBe(
      'Price quote is on a synchronous request path with a cold start of 800 ms, more than 30 ms (a tenth of the 300 ms latency SLO), and no provisioned concurrency.',
    );
    expect(messageOf(coldStart, found[0]!, 'fr')).toBe(
      'Price quote est sur un chemin de requêtes synchrone avec un démarrage à froid de 800\u00a0ms, plus de 30\u00a0ms (le dixième du SLO de latence de 300\u00a0ms), et sans concurrence provisionnée.',
    );
  });

  it('its fix records provisioned concurrency and the finding goes', () => {
    const d = checkout();
    const fixed = applyFix(d, findings(coldStart, d)[0]!);
    expect(fixed.nodes[2]!.props.provisionedConcurrency).toBe(true);
    expect(findings(coldStart, fixed)).toEqual([]);
  });

  it('does not fire on a short cold start, an asynchronous trigger, or with provisioned concurrency', () => {
    expect(findings(coldStart, checkout({ props: { coldStartMs: 30 } }))).toEqual([]);
    expect(findings(coldStart, checkout({ mode: 'async' }))).toEqual([]);
    expect(findings(coldStart, checkout({ props: { provisionedConcurrency: true } }))).toEqual([]);
  });

  it('does not run when Serverless is not declared', () => {
    expect(findings(coldStart, checkout({ patterns: [] }))).toEqual([]);
  });
});
