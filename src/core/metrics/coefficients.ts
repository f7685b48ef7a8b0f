import type { Localized } from '../catalog/schema';
import type { FigureSource } from './figure';

/**
 * The coefficients of the calculators that are not prices: network round trips, Kafka broker
 * limits, calendar conversions. Each carries where it comes from (a source id of the catalog's
 * SOURCES, DOMAIN.md's list) and whether it is an estimate, and every figure that uses one lists
 * it among its sources. Prices live in catalog/prices/, never here.
 */
export interface Coefficient {
  readonly value: number;
  readonly unit: string;
  readonly label: Localized;
  /** Empty for plain definitions (hours in a year). */
  readonly sources: readonly FigureSource[];
}

/** DOMAIN.md dates its network figures by no more than its compilation (after S34, June 2026). */
const DOMAIN_2026 = '2026-06';
/** Our own estimates (S90) and the MSK guide (S91) were read this month. */
const READ_2026_11 = '2026-11';

const coefficient = (value: number, unit: string, label: Localized, sources: readonly FigureSource[] = []): Coefficient => ({
  value,
  unit,
  label,
  sources,
});

export const COEFFICIENTS = {
  /** DOMAIN.md §2.7: monthly = hourly × 730 (8,760 h ÷ 12). */
  hoursPerMonth: coefficient(730, 'h', { en: 'Hours in a month', fr: 'Heures dans un mois' }),
  /** 365 ÷ 12, for jobs that run a few hours a day. */
  daysPerMonth: coefficient(30.4, 'days', { en: 'Days in a month', fr: 'Jours dans un mois' }),
  hoursPerYear: coefficient(8_760, 'h', { en: 'Hours in a year', fr: 'Heures dans une année' }),
  secondsPerDay: coefficient(86_400, 's', { en: 'Seconds in a day', fr: 'Secondes dans une journée' }),
  /** DOMAIN.md §2.2: same availability zone ~0.4 ms round trip [S25][S28], EST. */
  rttSameZoneMs: coefficient(0.4, 'ms', { en: 'Round trip within a zone', fr: 'Aller-retour dans une zone' }, [
    { id: 'S25', date: DOMAIN_2026, estimate: true },
    { id: 'S28', date: DOMAIN_2026, estimate: true },
  ]),
  /** DOMAIN.md §2.2: across zones ~1–2 ms [S25][S28], EST: the middle of the range. */
  rttCrossZoneMs: coefficient(1.5, 'ms', { en: 'Round trip across zones', fr: 'Aller-retour entre zones' }, [
    { id: 'S25', date: DOMAIN_2026, estimate: true },
    { id: 'S28', date: DOMAIN_2026, estimate: true },
  ]),
  /**
   * DOMAIN.md §2.2: across regions "tens of ms to >100 ms (EST, measure)", with no source: our
   * default (S90), a same-continent pair of regions. Measure yours.
   */
  rttCrossRegionMs: coefficient(60, 'ms', { en: 'Round trip across regions', fr: 'Aller-retour entre régions' }, [
    { id: 'S90', date: READ_2026_11, estimate: true },
  ]),
  /**
   * Partition replicas (leaders and followers) one kafka.m5.large or .xlarge broker should hold,
   * from the Amazon MSK best practices [S91].
   */
  kafkaPartitionReplicasPerBroker: coefficient(1_000, 'count', { en: 'Partition replicas per broker', fr: 'Répliques de partition par broker' }, [
    { id: 'S91', date: READ_2026_11, estimate: false },
  ]),
  /**
   * Writes, replicas included, that one m5.large-sized broker sustains within its baseline disk
   * and network bandwidth: our estimate (S90). Measure with your message sizes.
   */
  kafkaBrokerWriteMBps: coefficient(30, 'MB/s', { en: 'Writes per broker, replicas included', fr: 'Écritures par broker, répliques comprises' }, [
    { id: 'S90', date: READ_2026_11, estimate: true },
  ]),
} as const satisfies Record<string, Coefficient>;

export type CoefficientKey = keyof typeof COEFFICIENTS;

export const HOURS_PER_MONTH = COEFFICIENTS.hoursPerMonth.value;
export const DAYS_PER_MONTH = COEFFICIENTS.daysPerMonth.value;
export const HOURS_PER_YEAR = COEFFICIENTS.hoursPerYear.value;
export const SECONDS_PER_DAY = COEFFICIENTS.secondsPerDay.value;
/** Seconds in the 730-hour month the prices use. */
export const SECONDS_PER_MONTH = HOURS_PER_MONTH * 3_600;

/** Where a connection runs, for its network time. */
export const NETWORK_CLASSES = ['same-zone', 'cross-zone', 'cross-region'] as const;
export type NetworkClass = (typeof NETWORK_CLASSES)[number];

export const NETWORK_RTT: Readonly<Record<NetworkClass, Coefficient>> = {
  'same-zone': COEFFICIENTS.rttSameZoneMs,
  'cross-zone': COEFFICIENTS.rttCrossZoneMs,
  'cross-region': COEFFICIENTS.rttCrossRegionMs,
};
