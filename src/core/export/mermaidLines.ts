/**
 * For the tests: every line a Mermaid C4 export may contain, user text only inside double
 * quotes. The Mermaid property tests and the Markdown report's tests check each line with it.
 */
export const MERMAID_LINE =
  /^(C4Context|C4Container|\s+title [^\n]*|\s+(Person|System|System_Ext|Container|ContainerDb|ContainerQueue|Rel)\(\w+(, \w+)?(, "[^"]*")*\)|\s+System_Boundary\(\w+, "[^"]*"\) \{|\s+\})$/;
