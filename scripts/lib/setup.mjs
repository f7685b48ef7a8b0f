// Set-up steps shared by `npm start` and `npm test`. Plain Node: runs before any dependency is installed.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const root = new URL('../..', import.meta.url).pathname;

/** Runs a command with inherited output; returns its exit code. */
export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options });
  if (result.error) {
    console.error(`archlab: could not run ${command}: ${result.error.message}`);
    return 1;
  }
  return result.status ?? 1;
}

function mtime(path) {
  return existsSync(path) ? statSync(path).mtimeMs : 0;
}

/** Installs dependencies when node_modules is missing or older than the lockfile. */
export function ensureDependencies() {
  const lock = join(root, 'package-lock.json');
  const installed = join(root, 'node_modules', '.package-lock.json');
  if (existsSync(installed) && mtime(installed) >= mtime(lock)) return;
  console.log('archlab: installing dependencies (npm ci)…');
  const code = run('npm', ['ci', '--no-audit', '--no-fund']);
  if (code !== 0) {
    console.error('archlab: npm ci failed; see the messages above.');
    process.exit(code);
  }
}

export const CHROMIUM = '/usr/bin/chromium';

/** Makes sure Debian's chromium is there for the browser tests, installing it when we are root. */
export function ensureChromium() {
  if (existsSync(CHROMIUM)) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (!isRoot || !hasApt) {
    console.error(
      `archlab: the browser tests need Chromium at ${CHROMIUM}.\n` +
        '  Install it with:  sudo apt-get update && sudo apt-get install -y chromium\n' +
        '  (the tests never download a browser of their own).',
    );
    process.exit(1);
  }
  console.log('archlab: installing Debian chromium for the browser tests (apt-get)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (run('apt-get', ['update', '-qq'], { env }) !== 0 || run('apt-get', ['install', '-y', '-qq', 'chromium'], { env }) !== 0) {
    console.error('archlab: apt-get could not install chromium; install it by hand and run npm test again.');
    process.exit(1);
  }
  if (!existsSync(CHROMIUM)) {
    console.error(`archlab: chromium was installed but ${CHROMIUM} is still missing.`);
    process.exit(1);
  }
}
