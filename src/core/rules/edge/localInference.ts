import type { Role } from '../../catalog/vocabulary';
import type { DesignNode } from '../../model/types';
import type { RuleContext } from '../context';
import { defineRule } from '../defineRule';
import type { RawFinding } from '../types';

/** Components that forward a call unchanged: a device calling through them still waits on what is behind. */
const PASS_THROUGH: readonly Role[] = ['gateway', 'load-balancer', 'waf', 'cdn'];

/** Whether a model server is central for this device: not an edge component, not in the device’s edge site. */
function isCentral(context: RuleContext, device: DesignNode, server: DesignNode): boolean {
  if (context.is(server, 'edge-device', 'fog-node')) return false;
  const site = context.enclosing(device.id, 'edge-site');
  return site === undefined || !context.ancestors(server.id).some((g) => g.id === site.id);
}

interface Reach {
  readonly server: string;
  readonly via: readonly string[];
  readonly edges: readonly string[];
}

/** Central model servers a device or fog node calls synchronously, directly or through pass-through components. */
function centralCalls(context: RuleContext, device: DesignNode): Reach[] {
  const found: Reach[] = [];
  const seen = new Set<string>([device.id]);
  const stack: { id: string; via: string[]; edges: string[] }[] = [{ id: device.id, via: [], edges: [] }];
  while (stack.length > 0) {
    const at = stack.pop()!;
    for (const e of context.outgoing(at.id)) {
      if (!context.isSync(e) || seen.has(e.target)) continue;
      seen.add(e.target);
      const target = context.target(e);
      if (context.is(target, 'model-server')) {
        if (isCentral(context, device, target)) found.push({ server: target.id, via: at.via, edges: [...at.edges, e.id] });
      } else if (context.is(target, ...PASS_THROUGH) && !context.is(target, 'edge-device', 'fog-node')) {
        stack.push({ id: target.id, via: [...at.via, target.id], edges: [...at.edges, e.id] });
      }
    }
  }
  return found;
}

/** Edge devices act on local inference, not on a synchronous call to the cloud. */
export const localInference = defineRule({
  id: 'edge/local-inference',
  category: 'edge',
  severity: 'warning',
  module: 4,
  patterns: ['edge-federated'],
  title: { en: 'Inference on the device or a fog node', fr: 'L’inférence sur l’appareil ou un nœud fog' },
  why: {
    en: 'Edge computing puts latency- and bandwidth-sensitive work near the sources. A device that must wait for a central model server to decide stops acting when the link drops or slows, and pays a wide-area round trip on every decision. Run the model on the device or on a fog node of its site, send summaries up asynchronously and receive new models down; keep store-and-forward for flaky links. Calls through gateways and load balancers count; a model server inside the device’s edge-site group, or of type edge device or fog node, is local. [S16]',
    fr: 'L’informatique en périphérie place près des sources le travail sensible à la latence et à la bande passante. Un appareil qui doit attendre un serveur de modèles central pour décider cesse d’agir quand le lien tombe ou ralentit, et paie un aller-retour longue distance à chaque décision. Exécutez le modèle sur l’appareil ou sur un nœud fog de son site, remontez des résumés de façon asynchrone et recevez les nouveaux modèles en retour ; prévoyez un stockage avec retransmission différée (store-and-forward) pour les liens instables. Les appels à travers des passerelles et répartiteurs de charge comptent ; un serveur de modèles dans le groupe de site périphérique de l’appareil, ou de type appareil ou nœud fog, est local. [S16]',
  },
  fix: {
    en: 'Deploy the model on the device (an on-device runtime) or on a fog node, and make the call to the centre asynchronous.',
    fr: 'Déployez le modèle sur l’appareil (un moteur d’inférence embarqué) ou sur un nœud fog, et rendez asynchrone l’appel au centre.',
  },
  source: 'DOMAIN.md §1 Compute/serving placement, Edge/fog [S16]; module 4, edge inference',
  messages: {
    default: {
      en: '{device} waits for a synchronous call to the central model server {server} before it can act.',
      fr: '{device} attend la réponse synchrone du serveur de modèles central {server} avant d’agir.',
    },
  },
  check(context) {
    const findings: RawFinding[] = [];
    for (const device of context.withRole('edge-device', 'fog-node')) {
      for (const reach of centralCalls(context, device)) {
        findings.push({
          params: { device: device.label, server: context.label(reach.server) },
          nodes: [device.id, ...reach.via, reach.server],
          edges: reach.edges,
        });
      }
    }
    return findings;
  },
});
