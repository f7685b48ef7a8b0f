import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** Browser globals the pure core must never touch. */
const browserGlobals = [
  'window',
  'document',
  'navigator',
  'localStorage',
  'sessionStorage',
  'indexedDB',
  'location',
  'history',
  'Blob',
  'File',
  'FileReader',
  'HTMLElement',
  'Element',
  'Node',
  'requestAnimationFrame',
  'self',
].map((name) => ({ name, message: 'src/core is pure: use a platform adapter outside the core.' }));

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'bench/results', 'coverage', '.scratch'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/core/**', 'src/cli/**'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
    },
  },
  {
    // The architecture guard: the core depends on nothing outside itself but plain libraries.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react/*', 'react-dom', 'react-dom/*'], message: 'src/core must not use React.' },
            { group: ['@xyflow/*', 'reactflow'], message: 'src/core must not use React Flow.' },
            { group: ['zustand', 'zustand/*', 'zundo'], message: 'src/core must not use the store.' },
            { group: ['idb-keyval', 'react-i18next'], message: 'src/core must not use browser adapters.' },
            { group: ['node:*', 'fs', 'path', 'os', 'child_process'], message: 'src/core must not use Node built-ins.' },
            {
              group: ['**/store/*', '**/store', '**/ui/*', '**/ui', '**/platform/*', '**/platform', '**/cli/*'],
              message: 'Dependencies point inward: src/core imports nothing from store, ui, platform or cli.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', ...browserGlobals, { name: 'process', message: 'src/core must not use Node globals.' }],
    },
  },
  {
    // Rules read connection fields and component properties through RuleContext, which records
    // what each rule reads: after an edit of values, only the rules that read them run again.
    // What runs while rules check: the rules (one folder per area) and the helpers they share.
    files: [
      'src/core/rules/*/**/*.ts',
      'src/core/rules/fixes.ts',
      'src/core/rules/graph.ts',
      'src/core/rules/indexedGraph.ts',
      'src/core/rules/patterns.ts',
    ],
    ignores: ['src/core/rules/**/*.test.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...[
          // (the context's own accessors, context.mode(e) and context.protocol(e), are the way to read)
          'MemberExpression[computed=false][property.name=/^(mode|protocol|callsPerRequest|security|resilience|props)$/]:not([object.name="context"])',
          'MemberExpression[computed=true][property.value=/^(mode|protocol|callsPerRequest|security|resilience|props)$/]',
          'ObjectPattern > Property[key.name=/^(mode|protocol|callsPerRequest|security|resilience|props)$/]',
          // Reads of fields the lint cannot name: the rest of a destructured object, a key held in a variable.
          'ObjectPattern > RestElement',
          'MemberExpression[computed=true][property.type="TemplateLiteral"]',
        ].map((selector) => ({
          selector,
          message:
            'Read connection fields and component properties through RuleContext (context.mode(e), context.timeoutMs(e), context.edgeProp(e, key), context.prop(node, key), context.propDef(node, key)…), which records what each rule reads; fixes build their commands with the helpers of fixCommands.ts (setNodeProps, setEdgeProps, setResilience, setSecurity, copiedFields…).',
        })),
        {
          // After an edit, a shared value may be computed again on the next design's context.
          selector: 'CallExpression[callee.property.name=/^cached(Near)?$/] > ArrowFunctionExpression[params.length=0]',
          message: 'A shared value reads the context it is given: context.cached(key, (context) => …), never the one around it.',
        },
      ],
    },
  },
);
