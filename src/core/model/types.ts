import type { z } from 'zod';
import type {
  boxSchema,
  decisionSchema,
  designSchema,
  edgeSchema,
  groupSchema,
  layoutSchema,
  nodeSchema,
  propValueSchema,
  rulePolicySchema,
  workloadSchema,
} from './schema';

/** The types of the design document, inferred from its zod schemas. */
export type PropValue = z.output<typeof propValueSchema>;
export type DesignNode = z.output<typeof nodeSchema>;
export type DesignEdge = z.output<typeof edgeSchema>;
export type DesignGroup = z.output<typeof groupSchema>;
export type Box = z.output<typeof boxSchema>;
export type Layout = z.output<typeof layoutSchema>;
export type Workload = z.output<typeof workloadSchema>;
export type RulePolicy = z.output<typeof rulePolicySchema>;
export type Decision = z.output<typeof decisionSchema>;
export type Design = z.output<typeof designSchema>;

/** What a node or group may be nested in, and what an edge, a box or a decision may point at. */
export type ElementKind = 'node' | 'edge' | 'group';
