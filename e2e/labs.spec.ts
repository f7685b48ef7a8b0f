import { expect, test, type Page } from '@playwright/test';
import { LABS, copySelection, serializeFragment, startLab } from '../src/core';
import { SOLUTIONS } from '../src/core/labs/solutions';
import { openApp, waitUntilSaved } from './support/app';
import { clickEmptyCanvas, componentCards } from './support/canvas';

test.use({ locale: 'en-US' });

const LAB = LABS.find((l) => l.number === 1)!;
const EDGE = LAB.parts.find((p) => p.id === 'edge')!;

function labsPanel(page: Page) {
  return page.getByRole('tabpanel', { name: 'Labs' });
}

/** The components, connections and groups of the lab's reference solution, as a clipboard fragment. */
function solutionFragment(): string {
  const start = startLab(LAB, EDGE.id, 'en', (prefix) => `${prefix}-start`);
  const solved = SOLUTIONS[1]!.edge!(start);
  return serializeFragment(copySelection(solved, [...solved.groups, ...solved.nodes, ...solved.edges].map((e) => e.id)));
}

test('start a lab, make the changes, watch the objectives tick and the lab complete; progress survives a reload', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openApp(page);
  await page.getByRole('tab', { name: 'Labs' }).click();
  await expect(labsPanel(page).getByRole('button', { name: `Open lab 1: ${LAB.title.en}` })).toContainText('Not started');
  await labsPanel(page).getByRole('button', { name: `Open lab 1: ${LAB.title.en}` }).click();
  await expect(labsPanel(page).getByRole('heading', { name: LAB.title.en })).toBeVisible();

  await labsPanel(page).getByRole('button', { name: `Start “${EDGE.title.en}”` }).click();
  await expect(page.getByRole('banner').getByRole('textbox', { name: 'Design name' })).toHaveValue(`Lab 1 — ${EDGE.title.en}`);
  const objectives = labsPanel(page).getByRole('region', { name: 'Objectives' });
  const count = EDGE.objectives.length;
  await expect(objectives.getByRole('status')).toHaveText(new RegExp(`^[0-${count - 1}] of ${count} objectives met$`));
  const fogObjective = EDGE.objectives.find((o) => o.kind === 'element' && o.role === 'fog-node')!;
  await expect(objectives.getByRole('listitem', { name: `${fogObjective.label.en}: Not met yet` })).toBeVisible();

  // A hint, kept with the lab's progress.
  await labsPanel(page).getByRole('button', { name: 'Show the next hint' }).click();
  await expect(labsPanel(page).getByText(`Hint 1 of ${LAB.hints.length}`)).toBeVisible();

  // Paste the edge site, its devices and the federated training (a fragment copied elsewhere).
  await page.evaluate((text) => navigator.clipboard.writeText(text), solutionFragment());
  await clickEmptyCanvas(page);
  await page.keyboard.press('Control+v');
  await expect.poll(() => componentCards(page).count()).toBeGreaterThan(4);
  await page.getByRole('tab', { name: 'Labs' }).click();
  await expect(objectives.getByRole('listitem', { name: `${fogObjective.label.en}: Met` })).toBeVisible();
  await expect(objectives.getByRole('status')).toHaveText(`${count - 1} of ${count} objectives met`);

  // The last one: declare the pattern the lab asks for.
  await page.getByRole('tab', { name: 'Findings' }).click();
  const findings = page.getByRole('tabpanel', { name: 'Findings' });
  await findings.getByRole('combobox', { name: 'Declare a pattern' }).selectOption({ label: 'Edge computing and federated learning' });
  await findings.getByRole('button', { name: 'Declare', exact: true }).click();
  await page.getByRole('tab', { name: 'Labs' }).click();
  await expect(objectives.getByRole('status')).toHaveText('Lab complete: every objective is met.');

  // The side-by-side comparison of lab 1 shows this part's figures; the others are not started.
  const comparison = labsPanel(page).getByRole('region', { name: 'Comparison of the three designs' });
  await expect(comparison.getByRole('row', { name: /^Patterns/ })).toContainText('Edge computing and federated learning');
  await expect(comparison.getByRole('row', { name: /^Monthly cost/ })).toContainText('not started');

  await waitUntilSaved(page);
  await page.reload();
  await page.getByRole('tab', { name: 'Labs' }).click();
  await expect(labsPanel(page).getByText(`Hint 1 of ${LAB.hints.length}`)).toBeVisible();
  await expect(objectives.getByRole('status')).toHaveText('Lab complete: every objective is met.');
  await labsPanel(page).getByRole('button', { name: 'All labs' }).click();
  // Lab 1 has two more parts to do.
  await expect(labsPanel(page).getByRole('button', { name: `Open lab 1: ${LAB.title.en}` })).toContainText('In progress');
});

test('the labs speak French', async ({ page }) => {
  await openApp(page, { language: 'fr' });
  await page.getByRole('tab', { name: 'Ateliers' }).click();
  const lab = LABS.find((l) => l.number === 6)!;
  await page.getByRole('button', { name: `Ouvrir l’atelier 6 : ${lab.title.fr}` }).click();
  await page.getByRole('button', { name: `Commencer « ${lab.title.fr} »` }).click();
  await expect(page.getByRole('tabpanel', { name: 'Ateliers' }).getByRole('region', { name: 'Objectifs' }).getByRole('status')).toHaveText(
    /^Objectifs atteints\u00a0: \d+ sur \d+$/,
  );
});
