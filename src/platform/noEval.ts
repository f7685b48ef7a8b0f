import { z } from 'zod';

/**
 * The app's Content-Security-Policy forbids eval. zod compiles fast parsers with `new Function`
 * unless told not to, and probes for it when its schemas are built, so this module must be
 * imported before any schema (main.tsx imports it first). Node (CLI, tests) keeps the JIT.
 */
z.config({ jitless: true });
