import { describe, expect, it } from 'vitest';
import { defineType } from './defineType';
import { prop } from './properties';
import { foldText, searchTypes } from './search';
import { nodeFromType } from './nodeFromType';

const kafka = defineType({
  id: 'kafka',
  category: 'ingestion',
  name: { en: 'Apache Kafka', fr: 'Apache Kafka' },
  description: { en: 'Event streaming log', fr: 'Journal d’événements' },
  tags: { en: ['stream', 'event log'], fr: ['flux', 'journal d’événements'] },
  icon: 'radio',
  c4: 'queue',
  technology: 'Apache Kafka 3.8',
  roles: ['stream-log'],
  props: [prop('partitions'), prop('instanceType', { defaults: { aws: 'aws:m5.large', gcp: 'gcp:n2-standard-2', azure: 'azure:Standard_D2s_v5' } })],
  cost: { model: 'managed-hours', price: 'kafka-broker-hour' },
  providerNames: { aws: 'Amazon MSK' },
});
const store = defineType({
  id: 'feature-store-online',
  category: 'ml-lifecycle',
  name: { en: 'Online feature store', fr: 'Magasin de caractéristiques en ligne' },
  description: { en: 'Latest feature values', fr: 'Dernières valeurs des caractéristiques' },
  tags: { en: ['feast', 'redis'], fr: ['feast', 'redis'] },
  icon: 'database',
  c4: 'database',
  technology: 'Feast + Redis',
  roles: ['feature-store-online', 'stateful-store'],
  props: [],
  cost: { model: 'free' },
});

describe('searchTypes', () => {
  it('matches names and tags in the current language, ignoring case and accents', () => {
    expect(searchTypes([kafka, store], 'caracteristiques', 'fr').map((t) => t.id)).toEqual(['feature-store-online']);
    expect(searchTypes([kafka, store], 'caracteristiques', 'en')).toEqual([]);
    expect(searchTypes([kafka, store], 'ÉVÉNEMENTS', 'fr').map((t) => t.id)).toEqual(['kafka']);
    expect(searchTypes([kafka, store], 'online feature', 'en').map((t) => t.id)).toEqual(['feature-store-online']);
  });

  it('finds a type by its provider product and keeps every type for an empty query', () => {
    expect(searchTypes([kafka, store], 'msk', 'en').map((t) => t.id)).toEqual(['kafka']);
    expect(searchTypes([kafka, store], '   ', 'fr')).toHaveLength(2);
  });

  it('folds text for comparison', () => {
    expect(foldText('Événement Déjà')).toBe('evenement deja');
  });
});

describe('nodeFromType', () => {
  it('fills every property with its default, the instance type for the provider', () => {
    const node = nodeFromType(kafka, 'kafka-2', 'Events', 'gcp');
    expect(node).toEqual({
      id: 'kafka-2',
      type: 'kafka',
      label: 'Events',
      description: '',
      technology: 'Apache Kafka 3.8',
      props: { partitions: 12, instanceType: 'gcp:n2-standard-2' },
    });
    expect(nodeFromType(kafka, 'k', 'K', undefined).props.instanceType).toBe('aws:m5.large');
    expect(nodeFromType(kafka, 'k', 'K', undefined, 'group-1').parent).toBe('group-1');
  });
});
