import type { Rule } from '../types';
import { featureStorePair } from './featureStorePair';
import { kappaNoBatch } from './kappaNoBatch';
import { kappaRetention } from './kappaRetention';
import { lakehouseMedallion } from './lakehouseMedallion';
import { lakehouseTableFormat } from './lakehouseTableFormat';
import { lambdaLayers } from './lambdaLayers';
import { lambdaSingleServing } from './lambdaSingleServing';
import { offlineStoreOffRequestPath } from './offlineStoreOffRequestPath';
import { pinnedDataVersion } from './pinnedDataVersion';

/** The rules of this area, in the order the Findings tab lists them. */
export const DATA_RULES: readonly Rule[] = [
  lambdaLayers,
  lambdaSingleServing,
  kappaNoBatch,
  kappaRetention,
  lakehouseTableFormat,
  lakehouseMedallion,
  pinnedDataVersion,
  featureStorePair,
  offlineStoreOffRequestPath,
];
