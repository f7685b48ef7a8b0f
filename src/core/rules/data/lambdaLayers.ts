import { defineRule } from '../defineRule';
import { lambdaStructure } from './lambdaViews';

/** Lambda needs its three layers: batch, speed, and a serving layer over both. */
export const lambdaLayers = defineRule<'batch' | 'speed'>({
  id: 'data/lambda-layers',
  category: 'data',
  severity: 'error',
  module: 2,
  patterns: ['lambda'],
  title: { en: 'Batch, speed and serving layers all present', fr: 'Couches batch, vitesse et de service toutes présentes' },
  why: {
    en: 'Lambda shares the work between three layers. The batch layer recomputes complete, exact views from the immutable master dataset, hours behind; the speed layer keeps incremental views of the data the last batch has not seen; the serving layer merges both to answer queries. Without the batch layer, errors of the speed layer are never corrected; without the speed layer, answers are as old as the last batch; without a serving layer, every consumer merges the two itself. A batch layer here is a batch job that is not a training job; a serving node is any component or store (not a client) that data reaches from both layers. [S1]',
    fr: 'Lambda répartit le travail entre trois couches. La couche batch recalcule des vues complètes et exactes depuis le jeu de données maître immuable, avec des heures de retard ; la couche vitesse tient des vues incrémentales des données que le dernier batch n’a pas vues ; la couche de service fusionne les deux pour répondre aux requêtes. Sans couche batch, les erreurs de la couche vitesse ne sont jamais corrigées ; sans couche vitesse, les réponses ont l’âge du dernier batch ; sans couche de service, chaque consommateur fusionne lui-même les deux. Ici, la couche batch est un traitement par lots qui n’est pas un entraînement ; un nœud de service est un composant ou un stockage (pas un client) que les données des deux couches atteignent. [S1]',
  },
  fix: {
    en: 'Add the missing layer: a batch job over the master dataset, a stream job over the log, or one serving node reading the batch views and the speed views. Remember that Lambda keeps two code paths for one logic.',
    fr: 'Ajoutez la couche manquante : un traitement par lots sur le jeu de données maître, un traitement de flux sur le journal, ou un nœud de service qui lit les vues batch et celles de la couche vitesse. Lambda garde deux chemins de code pour une même logique : tenez-les alignés.',
  },
  source: 'DOMAIN.md §1 Data architectures, Lambda [S1]',
  messages: {
    default: {
      en: 'The serving layer is missing: nothing reads both the batch views of {batch} and the speed views of {speed}.',
      fr: 'La couche de service manque : rien ne lit à la fois les vues batch de {batch} et les vues de la couche vitesse de {speed}.',
    },
    batch: {
      en: 'The batch layer is missing: no batch job recomputes the views from the master dataset.',
      fr: 'La couche batch manque : aucun traitement par lots ne recalcule les vues depuis le jeu de données maître.',
    },
    speed: {
      en: 'The speed layer is missing: no stream job keeps views of the recent data.',
      fr: 'La couche vitesse manque : aucun traitement de flux ne tient de vues des données récentes.',
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
