import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { generateDesign } from '../bench/generateDesign';
import { applyCommand, checkDesign, serializeDesign, type Design } from '../src/core';
import { BACKGROUND_THRESHOLD } from '../src/store/findingsSlice';
import { designName, openApp, openFile } from './support/app';
import { componentCard, connections, dropFromPalette, headerButton, inspector, notice } from './support/canvas';

/** The Findings tab's count line for a design, as the engine checks it. */
function countsOf(design: Design): string {
  const findings = checkDesign(design).findings;
  const count = (severity: string, word: string) => {
    const n = findings.filter((f) => f.severity === severity).length;
    return `${n} ${word}${n === 1 ? '' : 's'}`;
  };
  return [count('error', 'error'), count('warning', 'warning'), count('info', 'suggestion')].join(' · ');
}

test.use({ locale: 'en-US' });

const BREAKER = 'Circuit breaker on calls to fallible dependencies';
const BREAKER_MESSAGE = 'The synchronous call from Microservice to NVIDIA Triton Inference Server has no circuit breaker.';

function findingsPanel(page: Page): Locator {
  return page.getByRole('tabpanel', { name: 'Findings' });
}

function findingCard(page: Page, title: string): Locator {
  return findingsPanel(page).getByRole('listitem', { name: title, exact: true });
}

/** How many findings a badge announces ("2 findings (Warning)"), 0 when there is no badge. */
async function badgeCount(scope: Locator): Promise<number> {
  const badge = scope.getByRole('img', { name: /^\d+ findings? \(/ });
  if ((await badge.count()) === 0) return 0;
  const name = (await badge.first().getAttribute('aria-label')) ?? '';
  return Number(name.split(' ')[0]);
}

/** A microservice calling a Triton model server synchronously, without a circuit breaker. */
async function drawUnguardedCall(page: Page): Promise<void> {
  await dropFromPalette(page, 'Microservice', { x: 200, y: 200 });
  await expect(componentCard(page, 'Microservice')).toBeVisible();
  await dropFromPalette(page, 'NVIDIA Triton Inference Server', { x: 600, y: 200 });
  await expect(componentCard(page, 'NVIDIA Triton Inference Server')).toBeVisible();
  await componentCard(page, 'Microservice').click();
  await inspector(page).getByRole('combobox', { name: 'Connect to…' }).selectOption({ label: 'NVIDIA Triton Inference Server' });
  await inspector(page).getByRole('button', { name: 'Connect', exact: true }).click();
  await expect(connections(page)).toHaveCount(1);
  await page.getByRole('tab', { name: 'Findings' }).click();
}

test.describe('Findings', () => {
  test('a broken rule shows as a finding and a badge; its quick fix removes it, Undo brings it back', async ({ page }) => {
    await openApp(page);
    await drawUnguardedCall(page);

    const card = findingCard(page, BREAKER);
    await expect(card).toContainText(BREAKER_MESSAGE);
    const connection = connections(page).first();
    const before = await badgeCount(connection);
    expect(before).toBeGreaterThanOrEqual(1);
    expect(await badgeCount(componentCard(page, 'NVIDIA Triton Inference Server'))).toBeGreaterThanOrEqual(1);

    await card.getByRole('button', { name: 'Fix: Add a circuit breaker' }).click();
    await expect(notice(page, 'Applied: Add a circuit breaker.')).toBeVisible();
    await expect(card).toHaveCount(0);
    await expect.poll(() => badgeCount(connection)).toBe(before - 1);

    await headerButton(page, 'Undo').click();
    await expect(findingCard(page, BREAKER)).toContainText(BREAKER_MESSAGE);
    await expect.poll(() => badgeCount(connection)).toBe(before);
  });

  test('far out, a connection drops its finding mark, which would be a speck; components keep their badge', async ({ page }) => {
    await openApp(page);
    await drawUnguardedCall(page);
    const connection = connections(page).first();
    const triton = componentCard(page, 'NVIDIA Triton Inference Server');
    await expect.poll(() => badgeCount(connection)).toBeGreaterThanOrEqual(1);

    const zoomOut = page.getByRole('button', { name: /zoom out/i });
    for (let i = 0; i < 10; i += 1) await zoomOut.click();
    await expect.poll(() => badgeCount(connection)).toBe(0);
    expect(await badgeCount(triton)).toBeGreaterThanOrEqual(1);

    const zoomIn = page.getByRole('button', { name: /zoom in/i });
    for (let i = 0; i < 10; i += 1) await zoomIn.click();
    await expect.poll(() => badgeCount(connection)).toBeGreaterThanOrEqual(1);
  });

  test('showing a finding selects its elements on the canvas', async ({ page }) => {
    await openApp(page);
    await drawUnguardedCall(page);
    await findingCard(page, BREAKER).getByRole('button', { name: `Show “${BREAKER}” on the canvas` }).click();
    await expect(page.locator('.react-flow__edge.selected')).toHaveCount(1);
    await expect(componentCard(page, 'NVIDIA Triton Inference Server')).toHaveClass(/selected/);
  });

  test('findings filter by severity and by category', async ({ page }) => {
    await openApp(page);
    await drawUnguardedCall(page);
    await expect(findingCard(page, BREAKER)).toBeVisible();
    const warnings = findingsPanel(page).getByRole('button', { name: 'Show Warnings' });
    await warnings.click();
    await expect(warnings).toHaveAttribute('aria-pressed', 'false');
    await expect(findingCard(page, BREAKER)).toHaveCount(0);
    await warnings.click();
    await expect(findingCard(page, BREAKER)).toBeVisible();
    await findingsPanel(page).getByRole('combobox', { name: 'Category' }).selectOption({ label: 'Security' });
    await expect(findingCard(page, BREAKER)).toHaveCount(0);
    await findingsPanel(page).getByRole('combobox', { name: 'Category' }).selectOption({ label: 'Resilience' });
    await expect(findingCard(page, BREAKER)).toBeVisible();
  });

  test('a rule switched off in the rules reference stays off after a reload', async ({ page }) => {
    await openApp(page);
    await drawUnguardedCall(page);
    await expect(findingCard(page, BREAKER)).toBeVisible();

    await findingsPanel(page).getByRole('button', { name: 'Rules reference' }).click();
    const reference = page.getByRole('dialog', { name: 'Rules reference and policy' });
    await reference.getByRole('checkbox', { name: `Check ${BREAKER}` }).uncheck();
    await reference.getByRole('button', { name: 'Close' }).click();
    await expect(findingCard(page, BREAKER)).toHaveCount(0);

    await page.reload();
    await page.getByRole('tab', { name: 'Findings' }).click();
    await expect(findingsPanel(page).getByText(/\d+ warnings?/)).toBeVisible();
    await expect(findingCard(page, BREAKER)).toHaveCount(0);
    await findingsPanel(page).getByRole('button', { name: 'Rules reference' }).click();
    await expect(page.getByRole('dialog', { name: 'Rules reference and policy' }).getByRole('checkbox', { name: `Check ${BREAKER}` })).not.toBeChecked();
  });

  test('a declared pattern lists its requirements, ticked as the design changes', async ({ page }) => {
    await openApp(page);
    await drawUnguardedCall(page);
    await findingsPanel(page).getByRole('combobox', { name: 'Declare a pattern' }).selectOption({ label: 'Zero trust' });
    await findingsPanel(page).getByRole('button', { name: 'Declare', exact: true }).click();

    const checklist = findingsPanel(page).getByRole('list', { name: 'Zero trust' });
    await expect(checklist.getByRole('listitem', { name: 'Mutual TLS on every internal connection: not met' })).toBeVisible();
    await findingCard(page, 'Mutual TLS on every internal connection')
      .getByRole('button', { name: 'Fix: Turn on mTLS on all internal connections' })
      .click();
    await expect(checklist.getByRole('listitem', { name: 'Mutual TLS on every internal connection: met' })).toBeVisible();
  });

  test('a quick fix that adds a component: an API gateway put in front of a service', async ({ page }) => {
    await openApp(page);
    await dropFromPalette(page, 'Web client', { x: 150, y: 250 });
    await dropFromPalette(page, 'Microservice', { x: 600, y: 250 });
    await componentCard(page, 'Web client').click();
    await inspector(page).getByRole('combobox', { name: 'Connect to…' }).selectOption({ label: 'Microservice' });
    await inspector(page).getByRole('button', { name: 'Connect', exact: true }).click();
    await page.getByRole('tab', { name: 'Findings' }).click();

    const card = findingCard(page, 'An API gateway in front of services and model servers');
    await expect(card).toContainText('Web client calls Microservice directly, without an API gateway.');
    await card.getByRole('button', { name: 'Fix: Put an API gateway in front' }).click();
    await expect(componentCard(page, 'API gateway')).toBeVisible();
    await expect(connections(page)).toHaveCount(2);
    await expect(findingCard(page, 'An API gateway in front of services and model servers')).toHaveCount(0);

    await headerButton(page, 'Undo').click();
    await expect(componentCard(page, 'API gateway')).toHaveCount(0);
    await expect(connections(page)).toHaveCount(1);
  });

  test('a large design is checked in the background, its findings appear and follow edits of values and of structure', async ({ page }) => {
    const big = generateDesign(800);
    expect(big.nodes.length + big.edges.length).toBeGreaterThan(BACKGROUND_THRESHOLD);
    const file = path.join(await mkdtemp(path.join(tmpdir(), 'archlab-')), 'large.archlab.json');
    await writeFile(file, serializeDesign(big));
    // The edit below: a database no longer encrypted at rest, which the rules report.
    const store = big.nodes.find((n) => n.label === 'relational-db 0')!;
    const edited = applyCommand(big, { op: 'update-node', id: store.id, patch: { props: { ...store.props, encryptedAtRest: false } } }).design;

    await openApp(page);
    await openFile(page, file);
    await expect(designName(page)).toHaveValue(big.name);
    await page.getByRole('tab', { name: 'Findings' }).click();
    const cards = findingsPanel(page).getByRole('listitem').filter({ has: page.getByRole('button', { name: /^Show “/ }) });
    await expect(cards.first()).toBeVisible({ timeout: 15_000 });
    const counts = findingsPanel(page).getByText(/^\d+ errors? · \d+ warnings? · \d+ suggestions?$/);
    await expect(counts).toHaveText(countsOf(big));

    await page.keyboard.press('Control+k');
    await page.getByRole('dialog', { name: 'Find a component' }).getByRole('combobox', { name: 'Component name' }).fill(store.label);
    await page.keyboard.press('Enter');
    await page.getByRole('tab', { name: 'Properties' }).click();
    // Unset, the property is its type's default: encrypted.
    const encrypted = inspector(page).getByRole('checkbox', { name: 'Encrypted at rest' });
    await expect(encrypted).toBeChecked();
    await encrypted.uncheck();
    await page.getByRole('tab', { name: 'Findings' }).click();
    expect(countsOf(edited)).not.toBe(countsOf(big));
    await expect(counts).toHaveText(countsOf(edited), { timeout: 15_000 });

    // An edit of the structure: a connected component deleted, then brought back by Undo.
    const connected = (id: string) => edited.edges.some((e) => e.source === id || e.target === id);
    const named = (label: string) => !edited.nodes.some((n) => n.label !== label && n.label.startsWith(label));
    const gone = edited.nodes
      .filter((n) => n.id !== store.id && connected(n.id) && named(n.label))
      .map((n) => ({ node: n, design: applyCommand(edited, { op: 'remove-node', id: n.id }).design }))
      .find(({ design }) => countsOf(design) !== countsOf(edited))!;
    await page.keyboard.press('Control+k');
    await page.getByRole('dialog', { name: 'Find a component' }).getByRole('combobox', { name: 'Component name' }).fill(gone.node.label);
    await page.keyboard.press('Enter');
    await componentCard(page, gone.node.label).click();
    await page.keyboard.press('Delete');
    await expect(componentCard(page, gone.node.label)).toHaveCount(0);
    await expect(counts).toHaveText(countsOf(gone.design), { timeout: 15_000 });
    await headerButton(page, 'Undo').click();
    await expect(componentCard(page, gone.node.label)).toBeVisible();
    await expect(counts).toHaveText(countsOf(edited), { timeout: 15_000 });
  });

  test('findings speak French', async ({ page }) => {
    await openApp(page);
    await drawUnguardedCall(page);
    await page.getByRole('banner').getByRole('combobox', { name: 'Language' }).selectOption('fr');
    await expect(page.getByRole('tabpanel', { name: 'Constats' }).getByRole('listitem', { name: 'Disjoncteur sur les appels aux dépendances faillibles' }))
      .toContainText('L’appel synchrone de Microservice vers NVIDIA Triton Inference Server n’a pas de disjoncteur.');
  });
});
