import type { Language } from '../../i18n';
import type { Command } from '../../model/commands/types';
import { defineRule } from '../defineRule';
import { boxNear, freshId, newEdge } from '../fixes';
import { linkSecurity } from '../security/linkSecurity';
import { criticalStores } from './criticalStores';

/** Disaster recovery: a second region, holding a copy of every store the critical path needs. */
export const drSecondRegion = defineRule({
  id: 'operations/dr-second-region',
  category: 'operations',
  severity: 'error',
  module: 8,
  patterns: ['multi-region-dr'],
  title: { en: 'A second region with a copy of every critical-path store', fr: 'Une seconde région avec une copie de chaque stockage du chemin critique' },
  why: {
    en: 'Zones protect against a data-centre failure, not against the loss of a whole region (a provider outage, a bad global change, a disaster). Whatever the tier (backup and restore in hours, pilot light in tens of minutes, warm standby in minutes, active-active near zero), recovery needs the data in another region: a store the critical path needs and that has no replica elsewhere leaves the recovery plan on paper only. The rule looks for a component of the same type in another region group.',
    fr: 'Les zones protègent contre la panne d’un centre de données, pas contre la perte d’une région entière (panne du fournisseur, changement global raté, sinistre). Quel que soit le niveau (sauvegarde et restauration en heures, veilleuse (pilot light) en dizaines de minutes, veille active (warm standby) en minutes, actif-actif quasi immédiat), la reprise exige les données dans une autre région : un stockage nécessaire au chemin critique sans réplica ailleurs réduit le plan de reprise à une déclaration d’intention. La règle cherche un composant du même type dans un autre groupe de région.',
  },
  fix: {
    en: 'Add a second region and replicate each critical-path store into it (cross-region replicas, global tables, bucket replication), sized for the chosen DR tier.',
    fr: 'Ajoutez une seconde région et répliquez-y chaque stockage du chemin critique (réplicas interrégions, tables globales, réplication de compartiments), dimensionnés selon le niveau de reprise choisi.',
  },
  source: 'DOMAIN.md §1 Operations, high availability and DR tiers [S26]',
  messages: {
    default: {
      en: '{node} in {region} has no counterpart of the same type in another region.',
      fr: '{node}, dans {region}, n’a pas d’équivalent du même type dans une autre région.',
    },
    unplaced: {
      en: '{node} is in no region and has no counterpart of the same type in a region.',
      fr: '{node} n’est dans aucune région et n’a pas d’équivalent du même type dans une région.',
    },
    oneRegion: {
      en: 'The design has a single region, {region}: disaster recovery needs a second one.',
      fr: 'La conception n’a qu’une région, {region} : la reprise après sinistre en exige une seconde.',
    },
    noRegion: {
      en: 'The design has no region group: disaster recovery needs two regions, the second holding copies of the critical data.',
      fr: 'La conception n’a aucun groupe de région : la reprise après sinistre exige deux régions, la seconde gardant une copie des données critiques.',
    },
  },
  check(context) {
    const regions = context.groups.filter((g) => g.kind === 'region');
    if (regions.length === 0) return [{ message: 'noRegion' }];
    if (regions.length === 1) return [{ message: 'oneRegion', params: { region: regions[0]!.label }, groups: [regions[0]!.id] }];

    // The regions where each type runs.
    const regionsOfType = new Map<string, Set<string>>();
    for (const n of context.nodes) {
      const region = context.enclosing(n.id, 'region');
      if (region === undefined) continue;
      const set = regionsOfType.get(n.type);
      if (set === undefined) regionsOfType.set(n.type, new Set([region.id]));
      else set.add(region.id);
    }

    const findings = [];
    for (const store of criticalStores(context)) {
      const home = context.enclosing(store.id, 'region');
      const elsewhere = [...(regionsOfType.get(store.type) ?? [])].some((r) => r !== home?.id);
      if (elsewhere) continue;
      const target = regions.find((r) => r.id !== home?.id)!;
      findings.push({
        message: home === undefined ? 'unplaced' as const : 'default' as const,
        params: { node: store.label, ...(home === undefined ? {} : { region: home.label }) },
        nodes: [store.id],
        groups: home === undefined ? [] : [home.id],
        fix: {
          label: { en: 'Replicate it into another region', fr: 'Le répliquer dans une autre région' },
          command: (language: Language): Command => {
            const copyId = freshId(context, `${store.id}-${target.id}`);
            const box = boxNear(context, target.id, 40, 60);
            const copy = { ...store, id: copyId, label: `${store.label} (${target.label})`.slice(0, 200), parent: target.id };
            return {
              op: 'batch',
              commands: [
                { op: 'add-node', node: copy, ...(box === undefined ? {} : { box }) },
                {
                  op: 'add-edge',
                  edge: newEdge(freshId(context, `${store.id}-replication`), store.id, copyId, {
                    label: language === 'fr' ? 'Réplication' : 'Replication',
                    mode: 'async',
                    protocol: 'other',
                    // Managed replication runs under the provider's identities, encrypted.
                    security: linkSecurity(context, 'iam'),
                    props: { crossRegion: true },
                  }),
                },
              ],
            };
          },
        },
      });
    }
    return findings;
  },
});
