import type { ComponentType } from './schema';
import { CLIENT_TYPES } from './types/clients';
import { INGESTION_TYPES } from './types/ingestion';
import { PROCESSING_TYPES } from './types/processing';
import { STORAGE_TYPES } from './types/storage';
import { ML_LIFECYCLE_TYPES } from './types/mlLifecycle';
import { SERVING_TYPES } from './types/serving';
import { INTEGRATION_TYPES } from './types/integration';
import { SECURITY_TYPES } from './types/security';
import { OBSERVABILITY_TYPES } from './types/observability';
import { INFRASTRUCTURE_TYPES } from './types/infrastructure';


/** Every built-in component type, in palette order (by category, then as declared). */
export const CATALOG: readonly ComponentType[] = [
  ...CLIENT_TYPES,
  ...INGESTION_TYPES,
  ...PROCESSING_TYPES,
  ...STORAGE_TYPES,
  ...ML_LIFECYCLE_TYPES,
  ...SERVING_TYPES,
  ...INTEGRATION_TYPES,
  ...SECURITY_TYPES,
  ...OBSERVABILITY_TYPES,
  ...INFRASTRUCTURE_TYPES,
];

const byId = new Map(CATALOG.map((type) => [type.id, type]));

export function getComponentType(id: string): ComponentType | undefined {
  return byId.get(id);
}

