import { describe, expect, it } from 'vitest';
import { design, edge, fields, node, type Part } from '../../testing/builders';
import { applyFix, findings, messageOf } from '../../testing/rules';
import { branchTimeoutMs, ensembleBranchTimeouts } from './ensembleBranchTimeouts';

/** A fraud ensemble: a router calling a fast tree model and a slower deep model in parallel. */
const ensemble = (timeouts: { trees?: number; deep?: number } = {}, ...extra: Part[]) =>
  design(
    node('router', 'model-router', { label: 'Fraud ensemble' }),
    node('trees', 'triton', { label: 'Gradient trees', props: { latencyP99Ms: 12 } }),
    node('deep', 'torchserve', { label: 'Deep model', props: { latencyP99Ms: 143 } }),
    edge('b1', 'router', 'trees', { resilience: timeouts.trees === undefined ? {} : { timeoutMs: timeouts.trees } }),
    edge('b2', 'router', 'deep', { resilience: timeouts.deep === undefined ? {} : { timeoutMs: timeouts.deep } }),
    fields({ workload: { latencySloMs: 250 } }),
    ...extra,
  );

describe('serving/ensemble-branch-timeouts', () => {
  it('fires on a router whose model branches lack timeouts', () => {
    const found = findings(ensembleBranchTimeouts, ensemble());
    expect(found).toHaveLength(1);
    expect(found[0]!.nodes).toEqual(['router', 'trees', 'deep']);
    expect(found[0]!.edges).toEqual(['b1', 'b2']);
    expect(messageOf(ensembleBranchTimeouts, found[0]!)).toBe(
      'Fraud ensemble calls 2 model servers synchronously and 2 of its branches have no timeout, among them the one to Gradient trees.',
    );
    expect(messageOf(ensembleBranchTimeouts, found[0]!, 'fr')).toBe(
      'Fraud ensemble appelle 2 serveurs de modèles de façon synchrone et 2 de ses branches n’ont pas de délai d’expiration, dont celle vers Gradient trees.',
    );
  });

  it('names the one branch left without a timeout', () => {
    const found = findings(ensembleBranchTimeouts, ensemble({ trees: 30 }));
    expect(found[0]!.message).toBe('one');
    expect(messageOf(ensembleBranchTimeouts, found[0]!)).toBe('Fraud ensemble calls 2 model servers synchronously and its branch to Deep model has no timeout.');
  });

  it('its fix sets twice each member’s p99, rounded up to 10 ms and capped by the SLO', () => {
    const d = ensemble();
    const fixed = applyFix(d, findings(ensembleBranchTimeouts, d)[0]!);
    expect(fixed.edges.map((e) => e.resilience.timeoutMs)).toEqual([30, 250]);
    expect(findings(ensembleBranchTimeouts, fixed)).toEqual([]);
    expect(branchTimeoutMs(undefined, 200)).toBe(200);
    expect(branchTimeoutMs(0, 200)).toBe(1);
  });

  it('does not fire with timeouts on every branch, with a single model, or on a release split', () => {
    expect(findings(ensembleBranchTimeouts, ensemble({ trees: 30, deep: 250 }))).toEqual([]);
    const single = design(node('router', 'model-router'), node('m', 'triton'), edge('b', 'router', 'm'));
    expect(findings(ensembleBranchTimeouts, single)).toEqual([]);
    const canary = design(
      node('router', 'model-router'),
      node('stable', 'triton', { props: { releaseRole: 'stable' } }),
      node('canary', 'triton', { props: { releaseRole: 'canary' } }),
      edge('b1', 'router', 'stable'), edge('b2', 'router', 'canary'),
    );
    expect(findings(ensembleBranchTimeouts, canary)).toEqual([]);
  });
});
