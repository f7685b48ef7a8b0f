import { defineRule } from '../defineRule';
import { setNodeProps } from '../fixCommands';

/** Restricted data in use (decrypted in memory) stays protected only inside a trusted execution environment. */
export const confidentialCompute = defineRule({
  id: 'security/confidential-compute',
  category: 'security',
  severity: 'warning',
  module: 6,
  scope: 'node',
  title: { en: 'Restricted data processed in a trusted execution environment', fr: 'Données restreintes traitées dans un environnement d’exécution de confiance' },
  why: {
    en: 'Encryption at rest and in transit ends where the data is used: in memory it is readable by the host, its administrators and anything that breaks out of a neighbouring workload. A trusted execution environment (confidential VM, enclave, confidential GPU) keeps memory encrypted and proves by remote attestation what code runs there. Restricted data (personal, health, payment) is where that is worth its cost. The rule reads the data classification stated on each component.',
    fr: 'Le chiffrement au repos et en transit s’arrête là où la donnée est utilisée : en mémoire, elle est lisible par l’hôte, ses administrateurs et tout ce qui s’échappe d’une charge de travail voisine. Un environnement d’exécution de confiance (VM confidentielle, enclave, GPU confidentiel) garde la mémoire chiffrée et prouve par attestation à distance quel code s’y exécute. Les données restreintes (personnelles, de santé, de paiement) justifient ce coût. La règle lit la classification des données indiquée sur chaque composant.',
  },
  fix: {
    en: 'Turn on confidential computing for the component, or move it to a confidential VM or node type, with attestation.',
    fr: 'Activez le calcul confidentiel pour le composant, ou déplacez-le vers une VM ou un type de nœud confidentiel, avec attestation.',
  },
  source: 'DOMAIN.md §1 Security, encryption in use (TEE, attestation) [S22]',
  messages: {
    default: {
      en: '{node} handles restricted data outside a trusted execution environment.',
      fr: '{node} traite des données restreintes hors d’un environnement d’exécution de confiance.',
    },
    move: {
      en: '{node} handles restricted data, but its type ({type}) cannot run in a trusted execution environment: move it to a confidential VM or node type.',
      fr: '{node} traite des données restreintes, mais son type ({type}) ne peut pas s’exécuter dans un environnement d’exécution de confiance : déplacez ce composant vers une VM ou un type de nœud confidentiel.',
    },
  },
  check(context) {
    const findings = [];
    for (const n of context.nodes) {
      if (context.own(n, 'dataClass') !== 'restricted' || !context.isRuntime(n)) continue;
      if (!context.hasProp(n, 'confidentialCompute')) {
        const type = context.type(n);
        findings.push({ message: 'move' as const, params: { node: n.label, type: type?.name ?? n.type }, nodes: [n.id] });
        continue;
      }
      if (context.flag(n, 'confidentialCompute')) continue;
      findings.push({
        params: { node: n.label },
        nodes: [n.id],
        fix: {
          label: { en: 'Run in a trusted execution environment', fr: 'Exécuter dans un environnement d’exécution de confiance' },
          command: () => setNodeProps(n, { confidentialCompute: true }),
        },
      });
    }
    return findings;
  },
});
