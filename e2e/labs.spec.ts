import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { LABS, copySelection, serializeFragment, startLab } from '../src/core';
import { SOLUTIONS } from '../src/core/labs/solutions';
import { openApp, waitUntilSaved } from './support/app';
import { clickEmptyCanvas, componentCards } from './support/canvas';

test.use({ locale: 'en-US' });

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
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

test('a trainer’s lab file is checked, added, started and removed; a broken one is refused with its problems', async ({ page }, testInfo) => {
  const doc = readFileSync(path.join(ROOT, 'docs', 'labs.md'), 'utf8');
  const example = /```json\n(\{\n {2}"format": "archlab-lab"[\s\S]*?)\n```/.exec(doc)![1]!;
  const lab = (JSON.parse(example) as { lab: { number: number; title: { en: string } } }).lab;
  const good = testInfo.outputPath('trainer-lab.json');
  const broken = testInfo.outputPath('broken-lab.json');
  await writeFile(good, example);
  await writeFile(broken, example.replace('"operations/over-capacity"', '"operations/no-such-rule"'));

  await openApp(page);
  await page.getByRole('tab', { name: 'Labs' }).click();
  const addFile = async (file: string) => {
    const chooser = page.waitForEvent('filechooser');
    await labsPanel(page).getByRole('button', { name: 'Add a lab file…' }).click();
    await (await chooser).setFiles(file);
  };

  await addFile(broken);
  const problems = page.getByRole('alertdialog', { name: 'This file cannot be opened' });
  await expect(problems).toContainText('lab.parts[0].objectives[1].rule');
  await expect(problems).toContainText('operations/no-such-rule');
  await problems.getByRole('button', { name: 'Close' }).click();
  await expect(labsPanel(page).getByRole('button', { name: new RegExp(`^Open lab ${lab.number}:`) })).toHaveCount(0);

  await addFile(good);
  await expect(page.getByText(`Lab ${lab.number} “${lab.title.en}” added.`)).toBeVisible();
  await labsPanel(page).getByRole('button', { name: `Start “${lab.title.en}”` }).click();
  await expect(labsPanel(page).getByRole('region', { name: 'Objectives' }).getByRole('status')).toHaveText(/^\d of 4 objectives met$/);

  // Kept in this browser, then removed.
  await page.reload();
  await page.getByRole('tab', { name: 'Labs' }).click();
  await labsPanel(page).getByRole('button', { name: 'Remove this lab' }).click();
  await expect(labsPanel(page).getByRole('button', { name: new RegExp(`^Open lab ${lab.number}:`) })).toHaveCount(0);
  await expect(labsPanel(page).getByRole('button', { name: /^Open lab 9:/ })).toBeVisible();
});
