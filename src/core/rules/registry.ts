import type { Rule } from './types';
import { recognizedPattern } from './intent/recognizedPattern';
import { DATA_RULES } from './data';
import { INTEGRATION_RULES } from './integration';
import { RESILIENCE_RULES } from './resilience';
import { SERVING_RULES } from './serving';
import { EDGE_RULES } from './edge';
import { RELEASE_RULES } from './release';
import { SECURITY_RULES } from './security';
import { OPERATIONS_RULES } from './operations';
import { ANTIPATTERNS_RULES } from './antipatterns';
import { TENANCY_RULES } from './tenancy';

/** Every rule, a plain list. A new rule is one file plus one line in its area's index. */
export const RULES: readonly Rule[] = [
  recognizedPattern,
  ...DATA_RULES,
  ...INTEGRATION_RULES,
  ...RESILIENCE_RULES,
  ...SERVING_RULES,
  ...EDGE_RULES,
  ...RELEASE_RULES,
  ...SECURITY_RULES,
  ...OPERATIONS_RULES,
  ...ANTIPATTERNS_RULES,
  ...TENANCY_RULES,
];

const byId = new Map(RULES.map((rule) => [rule.id, rule]));

export function getRule(id: string): Rule | undefined {
  return byId.get(id);
}
