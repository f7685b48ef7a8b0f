import { describe, expect, it } from 'vitest';
import { applyCommand } from './commands/applyCommand';
import { createDesign } from './createDesign';
import { isUntouchedBlank } from './isUntouchedBlank';

describe('isUntouchedBlank', () => {
  it('is true for a new design with the default name, in English or French', () => {
    expect(isUntouchedBlank(createDesign('d1', 'Untitled design'))).toBe(true);
    expect(isUntouchedBlank(createDesign('d2', 'Conception sans titre'))).toBe(true);
  });

  it('is false once anything was changed', () => {
    const blank = createDesign('d1', 'Untitled design');
    expect(isUntouchedBlank(createDesign('d1', 'Fraud detection'))).toBe(false);
    const withWorkload = applyCommand(blank, { op: 'update-design', patch: { workload: { ...blank.workload, peakRps: 10 } } });
    expect(isUntouchedBlank(withWorkload.design)).toBe(false);
    const withPattern = applyCommand(blank, { op: 'update-design', patch: { patterns: ['kappa'] } });
    expect(isUntouchedBlank(withPattern.design)).toBe(false);
    const withNode = applyCommand(blank, {
      op: 'add-node',
      node: { id: 'n', type: 'kafka', label: 'Kafka', description: '', technology: '', props: {} },
    });
    expect(isUntouchedBlank(withNode.design)).toBe(false);
  });
});
