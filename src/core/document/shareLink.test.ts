import { describe, expect, it } from 'vitest';
import lzString from 'lz-string';
import { inferenceDesign } from '../testing/builders';
import { readShareFragment, shareFragment } from './shareLink';

describe('share links', () => {
  const design = inferenceDesign();

  it('carries a design in a URL fragment and reads it back unchanged', () => {
    const fragment = shareFragment(design);
    expect(fragment.startsWith('design=')).toBe(true);
    expect(fragment).toMatch(/^design=[A-Za-z0-9+\-$]*$/);
    expect(readShareFragment(`#${fragment}`)).toEqual({ ok: true, design, version: expect.any(Number) });
  });

  it('ignores fragments that carry no design', () => {
    expect(readShareFragment('')).toBeNull();
    expect(readShareFragment('#section-2')).toBeNull();
  });

  it('reports a link cut short instead of opening half a design', () => {
    const fragment = shareFragment(design);
    const result = readShareFragment(fragment.slice(0, fragment.length / 2));
    expect(result?.ok).toBe(false);
    expect(result !== null && !result.ok && result.problems[0]!.message.length).toBeGreaterThan(0);
    expect(readShareFragment('#design=')).toMatchObject({ ok: false, problems: [{ message: expect.stringContaining('damaged') }] });
  });

  it('validates the design as a file is validated', () => {
    const envelope = JSON.parse(lzString.decompressFromEncodedURIComponent(shareFragment(design).slice(7))) as { design: { nodes: { type: string }[] } };
    envelope.design.nodes[0]!.type = 'NOT A TYPE';
    const result = readShareFragment(`design=${lzString.compressToEncodedURIComponent(JSON.stringify(envelope))}`, { language: 'fr' });
    expect(result?.ok).toBe(false);
    expect(result !== null && !result.ok ? result.problems.map((p) => p.path) : []).toContain('design.nodes[0].type');
  });
});
