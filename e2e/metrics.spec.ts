import { expect, test, type Locator, type Page } from '@playwright/test';
import { en } from '../src/core/i18n/messages/en';
import { downloadFrom, openApp, openExample, readDownload } from './support/app';
import { componentCard, headerButton } from './support/canvas';

test.use({ locale: 'en-US' });

/** The Metrics tab of the side panel, opened. */
async function openMetrics(page: Page): Promise<Locator> {
  await page.getByRole('tab', { name: 'Metrics' }).click();
  const panel = page.getByRole('tabpanel', { name: 'Metrics' });
  await expect(panel.getByRole('heading', { name: 'Workload' })).toBeVisible();
  return panel;
}

function section(panel: Locator, title: string): Locator {
  return panel.getByRole('region', { name: title, exact: true });
}

/** A component's row of the sizing table. */
function sizingRow(panel: Locator, label: string): Locator {
  return section(panel, 'Sizing').getByRole('row').filter({ has: panel.page().getByRole('button', { name: `Working of ${label}`, exact: true }) });
}

/** The monthly cost the summary shows, as text ("$16,456"). */
function monthlyCost(panel: Locator): Locator {
  return section(panel, 'Summary').getByText(/^\$[\d,]+$/);
}

/** Unfolds a figure to its working (formula, inputs, sources) by clicking its name, and returns it. */
async function unfold(scope: Locator, label: string): Promise<Locator> {
  const summary = scope.locator('summary').filter({ hasText: new RegExp(`^${label}`) }).first();
  await summary.click();
  const figure = summary.locator('..');
  await expect(figure).toHaveAttribute('open', '');
  return figure;
}

/** Types a value in a field and applies it with Enter, as a person does. */
async function enter(field: Locator, value: string): Promise<void> {
  await field.fill(value);
  await field.press('Enter');
}

test.describe('Metrics', () => {
  test('an empty design says what will appear in the tab', async ({ page }) => {
    await openApp(page);
    await page.getByRole('tab', { name: 'Metrics' }).click();
    await expect(page.getByRole('tabpanel', { name: 'Metrics' })).toHaveText(en.panel.metrics.empty);
  });

  test('a higher peak rate at the web client sizes more model server replicas and costs more a month', async ({ page }) => {
    await openApp(page);
    await openExample(page);
    const panel = await openMetrics(page);

    const modelServer = sizingRow(panel, 'Model server (zone a)');
    await expect(modelServer.getByRole('cell').nth(1)).toHaveText('600 req/s');
    await expect(modelServer.getByRole('cell').nth(2)).toHaveText('2 / 2');
    await expect(section(panel, 'Summary')).toContainText('No component over capacity');
    const before = await monthlyCost(panel).textContent();

    const webClient = panel.getByRole('group', { name: 'Peak requests/s per entry' }).getByRole('textbox', { name: 'Web client', exact: true });
    await enter(webClient, '3000');

    await expect(modelServer.getByRole('cell').nth(1)).toHaveText('1,500 req/s');
    await expect(modelServer.getByRole('cell').nth(2)).toHaveText('4 / 2');
    await expect(modelServer).toContainText('Over capacity');
    await expect(section(panel, 'Summary')).toContainText('2 components over capacity: Model server (zone a), Model server (zone b)');
    await expect(monthlyCost(panel)).not.toHaveText(before ?? '');

    // One field, one undo step.
    await headerButton(page, 'Undo').click();
    await expect(webClient).toHaveValue('1200');
    await expect(modelServer.getByRole('cell').nth(2)).toHaveText('2 / 2');
    await expect(monthlyCost(panel)).toHaveText(before ?? '');
  });

  test('the design-wide peak rate feeds the entry points without a rate of their own', async ({ page }) => {
    await openApp(page);
    await openExample(page);
    const panel = await openMetrics(page);
    const modelServer = sizingRow(panel, 'Model server (zone a)');
    const rates = panel.getByRole('group', { name: 'Peak requests/s per entry' });

    // Without the web client's own rate, each API gateway receives the peak of 1,200 req/s.
    await rates.getByRole('button', { name: 'Remove the rate of Web client' }).click();
    await expect(rates.getByRole('textbox', { name: 'Web client', exact: true })).toHaveCount(0);
    await expect(modelServer.getByRole('cell').nth(1)).toHaveText('1,200 req/s');
    await expect(modelServer.getByRole('cell').nth(2)).toHaveText('3 / 2');

    await enter(panel.getByRole('textbox', { name: 'Peak requests/s', exact: true }), '400');
    await expect(modelServer.getByRole('cell').nth(1)).toHaveText('400 req/s');
    await expect(modelServer.getByRole('cell').nth(2)).toHaveText('1 / 2');
    await expect(rates.getByRole('combobox', { name: 'Add a rate for' })).toContainText('Web client');
  });

  test('a bad value shows its error beside the field and is not applied', async ({ page }) => {
    await openApp(page);
    await openExample(page);
    const panel = await openMetrics(page);
    const peak = panel.getByRole('textbox', { name: 'Peak requests/s', exact: true });

    await enter(peak, '-5');
    await expect(peak).toHaveAttribute('aria-invalid', 'true');
    await expect(peak).toHaveAccessibleDescription(/Too small: expected number to be >=0/);
    await expect(panel.getByRole('alert')).toHaveText('Too small: expected number to be >=0');

    const slo = panel.getByRole('textbox', { name: 'Latency objective (p99)', exact: true });
    await enter(slo, 'fast');
    await expect(slo).toHaveAttribute('aria-invalid', 'true');
    await expect(panel.getByRole('alert').filter({ hasText: 'Enter a number.' })).toBeVisible();

    // Nothing was applied: no undo step, and the figures still use 150 ms.
    await expect(headerButton(page, 'Undo')).toBeDisabled();
    await expect(section(panel, 'Latency budget')).toContainText('objective 150 ms');
    await peak.press('Escape');
    await expect(peak).toHaveValue('1200');
    await expect(peak).toHaveAttribute('aria-invalid', 'false');
  });

  test('a latency objective below the p99 shows the path over it, its culprit hop, and the path on the canvas', async ({ page }) => {
    await openApp(page);
    await openExample(page);
    const panel = await openMetrics(page);
    const latency = section(panel, 'Latency budget');
    const gateway = latency.getByRole('listitem', { name: 'API gateway (zone a)', exact: true });
    await expect(gateway).toContainText('Within the objective: 98.1 ms to spare');

    await enter(panel.getByRole('textbox', { name: 'Latency objective (p99)', exact: true }), '40');

    await expect(gateway).toContainText('Over the objective by 11.9 ms');
    const hops = gateway.getByRole('list', { name: 'Hops of API gateway (zone a)' });
    await expect(hops.getByRole('listitem')).toHaveCount(3);
    await expect(hops.getByRole('listitem', { name: 'Model server (zone a): 45.4 ms, 87.5% (largest share)', exact: true })).toBeVisible();
    await expect(hops.getByRole('listitem', { name: /largest share/ })).toHaveCount(1);
    await expect(section(panel, 'Summary').getByRole('img', { name: 'over 40 ms by 11.9 ms' }).first()).toBeVisible();
    await expect(hops.getByRole('img', { name: 'timeout longer than the budget left' })).toHaveCount(2);
    await expect(latency.getByRole('listitem').filter({ hasText: 'API gateway (zone a) → Model server (zone a): 60 ms × 1, 38 ms left' })).toBeVisible();

    await gateway.getByRole('button', { name: 'Show path on canvas' }).click();
    await expect(page.locator('.react-flow__node.selected')).toHaveCount(3);
    for (const label of ['API gateway (zone a)', 'Model server (zone a)', 'Online feature store']) {
      await expect(componentCard(page, label)).toHaveClass(/selected/);
    }
    await expect(componentCard(page, 'Model server (zone b)')).not.toHaveClass(/selected/);
    await expect(page.locator('.react-flow__edge.selected')).toHaveCount(2);
  });

  test('every figure unfolds into its formula, inputs and dated sources', async ({ page }) => {
    await openApp(page);
    await openExample(page);
    const panel = await openMetrics(page);
    await sizingRow(panel, 'Model server (zone a)').getByRole('button').click();
    const cost = await unfold(section(panel, 'Sizing'), 'Monthly cost');
    await expect(cost).toContainText('Σ of the component’s cost lines');
    await expect(cost).toContainText(/instances\s*1,468\.76\sUSD\/month/);

    const load = await unfold(section(panel, 'Sizing'), 'Arrival rate');
    await expect(load).toContainText(/API gateway \(zone a\) → Model server \(zone a\) · infer \(KServe v2\)\s*600\.07\sreq\/s/);

    const replicas = await unfold(section(panel, 'Sizing'), 'Replicas needed');
    await expect(replicas).toContainText('ceil(rate × (1 + headroom) ÷ throughput per replica)');
    await expect(replicas).toContainText(/Throughput per replica\s*650\sreq\/s/);
    await expect(replicas).toContainText(/Headroom\s*30%/);

    const total = await unfold(section(panel, 'Cost'), 'Monthly total');
    await expect(total).toContainText('Formula');
    await expect(total).toContainText('Model serving');
    await expect(total).toContainText('S34 factualminds.com, EC2 on-demand pricing, 17 Jun 2026, 2026-06-17');
    await expect(total).toContainText(/S37 .*\(estimate\)/);
    await expect(section(panel, 'Assumptions')).toContainText('Availability assumes independent failures');
  });

  test('the cost lines download as a CSV named after the design', async ({ page }) => {
    await openApp(page);
    await openExample(page);
    const panel = await openMetrics(page);
    const download = await downloadFrom(page, () => section(panel, 'Cost').getByRole('button', { name: 'Download CSV' }).click());
    expect(download.suggestedFilename()).toBe('real-time-inference-service-costs.csv');
    const lines = (await readDownload(download)).replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('Component,Id,Category,Provider,Priced as,Monthly cost (USD),On-demand list price (USD)');
    expect(lines).toContain('Model server (zone a),triton-a,Model serving,AWS,instances,1468.76,1468.76');
    expect(lines.at(-1)).toBe('');
  });

  test('the Metrics tab speaks French', async ({ page }) => {
    await openApp(page);
    await openExample(page);
    await page.getByRole('banner').getByRole('combobox', { name: 'Language' }).selectOption('fr');
    await page.getByRole('tab', { name: 'Métriques' }).click();
    const panel = page.getByRole('tabpanel', { name: 'Métriques' });
    await expect(panel.getByRole('heading', { name: 'Charge de travail' })).toBeVisible();
    await expect(panel.getByRole('textbox', { name: 'Objectif de latence (p99)', exact: true })).toHaveValue('150');
    await expect(section(panel, 'Synthèse')).toContainText('Coût mensuel');
    await expect(section(panel, 'Synthèse')).toContainText('16\u202f456\u00a0$US');
    await expect(section(panel, 'Budget de latence').getByRole('listitem', { name: 'API gateway (zone a)', exact: true }))
      .toContainText('Dans l’objectif\u00a0: 98,1 ms de marge');
    await expect(section(panel, 'Coût').getByRole('button', { name: 'Télécharger le CSV' })).toBeVisible();
    await expect(section(panel, 'Hypothèses')).toContainText('La disponibilité suppose des pannes indépendantes');
  });
});
