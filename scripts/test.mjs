// npm test: install what is missing (dependencies, Debian's chromium), then typecheck, lint,
// unit tests and browser tests. Runs every step and exits non-zero if any failed.
import { ensureChromium, ensureDependencies, run } from './lib/setup.mjs';

ensureDependencies();
ensureChromium();

const steps = [
  ['typecheck', ['run', 'typecheck']],
  ['lint', ['run', 'lint']],
  ['unit tests', ['run', 'test:unit']],
  ['browser tests', ['run', 'test:e2e']],
];

const failed = [];
for (const [name, args] of steps) {
  console.log(`\n=== ${name} ===`);
  if (run('npm', args) !== 0) failed.push(name);
}
console.log('');
for (const [name] of steps) console.log(`${failed.includes(name) ? 'FAILED' : 'ok    '}  ${name}`);
if (failed.length > 0) {
  console.error(`\nnpm test: ${failed.length} step(s) failed: ${failed.join(', ')}`);
  process.exit(1);
}
console.log('\nnpm test: every step passed');
