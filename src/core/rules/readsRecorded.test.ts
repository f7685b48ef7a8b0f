import { describe, expect, it } from 'vitest';
import { designWithClient } from '../../../bench/generateDesign';
import type { Design, DesignEdge, DesignNode } from '../model/types';
import { PATTERNS } from '../model/vocabulary';
import { referenceDesigns } from '../testing/rules';
import { evaluateRules } from './evaluate';
import { ANY_EDGE_FIELD, ANY_PROP, edgeKey, isEdgeKey } from './readLog';
import { RULES } from './registry';

/*
 * A lint rule keeps rule files from reading connection fields and component properties
 * directly. This checks what really happens, helpers outside the rule files included (the
 * metrics code the capacity rule uses, for one): every rule runs on designs whose connections
 * and property objects note each access, and every value a rule touched must be among the
 * reads it recorded, or under one of its wildcards. Otherwise an edit of that value would keep
 * findings that are no longer true.
 */

/** What the running rule touched, as read-log keys. */
let touched = new Set<string>();

/** An object whose reads are noted under `prefix` + the name read; listing its keys notes `prefix` + `*`. */
function watched<T extends object>(target: T, prefix: string): T {
  return new Proxy(target, {
    get(object, name, receiver) {
      if (typeof name === 'string') touched.add(`${prefix}${name}`);
      return Reflect.get(object, name, receiver) as unknown;
    },
    ownKeys(object) {
      touched.add(`${prefix}*`);
      return Reflect.ownKeys(object);
    },
  });
}

/** Fields of a connection that are not values the rules weigh: who it is, what it links, its name. */
const IDENTITY = new Set(['id', 'source', 'target', 'label']);

function watchedEdge(edge: DesignEdge): DesignEdge {
  const nested = { security: watched(edge.security, edgeKey('security.')), resilience: watched(edge.resilience, edgeKey('resilience.')), props: watched(edge.props, edgeKey('props.')) };
  return new Proxy(edge, {
    get(object, name, receiver) {
      if (typeof name === 'string' && Object.hasOwn(nested, name)) return nested[name as keyof typeof nested];
      if (typeof name === 'string' && !IDENTITY.has(name)) touched.add(edgeKey(name));
      return Reflect.get(object, name, receiver) as unknown;
    },
    ownKeys(object) {
      touched.add(ANY_EDGE_FIELD);
      return Reflect.ownKeys(object);
    },
  });
}

function watchedDesign(design: Design): Design {
  const nodes = design.nodes.map((n): DesignNode => ({ ...n, props: watched(n.props, '') }));
  return { ...design, nodes, edges: design.edges.map(watchedEdge) };
}

/** Whether a touched key is among a rule's reads or under one of its wildcards. */
function covered(key: string, reads: readonly string[]): boolean {
  if (reads.includes(key)) return true;
  return isEdgeKey(key) ? reads.includes(ANY_EDGE_FIELD) : reads.includes(ANY_PROP);
}

describe('the reads each rule records', () => {
  const designs: [string, Design][] = [
    ...referenceDesigns(),
    ['generated, 300 components', designWithClient(300)],
  ];

  it.each(designs)('hold every value the rules touch (%s)', (_name, base) => {
    const design = watchedDesign({ ...base, patterns: [...PATTERNS] });
    const missed: string[] = [];
    let seen = 0;
    for (const rule of RULES) {
      touched = new Set();
      const reads = evaluateRules(design, [rule]).reads?.[rule.id] ?? [];
      seen += touched.size;
      for (const key of touched) if (!covered(key, reads)) missed.push(`${rule.id} touched ${key}`);
    }
    expect(missed).toEqual([]);
    // The watch itself works: the rules do touch values.
    expect(seen).toBeGreaterThan(0);
  });

  it('catch a value read behind the context’s back', () => {
    const base = designWithClient(50);
    const design = watchedDesign(base);
    touched = new Set();
    // What a rule reading `edge.security.mtls` directly would do, outside any recorded read.
    const plain = design.edges.filter((e) => !e.security.mtls).length;
    expect(plain).toBeGreaterThan(0);
    expect([...touched]).toEqual(['edge.security.mtls']);
    expect(covered('edge.security.mtls', ['edge.security.tls'])).toBe(false);
    expect(covered('edge.security.mtls', [ANY_EDGE_FIELD])).toBe(true);
    expect(covered('replicas', [ANY_EDGE_FIELD])).toBe(false);
  });
});
