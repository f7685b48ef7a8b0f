import { describe, expect, it } from 'vitest';
import { checkDraft, emptyProperty, propertyKey, type TypeDraft } from './customTypeForm';

const draft = (over: Partial<TypeDraft> = {}): TypeDraft => ({
  name: 'Scoring appliance',
  category: 'serving',
  c4: 'container',
  icon: 'cpu',
  technology: 'FPGA',
  description: '',
  props: [],
  ...over,
});

describe('custom type form', () => {
  it('makes a type with a custom- id that avoids taken ids and camelCase property keys', () => {
    const result = checkDraft(
      draft({ props: [{ ...emptyProperty(), label: 'Mémoire GPU', unit: 'GB', default: '24', min: '8', max: '96' }] }),
      new Set(['custom-scoring-appliance']),
    );
    expect('type' in result && result.type).toMatchObject({
      id: 'custom-scoring-appliance-2',
      name: 'Scoring appliance',
      props: [{ kind: 'number', key: 'memoireGpu', label: 'Mémoire GPU', unit: 'GB', default: 24, min: 8, max: 96 }],
    });
  });

  it('shows each wrong field: empty name, text in a number, reversed bounds, default outside', () => {
    const result = checkDraft(
      draft({
        name: ' ',
        props: [
          { ...emptyProperty(), label: 'A', default: 'ten' },
          { ...emptyProperty(), label: 'B', min: '5', max: '1' },
          { ...emptyProperty(), label: 'C', default: '500' },
          { ...emptyProperty(), label: 'c' },
        ],
      }),
      new Set(),
    );
    expect('errors' in result && result.errors).toEqual({
      name: 'customType.required',
      'props.0.default': 'customType.notNumber',
      'props.1.max': 'customType.boundsReversed',
      'props.2.default': 'customType.defaultOutside',
      'props.3.label': 'customType.duplicateLabel',
    });
  });

  it('derives property keys the file format accepts', () => {
    expect(propertyKey('GPU memory', new Set(), 0)).toBe('gpuMemory');
    expect(propertyKey('GPU memory', new Set(['gpuMemory']), 1)).toBe('gpuMemory2');
    expect(propertyKey('9 lives', new Set(), 2)).toBe('prop39Lives');
    expect(propertyKey('日本', new Set(), 0)).toBe('prop1');
  });
});
