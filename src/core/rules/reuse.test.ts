import { describe, expect, it } from 'vitest';
import { applyCommand } from '../model/commands/applyCommand';
import type { Command } from '../model/commands/types';
import { decision, design, edge, fields, node } from '../testing/builders';
import { checkDesign } from './index';
import { carryOver, sameRuleInputs } from './reuse';

const base = () =>
  design(
    node('api', 'microservice', { label: 'Checkout' }),
    node('model', 'triton', { label: 'Fraud model' }),
    edge('call', 'api', 'model'),
    fields({ layout: { elements: { api: { x: 0, y: 0 }, model: { x: 300, y: 0 } } } }),
  );

const after = (command: Command) => {
  const before = base();
  return { before, next: applyCommand(before, command).design };
};

describe('sameRuleInputs', () => {
  it('holds across a move, a rename of the design and a new decision record', () => {
    for (const command of [
      { op: 'set-boxes', boxes: { api: { x: 40, y: 40 } } },
      { op: 'update-design', patch: { name: 'Renamed', description: 'Text' } },
      { op: 'add-decision', decision: decision('adr-1', 1) },
    ] satisfies Command[]) {
      const { before, next } = after(command);
      expect(sameRuleInputs(before, next)).toBe(true);
    }
  });

  it('fails when the model, the workload, the patterns or the policy change', () => {
    for (const command of [
      { op: 'update-node', id: 'api', patch: { label: 'Basket' } },
      { op: 'update-edge', id: 'call', patch: { mode: 'async' } },
      { op: 'update-design', patch: { patterns: ['zero-trust'] } },
      { op: 'update-design', patch: { rulePolicy: { disabled: ['resilience/circuit-breaker'], severity: {} } } },
      { op: 'update-design', patch: { workload: { ...base().workload, latencySloMs: 50 } } },
    ] satisfies Command[]) {
      const { before, next } = after(command);
      expect(sameRuleInputs(before, next)).toBe(false);
    }
  });
});

describe('carryOver', () => {
  it('gives the findings the rules would give, with fixes that apply to the new design', () => {
    const { before, next } = after({ op: 'set-boxes', boxes: { api: { x: 40, y: 40 } } });
    const carried = carryOver(checkDesign(before), next);
    expect(carried.findings.map((f) => f.key)).toEqual(checkDesign(next).findings.map((f) => f.key));
    const breaker = carried.findings.find((f) => f.ruleId === 'resilience/circuit-breaker')!;
    const fixed = applyCommand(next, breaker.fix!.command('en')).design;
    expect(fixed.edges[0]!.resilience.circuitBreaker).toBe(true);
    expect(fixed.layout.elements.api).toEqual({ x: 40, y: 40 });
  });
});
