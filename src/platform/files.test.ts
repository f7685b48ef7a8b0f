import { describe, expect, it } from 'vitest';
import { designFileName } from './files';

describe('designFileName', () => {
  it('turns a design name into a safe file name', () => {
    expect(designFileName('Real-time inference service')).toBe('real-time-inference-service.archlab.json');
    expect(designFileName('Détection de fraude — v2')).toBe('detection-de-fraude-v2.archlab.json');
    expect(designFileName('../../etc/passwd')).toBe('etc-passwd.archlab.json');
    expect(designFileName('<script>')).toBe('script.archlab.json');
    expect(designFileName('***')).toBe('design.archlab.json');
  });
});
