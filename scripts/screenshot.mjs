// npm run screenshot: builds the app, opens an example design in Debian's chromium and writes
// docs/screenshot.png, the picture shown in the README.
import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { ensureChromium, ensureDependencies, root, run, CHROMIUM } from './lib/setup.mjs';

ensureDependencies();
ensureChromium();
if (run('npm', ['run', 'build']) !== 0) process.exit(1);

const PORT = 4193;
const server = await preview({ root, logLevel: 'warn', preview: { host: '127.0.0.1', port: PORT, strictPort: true } });
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 860 }, locale: 'en-US' });
  await page.goto(`http://127.0.0.1:${PORT}`);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open…' }).click();
  await (await chooser).setFiles(`${root}examples/realtime-inference.archlab.json`);
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await page.getByText('Model server (zone a)').click();
  await page.waitForTimeout(400);
  await page.screenshot({ path: `${root}docs/screenshot.png` });
  console.log('wrote docs/screenshot.png');
} finally {
  await browser.close();
  await new Promise((resolve) => server.httpServer.close(resolve));
}
