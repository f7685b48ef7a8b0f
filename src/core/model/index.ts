export * from './ids';
export * from './vocabulary';
export * from './types';
export * from './schema';
export { createDesign } from './createDesign';
export { checkDesignIntegrity, type IntegrityProblem } from './integrity';
export { applyCommand, type Applied } from './commands/applyCommand';
export { CommandError, type Command, type CommandOp, type DesignPatch, type Patch } from './commands/types';
export { isInside } from './commands/groupCommands';
export { isUntouchedBlank } from './isUntouchedBlank';
export { customTypeSchema, customPropertySchema, type CustomType, type CustomProperty } from './customTypeSchema';
export { checkPropValue, type CheckedProperty } from './typeIntegrity';
export { canConnect, connectCommand, type ConnectionCheck } from './canConnect';
export { moveElements, innermostGroupAt, type DefaultSizes } from './moveElements';
export { designErrorMap } from './errorMap';
export {
  CLIPBOARD_FORMAT,
  CLIPBOARD_VERSION,
  PASTE_OFFSET,
  clipboardFragmentSchema,
  copySelection,
  cutSelection,
  duplicateSelection,
  parseFragment,
  pasteFragment,
  readFragment,
  serializeFragment,
  type ClipboardFragment,
  type FragmentOptions,
  type FragmentResult,
  type Placement,
} from './clipboard';
export { adrLabel, adrNumber, draftDecision, localIsoDate, nextDecisionNumber } from './decisionDrafts';
