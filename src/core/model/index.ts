export * from './ids';
export * from './vocabulary';
export * from './types';
export * from './schema';
export { createDesign } from './createDesign';
export { checkDesignIntegrity, type IntegrityProblem } from './integrity';
export { applyCommand, type Applied } from './commands/applyCommand';
export { CommandError, type Command, type CommandOp, type DesignPatch, type Patch } from './commands/types';
export { isInside } from './commands/groupCommands';
