import { defineRule } from '../defineRule';
import { setNodeProps } from '../fixCommands';

/** Every component that keeps data, and whose type can encrypt it, encrypts it at rest. */
export const encryptionAtRest = defineRule({
  id: 'security/encryption-at-rest',
  category: 'security',
  severity: 'error',
  module: 6,
  scope: 'node',
  title: { en: 'Stores encrypted at rest', fr: 'Stockages chiffrés au repos' },
  why: {
    en: 'Disks, snapshots and backups leave the running system: a copied volume, a public bucket or a lost backup exposes every record unless it is encrypted. Managed stores encrypt at rest for almost no cost, and regulations on personal, health and payment data expect it.',
    fr: 'Les disques, instantanés et sauvegardes sortent du système en service : un volume copié, un compartiment public ou une sauvegarde perdue exposent chaque enregistrement s’ils ne sont pas chiffrés. Les services de stockage managés chiffrent au repos pour un coût presque nul, et les réglementations sur les données personnelles, de santé ou de paiement l’exigent.',
  },
  fix: {
    en: 'Turn on encryption at rest, with keys held in a key management service.',
    fr: 'Activez le chiffrement au repos, avec des clés conservées dans un service de gestion des clés.',
  },
  source: 'DOMAIN.md §1 Security, encryption at rest [S24]',
  messages: {
    default: {
      en: '{node} keeps its data unencrypted at rest.',
      fr: '{node} conserve ses données sans chiffrement au repos.',
    },
  },
  check(context) {
    return context.nodes
      .filter((n) => context.hasProp(n, 'encryptedAtRest') && !context.flag(n, 'encryptedAtRest'))
      .map((n) => ({
        params: { node: n.label },
        nodes: [n.id],
        fix: {
          label: { en: 'Encrypt at rest', fr: 'Chiffrer au repos' },
          command: () => setNodeProps(n, { encryptedAtRest: true }),
        },
      }));
  },
});
