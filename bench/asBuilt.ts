/**
 * Runs a benchmark on the code as the app ships it. `npm run bench` itself runs under tsx, which
 * compiles every module with esbuild's `keepNames` and so wraps each function expression in a
 * naming helper called at run time; the production build has no such helper. A benchmark of
 * code that creates closures in hot loops (the rules do) would time that helper too. So the
 * benchmark module is bundled here the way a production build compiles TypeScript (esbuild,
 * no `keepNames`), and run in a Node process of its own, with a fresh heap like the app's
 * worker. It prints its report as JSON on stdout; its progress goes to stderr.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
const OUT_DIR = join(BENCH_DIR, 'results', 'built');

/**
 * Bundles `module` (a file of this folder) with a main that calls its export `run` and prints
 * the result, runs it, and returns the result.
 */
export async function runAsBuilt<T>(module: string, run: string): Promise<T> {
  mkdirSync(OUT_DIR, { recursive: true });
  const outfile = join(OUT_DIR, `${module.replace(/\.ts$/, '')}.mjs`);
  await build({
    stdin: {
      contents: `import { ${run} } from ${JSON.stringify(`./${module}`)};\nprocess.stdout.write(JSON.stringify(${run}()));\n`,
      resolveDir: BENCH_DIR,
      loader: 'ts',
      sourcefile: `${module}-main.ts`,
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: `node${process.versions.node.split('.')[0]}`,
    outfile,
    logLevel: 'warning',
    // What a production build does: no naming helpers, no minification needed to be fair.
    keepNames: false,
  });
  const child = spawnSync(process.execPath, [outfile], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 * 1024 * 1024 });
  if (child.status !== 0) throw new Error(`${module} (as built) exited with ${child.status ?? child.signal}`);
  return JSON.parse(child.stdout) as T;
}
