import { expect, test, type Locator, type Page } from '@playwright/test';
import { openApp, waitUntilSaved } from './support/app';
import { componentCard, dropFromPalette, headerButton } from './support/canvas';

test.use({ locale: 'en-US' });

function dialog(page: Page): Locator {
  return page.getByRole('dialog', { name: 'Architecture decision records' });
}

function field(page: Page, name: string): Locator {
  return dialog(page).getByRole('textbox', { name, exact: true });
}

async function type(page: Page, name: string, text: string): Promise<void> {
  await field(page, name).fill(text);
  await field(page, name).blur();
}

test.describe('decision records', () => {
  test('add a decision, see a bad date refused, and find it again after a reload', async ({ page }) => {
    await openApp(page);
    await page.getByRole('button', { name: 'Decisions (0)' }).click();
    await expect(dialog(page)).toContainText('No decision recorded yet.');

    await dialog(page).getByRole('button', { name: 'New decision' }).click();
    await expect(dialog(page).getByRole('heading', { name: 'ADR-001: New decision' })).toBeVisible();
    await type(page, 'Title', 'Stream events through Kafka');
    await type(page, 'Context', 'Three teams need the same events.\nBatch exports arrive a day late.');
    await type(page, 'Decision', 'We publish every order event to a Kafka topic.');
    await type(page, 'Consequences', 'A cluster to run; replay becomes possible.');
    await dialog(page).getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Accepted' });

    await type(page, 'Date', '2026-02-30');
    await expect(dialog(page).getByRole('alert')).toHaveText('Enter a date as YYYY-MM-DD.');
    await expect(field(page, 'Date')).toHaveAttribute('aria-invalid', 'true');
    await type(page, 'Date', '2026-02-14');
    await expect(dialog(page).getByRole('alert')).toHaveCount(0);

    const list = dialog(page).getByRole('navigation', { name: 'Decision records' });
    await expect(list.getByRole('button', { name: /ADR-001 Stream events through Kafka/ })).toContainText('Accepted · 2026-02-14');

    await dialog(page).getByRole('button', { name: 'Close' }).click();
    await expect(page.getByRole('button', { name: 'Decisions (1)' })).toBeVisible();
    await waitUntilSaved(page);
    await page.reload();

    await page.getByRole('button', { name: 'Decisions (1)' }).click();
    await expect(dialog(page).getByRole('heading', { name: 'ADR-001: Stream events through Kafka' })).toBeVisible();
    await expect(field(page, 'Context')).toHaveValue('Three teams need the same events.\nBatch exports arrive a day late.');
    await expect(field(page, 'Date')).toHaveValue('2026-02-14');
    await expect(dialog(page).getByRole('combobox', { name: 'Status' })).toHaveValue('accepted');
  });

  test('a second decision supersedes the first; links follow the design and numbers stay unique', async ({ page }) => {
    await openApp(page);
    await dropFromPalette(page, 'Microservice', { x: 300, y: 300 });
    await expect(componentCard(page, 'Microservice')).toBeVisible();

    await page.getByRole('button', { name: 'Decisions (0)' }).click();
    await dialog(page).getByRole('button', { name: 'New decision' }).click();
    await type(page, 'Title', 'One service for scoring');
    await dialog(page).getByRole('combobox', { name: 'Link an element' }).selectOption({ label: 'Microservice' });
    await expect(dialog(page).getByRole('button', { name: 'Unlink Microservice' })).toBeVisible();

    await dialog(page).getByRole('button', { name: 'New decision' }).click();
    await expect(dialog(page).getByRole('heading', { name: 'ADR-002: New decision' })).toBeVisible();
    await type(page, 'Number', '1');
    await expect(dialog(page).getByRole('alert')).toHaveText('ADR-001 already exists.');
    await type(page, 'Number', '2');

    const list = dialog(page).getByRole('navigation', { name: 'Decision records' });
    await list.getByRole('button', { name: /ADR-001/ }).click();
    await dialog(page).getByRole('combobox', { name: 'Superseded by' }).selectOption({ label: 'ADR-002 New decision' });
    await expect(dialog(page).getByRole('combobox', { name: 'Status' })).toHaveValue('superseded');
    await dialog(page).getByRole('button', { name: 'Close' }).click();

    // Deleting the component takes it out of the decision's links; Undo brings both back.
    await componentCard(page, 'Microservice').click();
    await page.keyboard.press('Delete');
    await expect(componentCard(page, 'Microservice')).toHaveCount(0);
    await page.getByRole('button', { name: 'Decisions (2)' }).click();
    await list.getByRole('button', { name: /ADR-001/ }).click();
    await expect(dialog(page)).toContainText('No element linked.');
    await dialog(page).getByRole('button', { name: 'Close' }).click();

    await headerButton(page, 'Undo').click();
    await expect(componentCard(page, 'Microservice')).toBeVisible();
    await page.getByRole('button', { name: 'Decisions (2)' }).click();
    await list.getByRole('button', { name: /ADR-001/ }).click();
    await expect(dialog(page).getByRole('button', { name: 'Unlink Microservice' })).toBeVisible();

    // Deleting a decision is one step too.
    await dialog(page).getByRole('button', { name: 'Delete decision' }).click();
    await expect(list.getByRole('button', { name: /ADR-001/ })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Decisions (1)' })).toBeVisible();
  });
});
