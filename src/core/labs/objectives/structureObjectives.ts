import { resolveType } from '../../catalog/customTypes';
import type { Objective } from '../labSchema';
import { localized } from './detail';
import type { Evaluator } from './types';

type ElementObjective = Extract<Objective, { kind: 'element' }>;
type DecisionsObjective = Extract<Objective, { kind: 'decisions' }>;

/**
 * An element objective passes when the design has at least `min` groups of the kind, or
 * components of the type and with the role (a component's roles come from its catalogue type,
 * or its custom type).
 */
export const evaluateElementObjective: Evaluator<ElementObjective> = (objective, context) => {
  const { design } = context;
  const { type, role, groupKind, min } = objective;
  const count =
    groupKind !== undefined
      ? design.groups.filter((g) => g.kind === groupKind).length
      : design.nodes.filter((n) => (type === undefined || n.type === type) && (role === undefined || (resolveType(design, n.type)?.roles.includes(role) ?? false))).length;
  return { passed: count >= min, detail: localized('labs.detail.elements', { count, min }) };
};

/** A decisions objective passes when the design records at least `min` decisions (with the status, when one is asked). */
export const evaluateDecisionsObjective: Evaluator<DecisionsObjective> = (objective, context) => {
  const { status, min } = objective;
  const count = context.design.decisions.filter((d) => status === undefined || d.status === status).length;
  const detail =
    status === undefined
      ? localized('labs.detail.decisions', { count, min })
      : localized('labs.detail.decisionsWithStatus', { count, min, status: (language) => localized(`labs.statuses.${status}`)[language] });
  return { passed: count >= min, detail };
};
