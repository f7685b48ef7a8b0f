import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FILE_SUFFIX, parseDesignText, serializeDesign, type Design } from '../core';

/** Every example design in examples/ must load, and be written the way ArchLab writes it. */
const dir = join(import.meta.dirname, '..', '..', 'examples');
const files = readdirSync(dir).filter((name) => name.endsWith(FILE_SUFFIX)).sort();

/** Node boxes carry no size; containment is checked with a generous default node size. */
const NODE_WIDTH = 200;
const NODE_HEIGHT = 80;

function boxOf(design: Design, id: string) {
  const box = design.layout.elements[id];
  if (box === undefined) throw new Error(`${id} has no layout box`);
  return { x: box.x, y: box.y, width: box.width ?? NODE_WIDTH, height: box.height ?? NODE_HEIGHT };
}

describe('examples', () => {
  it('has the example designs', () => {
    expect(files).toEqual(expect.arrayContaining(['fraud-detection.archlab.json', 'realtime-inference.archlab.json']));
  });

  describe.each(files)('%s', (name) => {
    const text = readFileSync(join(dir, name), 'utf8');
    const result = parseDesignText(text);

    it('parses without problems', () => {
      expect(result.ok ? [] : result.problems).toEqual([]);
    });

    it('spells out every field, as serializeDesign writes it', () => {
      if (!result.ok) return;
      expect(text).toBe(serializeDesign(result.design));
    });

    it('places every node and group, children inside their group', () => {
      if (!result.ok) return;
      const { design } = result;
      for (const element of [...design.nodes, ...design.groups]) {
        const box = boxOf(design, element.id);
        if (element.parent === undefined) continue;
        const outer = boxOf(design, element.parent);
        expect(box.x, `${element.id} inside ${element.parent}`).toBeGreaterThanOrEqual(outer.x);
        expect(box.y, `${element.id} inside ${element.parent}`).toBeGreaterThanOrEqual(outer.y);
        expect(box.x + box.width, `${element.id} inside ${element.parent}`).toBeLessThanOrEqual(outer.x + outer.width);
        expect(box.y + box.height, `${element.id} inside ${element.parent}`).toBeLessThanOrEqual(outer.y + outer.height);
      }
      for (const group of design.groups) {
        expect(design.layout.elements[group.id]?.width, `${group.id} has a size`).toBeDefined();
      }
    });

    it('has no two nodes overlapping', () => {
      if (!result.ok) return;
      const boxes = result.design.nodes.map((n) => ({ id: n.id, ...boxOf(result.design, n.id) }));
      for (const [i, a] of boxes.entries()) {
        for (const b of boxes.slice(i + 1)) {
          const overlap = a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
          expect(overlap, `${a.id} overlaps ${b.id}`).toBe(false);
        }
      }
    });
  });
});
