import type { Language } from '../../i18n';
import { defineRule } from '../defineRule';
import { boxNear, catalogNode, freshId } from '../fixes';

/** Data encrypted at rest is only as safe as its keys: they live in a key management service. */
export const kmsKeys = defineRule({
  id: 'security/kms-keys',
  category: 'security',
  severity: 'warning',
  module: 6,
  title: { en: 'Encryption keys held in a key management service', fr: 'Clés de chiffrement conservées dans un service de gestion des clés' },
  why: {
    en: 'Encryption at rest protects nothing if the key sits beside the data, in a configuration file or an image. A key management service (KMS or vault) keeps keys in hardware-backed storage, rotates them, logs every use and lets you revoke access, and it holds the per-tenant keys of silo tenants.',
    fr: 'Le chiffrement au repos ne protège rien si la clé est rangée à côté des données, dans un fichier de configuration ou une image. Un service de gestion des clés (KMS ou coffre de secrets) conserve les clés dans du matériel sécurisé, les renouvelle, journalise chaque usage et permet de révoquer l’accès ; il garde aussi les clés propres à chaque locataire en silo.',
  },
  fix: {
    en: 'Add a key management service and have the stores take their keys from it.',
    fr: 'Ajoutez un service de gestion des clés et faites-en la source des clés de chaque stockage.',
  },
  source: 'DOMAIN.md §1 Security, encryption at rest, keys in a KMS [S24]',
  messages: {
    default: {
      en: '{count} stores are encrypted at rest, among them {first}, but the design has no key management service to hold their keys.',
      fr: '{count} stockages sont chiffrés au repos, dont {first}, mais la conception n’a pas de service de gestion des clés pour conserver leurs clés.',
    },
    one: {
      en: 'The store {first} is encrypted at rest, but the design has no key management service to hold its key.',
      fr: 'Le stockage {first} est chiffré au repos, mais la conception n’a pas de service de gestion des clés pour conserver sa clé.',
    },
  },
  check(context) {
    if (context.nodes.some((n) => context.is(n, 'kms'))) return [];
    const stores = context.nodes.filter((n) => context.hasProp(n, 'encryptedAtRest') && context.flag(n, 'encryptedAtRest'));
    if (stores.length === 0) return [];
    const first = stores[0]!;
    return [{
      message: stores.length === 1 ? 'one' : 'default',
      params: { count: stores.length, first: first.label },
      nodes: stores.map((n) => n.id),
      fix: {
        label: { en: 'Add a key management service', fr: 'Ajouter un service de gestion des clés' },
        command: (language: Language) => {
          const box = boxNear(context, first.id, 0, -140);
          const kms = catalogNode(context, 'key-management', freshId(context, 'key-management'), language === 'fr' ? 'Gestion des clés' : 'Key management', first.parent);
          return { op: 'add-node' as const, node: kms, ...(box === undefined ? {} : { box }) };
        },
      },
    }];
  },
});
