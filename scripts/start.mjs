// npm start: install what is missing, build, serve the production build and print its address.
import { ensureDependencies, root, run } from './lib/setup.mjs';

const HOST = '127.0.0.1';
const PORT = 4173;

ensureDependencies();
if (run('npm', ['run', 'build']) !== 0) {
  console.error('archlab: the build failed; see the messages above.');
  process.exit(1);
}
const { preview } = await import('vite');
try {
  await preview({ root, logLevel: 'warn', preview: { host: HOST, port: PORT, strictPort: true, open: false } });
} catch (error) {
  console.error(`archlab: could not serve on ${HOST}:${PORT}: ${error instanceof Error ? error.message : error}`);
  console.error('  Is another ArchLab (or another program) already using that port?');
  process.exit(1);
}
console.log(`\n  ArchLab is running at http://${HOST}:${PORT}\n  Press Ctrl+C to stop.\n`);
