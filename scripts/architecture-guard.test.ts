import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * The architecture guard of eslint.config.js: src/core is pure, so React, React Flow, zustand,
 * Node built-ins, browser globals and the outer layers are refused there, and only there.
 */
const root = fileURLToPath(new URL('..', import.meta.url));
let eslint: ESLint;

beforeAll(async () => {
  eslint = new ESLint({ cwd: root });
  // The first lint loads the whole toolchain (seconds on a busy machine): do it before the tests.
  await eslint.lintText('export {};\n', { filePath: 'src/core/warm-up.ts' });
}, 60_000);

/** The guard's messages for `code` linted as if it lived at `filePath`. */
async function guard(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  const fatal = result?.messages.filter((m) => m.fatal) ?? [];
  expect(fatal).toEqual([]);
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-globals')
    .map((m) => `${m.ruleId}: ${m.message}`);
}

/** Code that imports a UI library, and what the guard says about it in src/core. */
const imports: Record<string, [code: string, message: string]> = {
  react: ["import { useState } from 'react';\nexport const probe = useState;\n", 'src/core must not use React.'],
  'react-dom': ["import { createRoot } from 'react-dom/client';\nexport const probe = createRoot;\n", 'src/core must not use React.'],
  '@xyflow/react': ["import { ReactFlow } from '@xyflow/react';\nexport const probe = ReactFlow;\n", 'src/core must not use React Flow.'],
  zustand: ["import { create } from 'zustand';\nexport const probe = create;\n", 'src/core must not use the store.'],
  'react types': ["import type { FC } from 'react';\nexport type Probe = FC;\n", 'src/core must not use React.'],
};

describe('architecture guard', () => {
  it.each(Object.entries(imports))('refuses %s in src/core', async (_name, [code, message]) => {
    const messages = await guard(code, 'src/core/probe.ts');
    expect(messages.length).toBeGreaterThan(0);
    expect(messages.every((m) => m.startsWith('no-restricted-imports: '))).toBe(true);
    expect(messages.some((m) => m.endsWith(message))).toBe(true);
  });

  it.each(Object.entries(imports))('allows %s in src/ui', async (_name, [code]) => {
    expect(await guard(code, 'src/ui/probe.tsx')).toEqual([]);
  });

  it('refuses window and document in src/core, also in nested folders', async () => {
    const code = 'export const width = window.innerWidth;\nexport const title = document.title;\n';
    const messages = await guard(code, 'src/core/model/deep/probe.ts');
    expect(messages).toEqual([
      "no-restricted-globals: Unexpected use of 'window'. src/core is pure: use a platform adapter outside the core.",
      "no-restricted-globals: Unexpected use of 'document'. src/core is pure: use a platform adapter outside the core.",
    ]);
    expect(await guard(code, 'src/ui/probe.tsx')).toEqual([]);
  });

  it('refuses Node built-ins and imports from the outer layers in src/core', async () => {
    const node = await guard("import { readFileSync } from 'node:fs';\nexport const probe = readFileSync;\n", 'src/core/probe.ts');
    expect(node).toEqual(['no-restricted-imports: \'node:fs\' import is restricted from being used by a pattern. src/core must not use Node built-ins.']);
    const store = await guard("import { createStore } from '../store/createStore';\nexport const probe = createStore;\n", 'src/core/probe.ts');
    expect(store).toHaveLength(1);
    expect(store[0]).toMatch(/Dependencies point inward/);
    const processUse = await guard('export const env = process.env.HOME;\n', 'src/core/probe.ts');
    expect(processUse).toEqual(["no-restricted-globals: Unexpected use of 'process'. src/core must not use Node globals."]);
  });

  it('lets pure code through in src/core', async () => {
    const code = "import { z } from 'zod';\nimport { applyCommand } from './model';\nexport const probe = [z, applyCommand];\n";
    expect(await guard(code, 'src/core/probe.ts')).toEqual([]);
  });
});
