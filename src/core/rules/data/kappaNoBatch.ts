import { defineRule } from '../defineRule';
import type { RawFinding } from '../types';
import { inflows, isBatchProcessing, isViewStore, outflows } from './flow';

/** In Kappa every view comes from stream jobs over the log; a batch path recomputing views contradicts it. */
export const kappaNoBatch = defineRule<'log'>({
  id: 'data/kappa-no-batch',
  category: 'data',
  severity: 'warning',
  module: 2,
  scope: 'node',
  patterns: ['kappa'],
  title: { en: 'No batch job recomputing views', fr: 'Aucun traitement par lots ne recalcule les vues' },
  why: {
    en: 'Kappa keeps one code path: the log is the source of truth, stream jobs compute every view, and reprocessing means running a new version of the stream job from offset 0 into a new output, then switching readers. A batch job that reads the log or rewrites the views of a stream job brings back the second code path of Lambda, with two versions of the logic to keep in step. Training jobs are batch jobs too but are left out: they train models, they do not compute views. A connection from the batch job to the log counts as a read when its access is not stated; a connection to a view counts as a write only when it is marked as one (the job may just read the view). [S2]',
    fr: 'Kappa garde un seul chemin de code : le journal est la source de vérité, des traitements de flux calculent toutes les vues, et retraiter consiste à lancer une nouvelle version du traitement de flux depuis le début du journal (offset 0) vers une nouvelle sortie, puis à basculer les lecteurs. Un traitement par lots qui lit le journal ou réécrit les vues d’un traitement de flux ramène le second chemin de code de Lambda, avec deux versions de la logique à maintenir alignées. Les entraînements sont aussi des traitements par lots mais ne comptent pas : ils entraînent des modèles et ne calculent pas de vues. Une connexion du traitement par lots vers le journal compte comme une lecture si son accès n’est pas précisé ; une connexion vers une vue ne compte comme une écriture que si elle est marquée comme telle (le traitement peut se contenter de lire la vue). [S2]',
  },
  fix: {
    en: 'Drop the batch path: compute the view with a stream job, and reprocess by replaying the log into a versioned output. If the batch path is wanted, declare Lambda instead.',
    fr: 'Supprimez le chemin par lots : calculez la vue avec un traitement de flux, et retraitez en rejouant le journal vers une sortie versionnée. Si ce chemin par lots est voulu, déclarez plutôt Lambda.',
  },
  source: 'DOMAIN.md §1 Data architectures, Kappa [S2]',
  messages: {
    default: {
      en: '{job} recomputes {view} in batch, a view the stream job {stream} already maintains.',
      fr: '{job} recalcule par lots {view}, une vue que le traitement de flux {stream} maintient déjà.',
    },
    log: {
      en: '{job} is a batch job reading the log {log}: in Kappa, views come from stream jobs replaying the log.',
      fr: '{job} est un traitement par lots qui lit le journal {log} : en Kappa, les vues viennent de traitements de flux qui rejouent le journal.',
    },
  },
  check(context) {
    const findings: RawFinding<'log' | 'default'>[] = [];
    for (const job of context.nodes) {
      if (!isBatchProcessing(context, job)) continue;
      const fromLog = inflows(context, job.id).find((f) => context.is(context.node(f.from), 'stream-log'));
      if (fromLog !== undefined) {
        findings.push({
          message: 'log',
          params: { job: job.label, log: context.label(fromLog.from) },
          nodes: [job.id, fromLog.from],
          edges: [fromLog.edge.id],
        });
        continue;
      }
      for (const write of outflows(context, job.id)) {
        const access = context.edgeProp(write.edge, 'access');
        if (access !== 'write' && access !== 'read-write') continue;
        const view = context.node(write.to)!;
        if (!isViewStore(context, view)) continue;
        const stream = inflows(context, view.id).find((f) => context.is(context.node(f.from), 'stream-job'));
        if (stream === undefined) continue;
        findings.push({
          params: { job: job.label, view: view.label, stream: context.label(stream.from) },
          nodes: [job.id, view.id, stream.from],
          edges: [write.edge.id, stream.edge.id],
        });
        break;
      }
    }
    return findings;
  },
});
