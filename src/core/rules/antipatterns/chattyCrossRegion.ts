import type { DesignEdge } from '../../model/types';
import type { RuleContext } from '../context';
import { defineRule } from '../defineRule';

/** The path from a node that crosses regions synchronously most often. */
interface Crossing {
  /** Sync cross-region calls on the most crossing path from here. */
  readonly count: number;
  /** The first call of that path, and where it leads (the rest of the path is read from there). */
  readonly edge?: DesignEdge;
}

/**
 * For every node, the synchronous path from it with the most cross-region edges. One depth-first
 * pass over the sync graph for all starts; a cycle is cut where it closes (as for sync chains).
 */
/** The cross-region calls along the path a Crossing describes, in order. */
function crossingEdges(context: RuleContext, paths: ReadonlyMap<string, Crossing>, from: Crossing): string[] {
  const edges: string[] = [];
  for (let step: Crossing | undefined = from; step?.edge !== undefined; step = paths.get(step.edge.target)) {
    if (context.isCrossRegion(step.edge)) edges.push(step.edge.id);
  }
  return edges;
}

function crossings(context: RuleContext): ReadonlyMap<string, Crossing> {
  return context.cached('anti-pattern/chatty-cross-region:crossings', () => {
    const best = new Map<string, Crossing>();
    const onStack = new Set<string>();
    const syncOut = (id: string) => context.outgoing(id).filter((e) => e.mode === 'sync');
    for (const start of context.nodes) {
      if (best.has(start.id)) continue;
      const frames = [{ id: start.id, children: syncOut(start.id), index: 0 }];
      onStack.add(start.id);
      while (frames.length > 0) {
        const frame = frames[frames.length - 1]!;
        if (frame.index < frame.children.length) {
          const child = frame.children[frame.index]!.target;
          frame.index += 1;
          if (!onStack.has(child) && !best.has(child)) {
            onStack.add(child);
            frames.push({ id: child, children: syncOut(child), index: 0 });
          }
          continue;
        }
        let result: Crossing = { count: 0 };
        for (const e of frame.children) {
          const tail = onStack.has(e.target) ? undefined : best.get(e.target);
          if (tail === undefined) continue;
          const count = tail.count + (context.isCrossRegion(e) ? 1 : 0);
          if (count > result.count) result = { count, edge: e };
        }
        best.set(frame.id, result);
        onStack.delete(frame.id);
        frames.pop();
      }
    }
    return best;
  });
}

/** Each synchronous call between regions costs tens of milliseconds, or more: one per request at most. */
export const chattyCrossRegion = defineRule({
  id: 'anti-pattern/chatty-cross-region',
  category: 'anti-pattern',
  severity: 'warning',
  module: 8,
  title: { en: 'Chatty synchronous calls between regions', fr: 'Appels synchrones bavards entre régions' },
  why: {
    en: 'A call within a zone takes under a millisecond on the network; between regions it takes tens of milliseconds to more than a hundred. A request that crosses regions synchronously several times, or calls another region in a loop, spends its latency budget on the network and depends on both regions being up. Keep each request in one region: co-locate the callers, replicate or cache the data regionally, batch the calls, or go asynchronous.',
    fr: 'Un appel dans une même zone prend moins d’une milliseconde de réseau ; entre régions, de quelques dizaines à plus de cent millisecondes. Une requête qui traverse plusieurs fois des régions de façon synchrone, ou appelle une autre région en boucle, dépense son budget de latence dans le réseau et dépend de la disponibilité des deux régions. Gardez chaque requête dans une région : rapprochez les appelants, répliquez ou mettez en cache les données dans chaque région, regroupez les appels ou passez en asynchrone.',
  },
  fix: {
    en: 'Serve the request in one region: move the callee next to its caller, replicate or cache its data locally, batch the calls, or make them asynchronous.',
    fr: 'Servez la requête dans une seule région : placez l’appelé près de son appelant, répliquez ou mettez en cache ses données localement, regroupez les appels ou rendez-les asynchrones.',
  },
  source: 'DOMAIN.md §1 Anti-patterns, chatty cross-region calls; §2.2 network latency (EST) [S25][S28]',
  messages: {
    default: {
      en: 'A request from {client} crosses regions synchronously {count} times on one path, first from {source} to {target}.',
      fr: 'Une requête de {client} traverse des régions de façon synchrone {count} fois sur un même chemin, d’abord de {source} vers {target}.',
    },
    loop: {
      en: '{source} calls {target} in another region {calls} times per request.',
      fr: '{source} appelle {target}, dans une autre région, {calls} fois par requête.',
    },
  },
  check(context) {
    const findings = [];
    const starts = context.nodes.filter((n) => context.isClient(n) && context.outgoing(n.id).some((e) => e.mode === 'sync'));
    const paths = crossings(context);
    const reported = new Set<string>();
    for (const start of starts.length > 0 ? starts : context.entryPoints) {
      const found = paths.get(start.id);
      if (found === undefined || found.count < 2) continue;
      const path = { count: found.count, edges: crossingEdges(context, paths, found) };
      const key = path.edges.join(',');
      if (reported.has(key)) continue;
      reported.add(key);
      const first = context.edge(path.edges[0]!)!;
      const nodes = new Set<string>([start.id]);
      for (const id of path.edges) {
        const e = context.edge(id)!;
        nodes.add(e.source);
        nodes.add(e.target);
      }
      findings.push({
        params: { client: start.label, count: path.count, source: context.label(first.source), target: context.label(first.target) },
        nodes: [...nodes],
        edges: [...path.edges],
      });
    }
    for (const e of context.edges) {
      if (e.mode !== 'sync' || e.callsPerRequest <= 1 || !context.isCrossRegion(e)) continue;
      findings.push({
        message: 'loop' as const,
        params: { source: context.label(e.source), target: context.label(e.target), calls: e.callsPerRequest },
        nodes: [e.source, e.target],
        edges: [e.id],
      });
    }
    return findings;
  },
});
