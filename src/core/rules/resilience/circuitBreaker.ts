import { defineRule } from '../defineRule';
import { setResilience } from '../fixCommands';

/** Sync calls to dependencies that can fail or slow down need a breaker that fails fast. */
export const circuitBreaker = defineRule({
  id: 'resilience/circuit-breaker',
  category: 'resilience',
  severity: 'warning',
  module: 1,
  scope: 'edge',
  title: { en: 'Circuit breaker on calls to fallible dependencies', fr: 'Disjoncteur sur les appels aux dépendances faillibles' },
  why: {
    en: 'Without a breaker, a slow or failing dependency holds the caller’s threads and connections until it fails too: the failure cascades up the chain. A breaker opens after repeated failures, fails fast, and lets a trial call through after a cool-down (half-open).',
    fr: 'Sans disjoncteur, une dépendance lente ou en panne retient les fils d’exécution et les connexions de l’appelant jusqu’à ce qu’il tombe à son tour : la panne se propage en cascade. Un disjoncteur s’ouvre après des échecs répétés, échoue vite, puis laisse passer un appel d’essai après un délai de refroidissement (état semi-ouvert).',
  },
  fix: {
    en: 'Turn on the circuit breaker of the connection and define a degraded response (fallback).',
    fr: 'Activez le disjoncteur de la connexion et définissez une réponse dégradée (repli).',
  },
  source: 'DOMAIN.md §1 Resilience, circuit breaker [S11]',
  messages: {
    default: {
      en: 'The synchronous call from {source} to {target} has no circuit breaker.',
      fr: 'L’appel synchrone de {source} vers {target} n’a pas de disjoncteur.',
    },
  },
  check(context) {
    return context.edges
      .filter((e) => {
        if (!context.isRequestEdge(e) || context.circuitBreaker(e)) return false;
        const source = context.source(e);
        const target = context.target(e);
        if (context.isExternal(source)) return false;
        return context.is(target, 'external', 'legacy', 'model-server', 'service', 'function', 'router', 'acl', 'vector-db', 'identity-provider');
      })
      .map((e) => ({
        params: { source: context.label(e.source), target: context.label(e.target) },
        nodes: [e.source, e.target],
        edges: [e.id],
        fix: {
          label: { en: 'Add a circuit breaker', fr: 'Ajouter un disjoncteur' },
          command: () => setResilience(e, { circuitBreaker: true }),
        },
      }));
  },
});
