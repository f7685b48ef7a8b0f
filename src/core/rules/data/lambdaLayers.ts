import { defineRule } from '../defineRule';
import { lambdaStructure } from './lambdaViews';

/** Lambda needs its three layers: batch, speed, and a serving layer over both. */
export const lambdaLayers = defineRule<'batch' | 'speed'>({
  id: 'data/lambda-layers',
  category: 'data',
  severity: 'error',
  module: 2,
  patterns: ['lambda'],
  title: { en: 'Batch, speed and serving layers all present', fr: 'Couches batch, de vitesse et de service toutes présentes' },
  why: {
    en: 'Lambda splits the work across three layers. The batch layer recomputes complete, exact views from the immutable master dataset, hours behind; the speed layer maintains incremental views of the data the last batch run has not processed yet; the serving layer merges both to answer queries. Without the batch layer, errors of the speed layer are never corrected; without the speed layer, answers are as old as the last batch run; without a serving layer, every consumer merges the two itself. Here the batch layer is any batch job other than a training job, and the serving layer any component or store (not a client) that receives data from both layers. [S1]',
    fr: 'Lambda répartit le travail entre trois couches. La couche batch recalcule des vues complètes et exactes depuis le jeu de données maître immuable, avec plusieurs heures de retard ; la couche de vitesse maintient des vues incrémentales des données que le dernier traitement par lots n’a pas encore prises en compte ; la couche de service fusionne les deux pour répondre aux requêtes. Sans couche batch, les erreurs de la couche de vitesse ne sont jamais corrigées ; sans couche de vitesse, les réponses datent du dernier traitement par lots ; sans couche de service, chaque consommateur fusionne lui-même les deux. Ici, la couche batch est tout traitement par lots autre qu’un entraînement, et la couche de service tout composant ou stockage (hors client) qui reçoit des données des deux couches. [S1]',
  },
  fix: {
    en: 'Add the missing layer: a batch job over the master dataset, a stream job over the log, or one serving component that reads both the batch views and the speed views. Remember that Lambda keeps two code paths for the same logic.',
    fr: 'Ajoutez la couche manquante : un traitement par lots sur le jeu de données maître, un traitement de flux sur le journal, ou un composant de service qui lit à la fois les vues batch et les vues de vitesse. Lambda garde deux chemins de code pour une même logique : tenez-les alignés.',
  },
  source: 'DOMAIN.md §1 Data architectures, Lambda [S1]',
  messages: {
    default: {
      en: 'The serving layer is missing: nothing reads both the batch views of {batch} and the speed views of {speed}.',
      fr: 'Il manque la couche de service : rien ne lit à la fois les vues batch de {batch} et les vues de vitesse de {speed}.',
    },
    batch: {
      en: 'The batch layer is missing: no batch job recomputes the views from the master dataset.',
      fr: 'Il manque la couche batch : aucun traitement par lots ne recalcule les vues depuis le jeu de données maître.',
    },
    speed: {
      en: 'The speed layer is missing: no stream job maintains views of recent data.',
      fr: 'Il manque la couche de vitesse : aucun traitement de flux ne maintient de vues des données récentes.',
    },
  },
  check(context) {
    const { batchJobs, streamJobs, serving } = lambdaStructure(context);
    const findings = [];
    if (batchJobs.length === 0) findings.push({ message: 'batch' as const, nodes: streamJobs.map((n) => n.id) });
    if (streamJobs.length === 0) findings.push({ message: 'speed' as const, nodes: batchJobs.map((n) => n.id) });
    if (findings.length === 0 && serving.length === 0) {
      findings.push({
        params: { batch: batchJobs[0]!.label, speed: streamJobs[0]!.label },
        nodes: [...batchJobs, ...streamJobs].map((n) => n.id),
      });
    }
    return findings;
  },
});
