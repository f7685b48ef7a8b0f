import { defineRule } from '../defineRule';
import { setNodeProps } from '../fixCommands';
import type { RawFinding } from '../types';
import { outflows } from './flow';

/**
 * How far back a Kappa log must reach for a new job version to rebuild its views from offset 0.
 * Our estimate (EST): a week covers redeploying and rerunning a job after a bug found days later,
 * and is Kafka’s default retention. Designs with a longer horizon should raise their retention.
 */
export const REPLAY_HORIZON_DAYS = 7;

/** The Kappa log keeps events long enough to replay them. */
export const kappaRetention = defineRule({
  id: 'data/kappa-retention',
  category: 'data',
  severity: 'error',
  module: 2,
  scope: 'node',
  patterns: ['kappa'],
  title: { en: 'Log retention covers the replay horizon', fr: 'La rétention du journal couvre l’horizon de rejeu' },
  why: {
    en: `In Kappa the log is the source of truth: to fix a bug or change a view, a new version of the stream job replays the log from offset 0. Events older than the retention are gone, so a view can only be rebuilt as far back as the log reaches. We take ${REPLAY_HORIZON_DAYS} days as the minimum replay horizon (our estimate, also Kafka’s default); extend retention or use tiered storage if views need more history. Only logs that feed a stream job are checked. [S2]`,
    fr: `En Kappa, le journal est la source de vérité\u00a0: pour corriger une erreur ou changer une vue, une nouvelle version du traitement de flux rejoue le journal depuis le début (offset 0). Les événements plus anciens que la durée de rétention ont disparu\u00a0: une vue ne peut être reconstruite qu’aussi loin que remonte le journal. Nous prenons ${REPLAY_HORIZON_DAYS} jours comme horizon de rejeu minimal (notre estimation, qui est aussi la valeur par défaut de Kafka)\u00a0; allongez la rétention ou utilisez un stockage hiérarchisé si les vues demandent plus d’historique. Seuls les journaux qui alimentent un traitement de flux sont vérifiés. [S2]`,
  },
  fix: {
    en: `Keep at least ${REPLAY_HORIZON_DAYS} days in the log, or move older segments to tiered storage.`,
    fr: `Gardez au moins ${REPLAY_HORIZON_DAYS} jours dans le journal, ou déplacez les segments plus anciens vers un stockage hiérarchisé.`,
  },
  source: 'DOMAIN.md §1 Data architectures, Kappa [S2]; replay horizon EST',
  messages: {
    default: {
      en: '{log} keeps events for less than the {horizon}-day replay horizon its stream jobs need (retention in days: {days}).',
      fr: '{log} conserve les événements moins longtemps que l’horizon de rejeu de {horizon} jours dont ses traitements de flux ont besoin (rétention en jours : {days}).',
    },
  },
  check(context) {
    const findings: RawFinding[] = [];
    for (const log of context.scopeNodes('stream-log')) {
      const days = context.num(log, 'retentionDays');
      if (days === undefined || days >= REPLAY_HORIZON_DAYS) continue;
      const jobs = outflows(context, log.id).filter((f) => context.is(context.node(f.to), 'stream-job'));
      if (jobs.length === 0) continue;
      const def = context.propDef(log, 'retentionDays');
      const fixable = def?.kind === 'number' && def.max >= REPLAY_HORIZON_DAYS;
      findings.push({
        params: { log: log.label, days, horizon: REPLAY_HORIZON_DAYS },
        nodes: [log.id],
        ...(fixable ? {
          fix: {
            label: { en: `Keep ${REPLAY_HORIZON_DAYS} days`, fr: `Garder ${REPLAY_HORIZON_DAYS} jours` },
            command: () => setNodeProps(log, { retentionDays: REPLAY_HORIZON_DAYS }),
          },
        } : {}),
      });
    }
    return findings;
  },
});
