import { defineRule } from '../defineRule';
import { setNodeProps } from '../fixCommands';

/** The federated learning aggregator sees only the sum of the updates, never one client’s. */
export const secureAggregation = defineRule({
  id: 'edge/secure-aggregation',
  category: 'edge',
  severity: 'warning',
  module: 1,
  scope: 'node',
  patterns: ['edge-federated'],
  title: { en: 'Secure aggregation of federated updates', fr: 'Agrégation sécurisée des mises à jour fédérées' },
  why: {
    en: 'Federated learning keeps raw data on the clients, but a single client’s model update can still leak what it was trained on. With secure aggregation the server only learns the weighted sum (FedAvg) of the updates, not any one of them; differential privacy can be added on top. ArchLab records it with the aggregator’s confidential computing property: set it when the aggregator runs secure aggregation, in a trusted execution environment with attestation or with a cryptographic protocol. [S17][S22]',
    fr: 'L’apprentissage fédéré garde les données brutes chez les clients, mais la mise à jour de modèle d’un seul client peut encore révéler ce sur quoi il s’est entraîné. Avec l’agrégation sécurisée, le serveur n’apprend que la somme pondérée (FedAvg) des mises à jour, jamais aucune d’elles prise isolément ; la confidentialité différentielle peut s’y ajouter. ArchLab l’enregistre par la propriété de calcul confidentiel de l’agrégateur : activez-la quand l’agrégateur exécute une agrégation sécurisée, dans un environnement d’exécution de confiance avec attestation ou par un protocole cryptographique. [S17][S22]',
  },
  fix: {
    en: 'Run secure aggregation (a protocol or a trusted execution environment) and record it as confidential computing on the aggregator.',
    fr: 'Mettez en place l’agrégation sécurisée (un protocole ou un environnement d’exécution de confiance) et indiquez-la comme calcul confidentiel sur l’agrégateur.',
  },
  source: 'DOMAIN.md §1 Compute/serving placement, Federated learning [S17]; Security, encryption in use [S22]',
  messages: {
    default: {
      en: '{aggregator} does not run secure aggregation (confidential computing is off): it can see each client’s update.',
      fr: '{aggregator} n’exécute pas d’agrégation sécurisée (calcul confidentiel désactivé) : la mise à jour de chaque client lui est visible.',
    },
  },
  check(context) {
    return context.scopeNodes('fl-aggregator')
      .filter((n) => !context.flag(n, 'confidentialCompute'))
      .map((n) => ({
        params: { aggregator: n.label },
        nodes: [n.id],
        fix: {
          label: { en: 'Run secure aggregation', fr: 'Activer l’agrégation sécurisée' },
          command: () => setNodeProps(n, { confidentialCompute: true }),
        },
      }));
  },
});
