import type { Language } from '../../i18n';
import type { Command } from '../../model/commands/types';
import type { DesignEdge } from '../../model/types';
import { defineRule } from '../defineRule';
import { boxNear, catalogNode, freshId, newEdge } from '../fixes';
import { setNodeProps } from '../fixCommands';
import { linkSecurity } from '../security/linkSecurity';

/** Multi-tenancy: a silo tenant's store is encrypted with that tenant's own key, held in a KMS. */
export const siloKeys = defineRule({
  id: 'tenancy/silo-keys',
  category: 'tenancy',
  severity: 'warning',
  module: 6,
  scope: 'node',
  patterns: ['multi-tenancy'],
  title: { en: 'Silo stores encrypted with per-tenant keys in a KMS', fr: 'Stockages en silo chiffrés avec des clés par locataire dans un KMS' },
  why: {
    en: 'A silo tenant pays for dedicated storage to get isolation it can verify: its data encrypted under its own key, held in a key management service, whose use is logged and which can be revoked or deleted (crypto-shredding when the tenant leaves). A store encrypted with a shared or unstated key gives no more isolation than a pool. The rule looks for encryption at rest and a connection between the store and a key management service.',
    fr: 'Un locataire en silo paie un stockage dédié pour obtenir une isolation vérifiable : ses données chiffrées avec sa propre clé, conservée dans un service de gestion des clés, dont l’usage est journalisé et qui peut être révoquée ou détruite (effacement cryptographique au départ du locataire). Un stockage chiffré avec une clé partagée ou non précisée n’isole pas mieux qu’un stockage mutualisé. La règle vérifie le chiffrement au repos et une connexion entre le stockage et un service de gestion des clés.',
  },
  fix: {
    en: 'Encrypt the silo store at rest with a key of its own tenant, created and held in the key management service.',
    fr: 'Chiffrez au repos le stockage en silo avec une clé propre à son locataire, créée et conservée dans le service de gestion des clés.',
  },
  source: 'DOMAIN.md §1 Security, encryption at rest (per-tenant keys for silo tenants); Operations, multi-tenancy [S24]',
  messages: {
    default: {
      en: 'The silo store {node} is not connected to a key management service holding its tenant’s key.',
      fr: 'Le stockage en silo {node} n’est relié à aucun service de gestion des clés qui conserve la clé de son locataire.',
    },
    unencrypted: {
      en: 'The silo store {node} is not encrypted at rest.',
      fr: 'Le stockage en silo {node} n’est pas chiffré au repos.',
    },
  },
  check(context) {
    const findings = [];
    const kms = context.withRole('kms')[0];
    const keyLink: Partial<DesignEdge> = { mode: 'async', protocol: 'https', security: linkSecurity(context, 'iam') };
    for (const store of context.nodes) {
      if (!context.isStore(store) || context.text(store, 'tenancy') !== 'silo') continue;
      const unencrypted = context.hasProp(store, 'encryptedAtRest') && !context.flag(store, 'encryptedAtRest');
      const keyed = context.outgoing(store.id).some((e) => context.is(context.target(e), 'kms'))
        || context.incoming(store.id).some((e) => context.is(context.source(e), 'kms'));
      if (!unencrypted && keyed) continue;
      findings.push({
        message: unencrypted ? 'unencrypted' as const : 'default' as const,
        params: { node: store.label },
        nodes: [store.id],
        fix: {
          label: { en: 'Encrypt with a tenant key from the KMS', fr: 'Chiffrer avec une clé du locataire issue du KMS' },
          command: (language: Language): Command => {
            const commands: Command[] = [];
            if (unencrypted) commands.push(setNodeProps(store, { encryptedAtRest: true }));
            if (!keyed) {
              let kmsId = kms?.id;
              if (kmsId === undefined) {
                kmsId = freshId(context, 'key-management');
                const box = boxNear(context, store.id, 0, 160);
                commands.push({
                  op: 'add-node',
                  node: catalogNode(context, 'key-management', kmsId, language === 'fr' ? 'Gestion des clés' : 'Key management', store.parent),
                  ...(box === undefined ? {} : { box }),
                });
              }
              commands.push({
                op: 'add-edge',
                edge: newEdge(freshId(context, `${store.id}-key`), store.id, kmsId, { ...keyLink, label: language === 'fr' ? 'Clé du locataire' : 'Tenant key' }),
              });
            }
            return { op: 'batch', commands };
          },
        },
      });
    }
    return findings;
  },
});
