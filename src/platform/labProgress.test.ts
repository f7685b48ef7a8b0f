import { describe, expect, it } from 'vitest';
import { parseProgress, partOfDesign, withPart } from './labProgress';

describe('lab progress', () => {
  it('reads what it wrote', () => {
    const progress = withPart(withPart({}, 3, 'main', { designId: 'design-a' }), 3, 'main', { hintsShown: 2 });
    expect(parseProgress(JSON.stringify(progress))).toEqual({ 3: { main: { designId: 'design-a', hintsShown: 2, completed: false } } });
  });

  it('drops damaged records and keeps the rest', () => {
    const text = JSON.stringify({
      1: { a: { designId: 'x', hintsShown: 1, completed: true }, b: { designId: 4 }, c: null },
      2: 'nonsense',
      4: { main: { designId: 'y', hintsShown: -1, completed: false } },
    });
    expect(parseProgress(text)).toEqual({ 1: { a: { designId: 'x', hintsShown: 1, completed: true } } });
    expect(parseProgress('{not json')).toEqual({});
    expect(parseProgress('[1,2]')).toEqual({});
    expect(parseProgress(null)).toEqual({});
  });

  it('finds the lab part a design belongs to', () => {
    const progress = withPart(withPart({}, 1, 'batch', { designId: 'd1' }), 1, 'iot', { designId: 'd2' });
    expect(partOfDesign(progress, 'd2')).toEqual({ lab: 1, part: 'iot' });
    expect(partOfDesign(progress, 'other')).toBeUndefined();
  });
});
