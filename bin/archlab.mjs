#!/usr/bin/env node
// The `archlab` command: registers tsx so Node can load the TypeScript sources directly,
// then runs the CLI. No build step: `npx archlab ...` works right after `npm install`.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv);
