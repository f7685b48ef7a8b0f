import type { Language } from '../../i18n';
import type { Command } from '../../model/commands/types';
import type { DesignNode } from '../../model/types';
import type { RuleContext } from '../context';
import { defineRule } from '../defineRule';
import { boxNear, catalogNode, freshId, newEdge } from '../fixes';
import type { QuickFix, RawFinding } from '../types';
import { inflows, isBatchProcessing } from './flow';

type Message = 'default' | 'noOffline' | 'noOnline';

/** Feature pipelines: jobs and functions that compute features and write them to a store. */
function writersOf(context: RuleContext, store: DesignNode): string[] {
  return inflows(context, store.id)
    .filter((f) => {
      const writer = context.node(f.from)!;
      return isBatchProcessing(context, writer) || context.is(writer, 'stream-job', 'function');
    })
    .map((f) => f.from);
}

function connect(context: RuleContext, writer: string, store: string): Command {
  return { op: 'add-edge', edge: newEdge(freshId(context, `${writer}-to-${store}`), writer, store, { mode: 'async', props: { access: 'write' } }) };
}

/** The same feature pipeline writes an offline store (training) and an online store (serving). */
export const featureStorePair = defineRule<Message>({
  id: 'data/feature-store-pair',
  category: 'data',
  severity: 'warning',
  module: 2,
  title: { en: 'Online and offline feature stores fed by one pipeline', fr: 'Magasins de caractéristiques en ligne et hors ligne alimentés par une même chaîne de traitement' },
  why: {
    en: 'Training reads feature history from the offline store with point-in-time joins; online inference reads the latest values from the online store. Both must come from the same feature definitions, materialised by the same pipeline: features computed twice, by separate code, drift apart, and the model then predicts on values unlike those it learnt from (training–serving skew). A feature pipeline here is a batch job (not training), a stream job or a function that writes the store. An offline store alone is only flagged when the design serves models online. [S7]',
    fr: 'L’entraînement lit l’historique des caractéristiques dans le magasin hors ligne par des jointures à date d’effet (point-in-time) ; l’inférence en ligne lit les dernières valeurs dans le magasin en ligne. Les deux doivent venir des mêmes définitions de caractéristiques, matérialisées par la même chaîne de traitement : des caractéristiques calculées deux fois, par du code distinct, divergent, et le modèle prédit alors sur des valeurs différentes de celles sur lesquelles il a appris (écart entre entraînement et inférence). Une chaîne de calcul des caractéristiques est ici un traitement par lots (hors entraînement), un traitement de flux ou une fonction qui écrit dans le magasin. Un magasin hors ligne seul n’est signalé que si la conception sert des modèles en ligne. [S7]',
  },
  fix: {
    en: 'Materialise one set of feature definitions into both stores from the same pipeline (for instance Feast materialisation).',
    fr: 'Matérialisez un même jeu de définitions de caractéristiques dans les deux magasins depuis la même chaîne de traitement (par exemple avec la matérialisation de Feast).',
  },
  source: 'DOMAIN.md §1 Data architectures, Feature store [S7]',
  messages: {
    default: {
      en: 'No feature pipeline writes both {online} and {offline}: their features can drift apart.',
      fr: 'Aucune chaîne de calcul des caractéristiques n’écrit à la fois dans {online} et dans {offline} : leurs caractéristiques peuvent diverger.',
    },
    noOffline: {
      en: '{online} has no offline feature store beside it: training cannot read the same features with their history.',
      fr: '{online} n’a pas de magasin de caractéristiques hors ligne associé : l’entraînement ne peut pas lire les mêmes caractéristiques avec leur historique.',
    },
    noOnline: {
      en: '{offline} has no online feature store beside it: the models served online cannot read the same features.',
      fr: '{offline} n’a pas de magasin de caractéristiques en ligne associé : les modèles servis en ligne ne peuvent pas lire les mêmes caractéristiques.',
    },
  },
  check(context) {
    const online = context.withRole('feature-store-online');
    const offline = context.withRole('feature-store-offline');
    if (online.length === 0 && offline.length === 0) return [];
    const writers = new Map<string, string[]>();
    for (const store of [...online, ...offline]) writers.set(store.id, writersOf(context, store));
    const writersOfAll = (stores: readonly DesignNode[]) => new Set(stores.flatMap((o) => writers.get(o.id)!));
    const onlineWriters = writersOfAll(online);
    const offlineWriters = writersOfAll(offline);
    const paired = (store: DesignNode, others: ReadonlySet<string>) => writers.get(store.id)!.some((w) => others.has(w));
    const findings: RawFinding<Message>[] = [];

    const missing = (store: DesignNode, kind: 'online' | 'offline') => {
      const writer = writers.get(store.id)![0];
      const fix: QuickFix | undefined = writer === undefined ? undefined : {
        label: kind === 'offline'
          ? { en: 'Add an offline feature store', fr: 'Ajouter un magasin de caractéristiques hors ligne' }
          : { en: 'Add an online feature store', fr: 'Ajouter un magasin de caractéristiques en ligne' },
        command: (language: Language): Command => {
          const id = freshId(context, `${store.id}-${kind}`);
          const label = kind === 'offline'
            ? (language === 'fr' ? 'Caractéristiques hors ligne' : 'Offline features')
            : (language === 'fr' ? 'Caractéristiques en ligne' : 'Online features');
          const box = boxNear(context, store.id, 0, 140);
          return {
            op: 'batch',
            commands: [
              { op: 'add-node', node: catalogNode(context, `feature-store-${kind}`, id, label, store.parent), ...(box === undefined ? {} : { box }) },
              connect(context, writer, id),
            ],
          };
        },
      };
      findings.push({
        message: kind === 'offline' ? 'noOffline' : 'noOnline',
        params: kind === 'offline' ? { online: store.label } : { offline: store.label },
        nodes: [store.id, writer].filter((id) => id !== undefined),
        ...(fix === undefined ? {} : { fix }),
      });
    };

    const apart = (on: DesignNode, off: DesignNode) => {
      const fromOnline = writers.get(on.id)![0];
      const fromOffline = writers.get(off.id)![0];
      const fix: QuickFix | undefined = fromOnline !== undefined
        ? { label: { en: `Also write to ${off.label}`, fr: `Écrire aussi dans ${off.label}` }, command: () => connect(context, fromOnline, off.id) }
        : fromOffline !== undefined
          ? { label: { en: `Also write to ${on.label}`, fr: `Écrire aussi dans ${on.label}` }, command: () => connect(context, fromOffline, on.id) }
          : undefined;
      findings.push({ params: { online: on.label, offline: off.label }, nodes: [on.id, off.id], ...(fix === undefined ? {} : { fix }) });
    };

    for (const store of online) {
      if (offline.length === 0) missing(store, 'offline');
      else if (!paired(store, offlineWriters)) apart(store, offline[0]!);
    }
    const servesOnline = context.withRole('model-server').length > 0;
    for (const store of offline) {
      if (online.length === 0) {
        if (servesOnline) missing(store, 'online');
      } else if (!paired(store, onlineWriters)) apart(online[0]!, store);
    }
    return findings;
  },
});
