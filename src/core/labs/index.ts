/**
 * Course labs as data (issue 8): one lab per IA007 module, read from JSON files and checked at
 * load; the design a student starts from; objectives evaluated on a design; lab 1's comparison;
 * templates and lab designs in French (translations of their texts).
 */
export {
  LAB_FORMAT,
  LAB_METRICS,
  LAB_VERSION,
  labFileSchema,
  labSchema,
  objectiveSchema,
  type Lab,
  type LabMetric,
  type LabPart,
  type LabStart,
  type LabText,
  type LabWorkload,
  type Objective,
  type ObjectiveKind,
} from './labSchema';
export { parseLab, parseLabText, type LabParseOptions, type LabParseResult } from './parseLab';
export { LABS, getLab } from './labs';
export { startLab, labPart, labDesignName, type StartOptions } from './startLab';
export {
  designTranslationSchema,
  translationGaps,
  type DesignTranslation,
  type ElementTranslation,
  type DecisionTranslation,
  type CustomTypeTranslation,
  type TranslationGaps,
  type TranslationPath,
} from './designTranslation';
export { applyTranslation } from './applyTranslation';
export { evaluateObjectives, labComplete } from './evaluateObjectives';
export type { ObjectiveResult, Precomputed, MetricsVariant } from './objectives/types';
export { scaleLoad } from './objectives/scaleLoad';
export { compareDesigns, type ComparisonRow, type ComparisonLatency } from './compareDesigns';
export * from './templates';
