import type { RuleDefinition } from './types';

/** Declares a rule. Identity function, for the types: message keys are checked at compile time. */
export function defineRule<M extends string = 'default'>(rule: RuleDefinition<M>): RuleDefinition<M> {
  return rule;
}
