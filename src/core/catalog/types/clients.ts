import { defineType } from '../defineType';
import { prop } from '../properties';

/** Who and what calls the system: people, front ends, partner systems and devices. */
export const CLIENT_TYPES = [
  defineType({
    id: 'person',
    category: 'clients',
    name: { en: 'User', fr: 'Utilisateur' },
    description: {
      en: 'A person or role using the system, such as a customer, a data scientist or an operator.',
      fr: 'Une personne ou un rôle qui utilise le système : client, data scientist ou opérateur.',
    },
    tags: {
      en: ['user', 'person', 'actor', 'customer', 'role', 'human'],
      fr: ['utilisateur', 'personne', 'acteur', 'client', 'rôle', 'humain'],
    },
    icon: 'user',
    c4: 'person',
    technology: '',
    roles: ['client'],
    props: [],
    cost: { model: 'free' },
  }),
  defineType({
    id: 'web-client',
    category: 'clients',
    name: { en: 'Web client', fr: 'Client web' },
    description: {
      en: 'A browser application (single-page app or website) that calls the platform’s APIs, for example to request predictions.',
      fr: 'Une application dans le navigateur (application monopage ou site web) qui appelle les API de la plateforme, par exemple pour demander des prédictions.',
    },
    tags: {
      en: ['web', 'browser', 'spa', 'frontend', 'website', 'react'],
      fr: ['web', 'navigateur', 'application monopage', 'interface', 'site web', 'frontal'],
    },
    icon: 'globe',
    c4: 'container',
    technology: 'Browser SPA (TypeScript)',
    roles: ['client'],
    props: [],
    cost: { model: 'free' },
  }),
  defineType({
    id: 'mobile-client',
    category: 'clients',
    name: { en: 'Mobile app', fr: 'Application mobile' },
    description: {
      en: 'An iOS or Android application calling the platform; it may also run a small model on the device.',
      fr: 'Une application iOS ou Android qui appelle la plateforme ; elle peut aussi exécuter un petit modèle sur l’appareil.',
    },
    tags: {
      en: ['mobile', 'ios', 'android', 'app', 'smartphone', 'tflite', 'core ml'],
      fr: ['mobile', 'ios', 'android', 'application', 'smartphone', 'téléphone', 'tflite'],
    },
    icon: 'smartphone',
    c4: 'container',
    technology: 'Kotlin / Swift mobile app',
    roles: ['client'],
    props: [],
    cost: { model: 'free' },
  }),
  defineType({
    id: 'external-system',
    category: 'clients',
    name: { en: 'External system', fr: 'Système externe' },
    description: {
      en: 'A system run by another team or organisation (partner, payment processor, SaaS) that exchanges data or requests with the platform.',
      fr: 'Un système géré par une autre équipe ou organisation (partenaire, processeur de paiement, SaaS) qui échange des données ou des requêtes avec la plateforme.',
    },
    tags: {
      en: ['external', 'third party', 'partner', 'saas', 'upstream', 'downstream', 'webhook'],
      fr: ['externe', 'tiers', 'partenaire', 'saas', 'amont', 'aval', 'webhook'],
    },
    icon: 'building-2',
    c4: 'external',
    technology: 'HTTPS API',
    roles: ['client', 'external'],
    props: [],
    cost: { model: 'free' },
  }),
  defineType({
    id: 'iot-device',
    category: 'clients',
    name: { en: 'IoT device', fr: 'Objet connecté (IoT)' },
    description: {
      en: 'A sensor or edge device (or a fleet of them) producing events near the source; it can pre-process data and run local inference before sending summaries to the cloud.',
      fr: 'Un capteur ou un appareil de périphérie (ou une flotte d’appareils) qui produit des événements au plus près de la source ; il peut prétraiter les données et faire de l’inférence locale avant d’envoyer des résumés vers le cloud.',
    },
    tags: {
      en: ['iot', 'edge', 'sensor', 'device', 'mqtt', 'embedded', 'jetson', 'fleet'],
      fr: ['iot', 'périphérie', 'capteur', 'objet connecté', 'appareil', 'mqtt', 'embarqué', 'flotte'],
    },
    icon: 'microchip',
    c4: 'container',
    technology: 'MQTT over TLS',
    roles: ['edge-device', 'client'],
    props: [prop('eventsPerSecond', { default: 50 })],
    cost: { model: 'free' },
  }),
];
