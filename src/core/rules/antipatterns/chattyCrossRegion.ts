import type { RuleContext } from '../context';
import { defineRule } from '../defineRule';
import { walkDepthFirst } from '../indexedGraph';

/**
 * For every node, the synchronous path from it with the most cross-region edges: how many it
 * crosses (`count`) and its first call (`first`, an edge index; -1 when it crosses none). One
 * depth-first pass over the sync graph, on the graph's indices, for all starts; a cycle is cut
 * where it closes (as for sync chains).
 */
interface Crossings {
  readonly count: Int32Array;
  readonly first: Int32Array;
}

function crossings(context: RuleContext): Crossings {
  return context.cached('anti-pattern/chatty-cross-region:crossings', (context) => {
    const { to, outStart, outEdges } = context.indexed;
    const n = context.indexed.nodes.length;
    const sync = new Uint8Array(context.edges.length);
    for (let k = 0; k < sync.length; k += 1) if (context.isSync(context.edges[k]!) && to[k]! >= 0) sync[k] = 1;
    const count = new Int32Array(n);
    const first = new Int32Array(n).fill(-1);
    const finished = new Uint8Array(n);
    walkDepthFirst(context.indexed, sync, {
      done: (u) => {
        // Targets still on the walk's stack close a cycle: the path stops there.
        for (let q = outStart[u]!; q < outStart[u + 1]!; q += 1) {
          const k = outEdges[q]!;
          if (sync[k] === 0 || finished[to[k]!] === 0) continue;
          const crossed = count[to[k]!]! + (context.isCrossRegion(context.edges[k]!) ? 1 : 0);
          if (crossed > count[u]!) {
            count[u] = crossed;
            first[u] = k;
          }
        }
        finished[u] = 1;
      },
    });
    return { count, first };
  });
}

/** The cross-region calls along the most crossing path from node `u`, in order. */
function crossingEdges(context: RuleContext, paths: Crossings, u: number): string[] {
  const { to } = context.indexed;
  const edges: string[] = [];
  for (let k = paths.first[u]!; k !== -1; k = paths.first[to[k]!]!) {
    if (context.isCrossRegion(context.edges[k]!)) edges.push(context.edges[k]!.id);
  }
  return edges;
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
    const starts = context.withRole('client').filter((n) => context.outgoing(n.id).some((e) => context.isSync(e)));
    const paths = crossings(context);
    const reported = new Set<string>();
    const { index } = context.indexed;
    for (const start of starts.length > 0 ? starts : context.entryPoints) {
      // An entry point connected to nothing is not indexed: no path starts there.
      const u = index.get(start.id);
      if (u === undefined || paths.count[u]! < 2) continue;
      const path = { count: paths.count[u]!, edges: crossingEdges(context, paths, u) };
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
      if (!context.isSync(e) || context.calls(e) <= 1 || !context.isCrossRegion(e)) continue;
      findings.push({
        message: 'loop' as const,
        params: { source: context.label(e.source), target: context.label(e.target), calls: context.calls(e) },
        nodes: [e.source, e.target],
        edges: [e.id],
      });
    }
    return findings;
  },
});
