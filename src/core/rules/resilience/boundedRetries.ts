import { defineRule } from '../defineRule';
import { setResilience } from '../fixCommands';

/** Retries beyond this only add load to a dependency that is already failing. */
export const MAX_RETRIES = 3;

/** Retries stay few, and only on calls that are safe to repeat. */
export const boundedRetries = defineRule<'retries' | 'notIdempotent'>({
  id: 'resilience/bounded-retries',
  category: 'resilience',
  severity: 'warning',
  module: 1,
  scope: 'edge',
  title: { en: 'Bounded retries, on idempotent calls only', fr: 'Des relances bornées, sur des appels idempotents seulement' },
  why: {
    en: 'A retry helps with a brief glitch; beyond three retries it mostly piles load on a dependency that is already struggling and delays the failure the caller must handle anyway. Retries need exponential backoff with jitter. A write retried after a timeout may have succeeded the first time: without an idempotency key it is applied twice (a double payment, a duplicate order). Only connections that write (access write or read-write) are checked for idempotency.',
    fr: 'Une relance aide face à un incident bref ; au-delà de trois relances, elle accable surtout une dépendance déjà en difficulté et retarde l’échec que l’appelant devra gérer de toute façon. Les relances doivent être espacées d’un délai exponentiel avec gigue. Une écriture relancée après expiration du délai a pu réussir la première fois : sans clé d’idempotence, elle est appliquée deux fois (un double paiement, une commande en double). Seules les connexions qui écrivent (accès en écriture ou en lecture-écriture) sont vérifiées pour l’idempotence.',
  },
  fix: {
    en: 'Cap retries at 3 with exponential backoff and jitter; retry a write only once it carries an idempotency key (then mark the connection idempotent), otherwise do not retry it.',
    fr: 'Limitez les relances à 3, espacées d’un délai exponentiel avec gigue ; ne relancez une écriture que si elle porte une clé d’idempotence (marquez alors la connexion comme idempotente), sinon ne la relancez pas.',
  },
  source: 'DOMAIN.md §1 Resilience, timeouts and retries',
  messages: {
    default: {
      en: 'The call from {source} to {target} is retried (retries: {retries}).',
      fr: 'L’appel de {source} vers {target} est relancé (nombre de relances : {retries}).',
    },
    retries: {
      en: 'The call from {source} to {target} is retried up to {retries} times; more than 3 only adds load to a failing dependency.',
      fr: 'L’appel de {source} vers {target} est relancé jusqu’à {retries} fois ; au-delà de 3, les relances ne font qu’accabler une dépendance défaillante.',
    },
    notIdempotent: {
      en: 'The call from {source} to {target} writes and is retried, but it is not idempotent: a retry may apply the write twice.',
      fr: 'L’appel de {source} vers {target} écrit et est relancé, mais il n’est pas idempotent : une relance peut appliquer l’écriture deux fois.',
    },
  },
  check(context) {
    const findings = [];
    for (const e of context.edges) {
      const retries = context.retries(e);
      if (retries === 0) continue;
      const params = { source: context.label(e.source), target: context.label(e.target), retries };
      if (retries > MAX_RETRIES) {
        findings.push({
          message: 'retries' as const,
          params,
          nodes: [e.source, e.target],
          edges: [e.id],
          fix: {
            label: { en: `Cap retries at ${MAX_RETRIES}`, fr: `Limiter les relances à ${MAX_RETRIES}` },
            command: () => setResilience(e, { retries: MAX_RETRIES }),
          },
        });
      }
      const access = context.edgeProp(e, 'access');
      const writes = access === 'write' || access === 'read-write';
      if (writes && context.edgeProp(e, 'idempotent') !== true) {
        findings.push({ message: 'notIdempotent' as const, params, nodes: [e.source, e.target], edges: [e.id] });
      }
    }
    return findings;
  },
});
