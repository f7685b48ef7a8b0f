import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { generateDesign } from '../bench/generateDesign';
import { serializeDesign } from '../src/core';
import { en } from '../src/core/i18n/messages/en';
import { EXAMPLE, canvas, designName, openApp, openFile, openGeneratedDesign } from './support/app';
import {
  boxOf,
  centre,
  componentCard,
  clickEmptyCanvas,
  componentCards,
  connections,
  dragBy,
  dragWithMouse,
  expectBoxNear,
  groupCard,
  headerButton,
  inspector,
  notice,
  overlaps,
  paletteItem,
  paletteSearch,
  savedDesign,
  settledBoxes,
  toolbar,
} from './support/canvas';

test.use({ locale: 'en-US' });

const FRAUD = {
  file: path.join(path.dirname(EXAMPLE.file), 'fraud-detection.archlab.json'),
  name: 'Real-time fraud detection',
  components: 15,
} as const;

async function openFraudExample(page: Page): Promise<void> {
  await openApp(page);
  await openFile(page, FRAUD.file);
  await expect(designName(page)).toHaveValue(FRAUD.name);
  await expect(componentCards(page)).toHaveCount(FRAUD.components);
}

test.describe('auto-layout', () => {
  test('left to right: says so, moves components apart without overlaps, and one Undo puts them back', async ({ page }) => {
    await openFraudExample(page);
    const before = (await savedDesign(page)).layout.elements;

    await toolbar(page).getByRole('button', { name: 'Auto-layout, left to right', exact: true }).click();
    await expect(notice(page, en.toolbar.layoutDone)).toBeVisible();

    const after = await savedDesign(page);
    const moved = Object.keys(before).filter((id) => before[id]!.x !== after.layout.elements[id]?.x || before[id]!.y !== after.layout.elements[id]?.y);
    expect(moved.length).toBeGreaterThan(0);

    // What is drawn once the view has settled: no two components overlap.
    const boxes = await settledBoxes(componentCards(page));
    expect(boxes).toHaveLength(FRAUD.components);
    const overlapping: string[] = [];
    boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b, j) => {
      if (overlaps(a, b)) overlapping.push(`${i} and ${i + 1 + j}`);
    }));
    expect(overlapping).toEqual([]);
    // Left to right: the components spread wider than tall.
    const width = Math.max(...boxes.map((b) => b.x + b.width)) - Math.min(...boxes.map((b) => b.x));
    const height = Math.max(...boxes.map((b) => b.y + b.height)) - Math.min(...boxes.map((b) => b.y));
    expect(width).toBeGreaterThan(height);

    await headerButton(page, 'Undo').click();
    const undone = (await savedDesign(page)).layout.elements;
    expect(undone).toEqual(before);
  });

  test('top to bottom spreads the components taller than wide', async ({ page }) => {
    await openFraudExample(page);
    await toolbar(page).getByRole('button', { name: 'Auto-layout, top to bottom', exact: true }).click();
    await expect(notice(page, en.toolbar.layoutDone)).toBeVisible();
    const boxes = await settledBoxes(componentCards(page));
    const width = Math.max(...boxes.map((b) => b.x + b.width)) - Math.min(...boxes.map((b) => b.x));
    const height = Math.max(...boxes.map((b) => b.y + b.height)) - Math.min(...boxes.map((b) => b.y));
    expect(height).toBeGreaterThan(width);
  });
});

test.describe('finding a component', () => {
  test('Ctrl+K, a name and Enter select the component and centre the view on it', async ({ page }) => {
    await openFraudExample(page);
    await page.keyboard.press('Control+k');
    const dialog = page.getByRole('dialog', { name: 'Find a component' });
    await expect(dialog).toBeVisible();
    const input = dialog.getByRole('combobox', { name: 'Component name' });
    await expect(input).toBeFocused();

    await input.fill('registry');
    await expect(dialog.getByRole('option')).toHaveCount(1);
    await expect(dialog.getByRole('option', { selected: true })).toContainText('Model registry');
    await page.keyboard.press('Enter');

    await expect(dialog).toHaveCount(0);
    await expect(inspector(page).getByRole('heading', { name: 'Model registry', exact: true })).toBeVisible();
    const card = componentCard(page, 'Model registry');
    await expect(card).toHaveClass(/\bselected\b/);
    const area = centre(await boxOf(canvas(page)));
    await expect
      .poll(async () => {
        const at = centre(await boxOf(card));
        return Math.round(Math.hypot(at.x - area.x, at.y - area.y));
      })
      .toBeLessThan(5);
  });

  test('on a large design, a component found far from the view is drawn with all its connections, which follow it when dragged; Fit view shows the whole design again', async ({ page }, testInfo) => {
    const big = await openGeneratedDesign(page, testInfo.outputPath('large.archlab.json'), 1000);
    // The last component is at the far end of the design, beyond the view as it opens.
    const far = big.nodes.at(-1)!;
    const card = componentCard(page, far.label);
    // Whether the card is drawn inside the canvas's box (the canvas may draw a little beyond it).
    const view = await boxOf(canvas(page));
    const seen = async () => {
      const box = (await card.count()) === 0 ? null : await card.boundingBox();
      if (box === null) return 'out of view';
      const inside = box.x < view.x + view.width && box.x + box.width > view.x && box.y < view.y + view.height && box.y + box.height > view.y;
      return inside ? 'in view' : 'out of view';
    };
    expect(await seen()).toBe('out of view');
    const opened = await boxOf(componentCards(page).first());

    await page.keyboard.press('Control+k');
    await page.getByRole('dialog', { name: 'Find a component' }).getByRole('combobox', { name: 'Component name' }).fill(far.label);
    await page.keyboard.press('Enter');
    await expect(card).toBeVisible();
    const area = centre(await boxOf(canvas(page)));
    await expect.poll(async () => {
      const at = centre(await boxOf(card));
      return Math.round(Math.hypot(at.x - area.x, at.y - area.y));
    }).toBeLessThan(5);
    // Every connection of the component is drawn, wherever its other end is.
    const ids = big.edges.filter((e) => e.source === far.id || e.target === far.id).map((e) => e.id);
    expect(ids.length).toBeGreaterThan(0);
    const itsConnections = connections(page).filter({ has: page.locator(ids.map((id) => `path[id="${id}"]`).join(', ')) });
    await expect(itsConnections).toHaveCount(ids.length);
    const paths = () => itsConnections.locator('path.react-flow__edge-path').evaluateAll((ps) => ps.map((p) => p.getAttribute('d')).sort());
    const before = await paths();

    await dragBy(page, card, 120, 60);
    await expect.poll(async () => (await paths()).some((d, i) => d === before[i])).toBe(false);
    await expect(itsConnections).toHaveCount(ids.length);
    await expect(inspector(page).getByRole('heading', { name: far.label, exact: true })).toBeVisible();

    // Taken far away with the minimap, the view no longer shows the selected component; a click
    // on the empty canvas still clears the selection.
    const map = await boxOf(page.getByRole('img', { name: en.canvas.minimap, exact: true }));
    await page.mouse.click(map.x + 3, map.y + 3);
    await expect.poll(seen).toBe('out of view');
    await clickEmptyCanvas(page);
    await expect(inspector(page)).toHaveText(en.panel.properties.empty);

    await page.getByRole('button', { name: 'Fit view', exact: true }).click();
    // Back to the whole design: components as small as when it opened.
    await expect.poll(async () => Math.round((await boxOf(componentCards(page).first())).width)).toBe(Math.round(opened.width));
  });

  test('a query that matches nothing says so; the toolbar button opens the same dialog', async ({ page }) => {
    await openFraudExample(page);
    await toolbar(page).getByRole('button', { name: 'Find a component (Ctrl+K)', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Find a component' });
    await dialog.getByRole('combobox', { name: 'Component name' }).fill('quantum teleporter');
    await expect(dialog.getByText(en.search.none, { exact: true })).toBeVisible();
    await expect(dialog.getByRole('option')).toHaveCount(0);
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(inspector(page)).toHaveText(en.panel.properties.empty);
  });
});

test.describe('keyboard shortcuts list', () => {
  test('? opens "Keyboard shortcuts", which lists Ctrl+K; not while typing', async ({ page }) => {
    await openApp(page);
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('row', { name: 'Ctrl+K Find a component' })).toBeVisible();
    await expect(dialog.getByRole('row', { name: 'Ctrl+D Duplicate' })).toBeVisible();
    await expect(dialog.getByRole('row', { name: 'Delete, Backspace Delete the selection' })).toBeVisible();
    await dialog.getByRole('button', { name: 'Close', exact: true }).click();
    await expect(dialog).toHaveCount(0);

    // A "?" typed in a text field is just text.
    await paletteSearch(page).focus();
    await page.keyboard.press('?');
    await expect(paletteSearch(page)).toHaveValue('?');
    await expect(dialog).toHaveCount(0);

    await toolbar(page).getByRole('button', { name: 'Keyboard shortcuts (?)', exact: true }).click();
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
  });
});

test.describe('preferences', () => {
  test('"Snap to grid" toggles, snaps a dragged component to the 20 px grid, and is remembered', async ({ page }) => {
    await openApp(page);
    const snap = toolbar(page).getByRole('button', { name: 'Snap to grid', exact: true });
    await expect(snap).toHaveAttribute('aria-pressed', 'false');
    await snap.click();
    await expect(snap).toHaveAttribute('aria-pressed', 'true');

    await paletteItem(page, 'TorchServe').click();
    const node = componentCard(page, 'TorchServe');
    await expect(node).toBeVisible();
    const start = await boxOf(node);
    await dragBy(page, node, 137, 53);
    await expect.poll(async () => (await boxOf(node)).x).not.toBe(start.x);
    const box = Object.values((await savedDesign(page)).layout.elements)[0]!;
    expect(box.x % 20).toBe(0);
    expect(box.y % 20).toBe(0);

    await page.reload();
    await expect(snap).toHaveAttribute('aria-pressed', 'true');
    await snap.click();
    await expect(snap).toHaveAttribute('aria-pressed', 'false');
    await page.reload();
    await expect(snap).toHaveAttribute('aria-pressed', 'false');
  });

  test('"Dark mode" switches the page to dark and is remembered', async ({ page }) => {
    await openApp(page);
    const html = page.locator('html');
    const dark = page.getByRole('banner').getByRole('button', { name: 'Dark mode', exact: true });
    await expect(dark).toHaveAttribute('aria-pressed', 'false');
    await expect(html).not.toHaveClass(/\bdark\b/);

    await dark.click();
    await expect(dark).toHaveAttribute('aria-pressed', 'true');
    await expect(html).toHaveClass(/\bdark\b/);
    await expect(canvas(page).locator('.react-flow')).toHaveClass(/\bdark\b/);

    await page.reload();
    await expect(dark).toHaveAttribute('aria-pressed', 'true');
    await expect(html).toHaveClass(/\bdark\b/);

    await dark.click();
    await expect(html).not.toHaveClass(/\bdark\b/);
    await page.reload();
    await expect(dark).toHaveAttribute('aria-pressed', 'false');
    await expect(html).not.toHaveClass(/\bdark\b/);
  });
});

test.describe('group resize', () => {
  test('dragging a selected group’s corner makes it bigger; one Undo puts the size back', async ({ page }) => {
    await openApp(page);
    await paletteItem(page, 'Availability zone').click();
    const group = groupCard(page, 'Availability zone');
    await expect(group).toBeVisible();
    await group.click({ position: { x: 20, y: 200 } });
    await expect(inspector(page).getByRole('heading', { name: 'Availability zone', exact: true })).toBeVisible();
    const start = await boxOf(group);
    expect(start.width).toBeCloseTo(360, 0);

    const handle = group.locator('.react-flow__resize-control.handle.bottom.right');
    await expect(handle).toBeVisible();
    await dragWithMouse(page, centre(await boxOf(handle)), { x: centre(await boxOf(handle)).x + 120, y: centre(await boxOf(handle)).y + 80 });
    await expectBoxNear(group, { x: start.x, y: start.y, width: start.width + 120, height: start.height + 80 }, 3);
    const saved = Object.values((await savedDesign(page)).layout.elements)[0]!;
    expect(saved.width).toBeCloseTo(480, -1);
    expect(saved.height).toBeCloseTo(320, -1);

    await headerButton(page, 'Undo').click();
    await expectBoxNear(group, { x: start.x, y: start.y, width: start.width, height: start.height }, 1);
    // The group itself is still there: only the resize was undone.
    await expect(group).toBeVisible();
  });
});

test.describe('zooming out', () => {
  test('far out, components keep their name and drop the small lines, icons and handles, and dashes grow; further out, cards are plain; back in, all returns', async ({ page }) => {
    await openApp(page);
    await openFile(page, EXAMPLE.file);
    const card = page.locator('.react-flow__node').filter({ hasText: 'API gateway (zone a)' });
    const icon = card.locator('svg');
    const handle = card.locator('.react-flow__handle').first();
    // An availability zone's border is dashed; so far out its dashes would be specks: drawn solid.
    const zone = page.locator('.react-flow__node-container').filter({ hasText: 'eu-west-1a' }).locator('> div');
    // The dash pattern of every asynchronous connection drawn, as the browser computes it.
    const dashes = () =>
      page.locator('.react-flow__edge-path').evaluateAll((paths) => [...new Set(paths.map((p) => getComputedStyle(p).strokeDasharray).filter((d) => d !== 'none'))]);
    // The card itself: rounded, its name cut with an ellipsis where it does not fit.
    const face = card.locator('> div');
    await expect(card).toContainText('Envoy');
    await expect(icon).toHaveCount(1);
    await expect(handle).toBeVisible();
    expect(await dashes()).toEqual(['6px, 4px']);
    await expect(zone).toHaveCSS('border-style', 'dashed');
    await expect(face).toHaveCSS('border-radius', '6px');
    await expect(face).toHaveCSS('overflow', 'hidden');

    const zoomOut = page.getByRole('button', { name: /zoom out/i });
    for (let i = 0; i < 8; i += 1) await zoomOut.click();
    await expect(card).not.toContainText('Envoy');
    await expect(card).toContainText('API gateway (zone a)');
    // No icon and no handles a few pixels wide; dashes still long enough to be seen as dashes.
    await expect(icon).toHaveCount(0);
    await expect(handle).toBeHidden();
    await expect.poll(async () => (await dashes()).map((d) => Number.parseFloat(d))).toEqual([expect.any(Number)]);
    const [longer] = (await dashes()).map((d) => Number.parseFloat(d));
    expect(longer).toBeGreaterThanOrEqual(12);
    await expect(zone).toHaveCSS('border-style', 'solid');
    // So far out the name is a few pixels high: a plain card, square and unclipped, whose name wraps.
    await expect(face).toHaveCSS('border-radius', '0px');
    await expect(face).toHaveCSS('overflow', 'visible');
    await expect(card.getByText('API gateway (zone a)', { exact: true })).toHaveCSS('white-space', 'normal');

    const zoomIn = page.getByRole('button', { name: /zoom in/i });
    for (let i = 0; i < 8; i += 1) await zoomIn.click();
    await expect(card).toContainText('Envoy');
    await expect(icon).toHaveCount(1);
    await expect(handle).toBeVisible();
    await expect.poll(dashes).toEqual(['6px, 4px']);
    await expect(zone).toHaveCSS('border-style', 'dashed');
    await expect(face).toHaveCSS('border-radius', '6px');
    await expect(card.getByText('API gateway (zone a)', { exact: true })).toHaveCSS('white-space', 'nowrap');
  });

  test('far out on a large design, the cards the canvas draws itself are dragged, clicked, boxed and chosen from the keyboard as any other', async ({ page }, testInfo) => {
    await openGeneratedDesign(page, testInfo.outputPath('large.archlab.json'), 1000);
    const area = await boxOf(canvas(page));
    // Components nearest the middle of the view, from the nearest out (by name: the card also holds a count of findings).
    const labels = await componentCards(page).evaluateAll((cards, middle) => {
      const placed = cards.map((c) => ({ label: c.querySelector('[title]')?.getAttribute('title') ?? '', box: c.getBoundingClientRect() }));
      const distance = ({ box }: (typeof placed)[number]) => Math.hypot(box.x + box.width / 2 - middle.x, box.y + box.height / 2 - middle.y);
      return placed.sort((a, b) => distance(a) - distance(b)).map((p) => p.label);
    }, centre(area));
    expect(labels.length).toBeGreaterThan(600);
    const [first, second, third, fourth] = labels as [string, string, string, string];
    const card = componentCard(page, first);
    // So far out, still components are the canvas's own drawing, not React Flow's.
    await expect(card).toHaveClass(/archlab-still-component/);

    // A drag moves the component and selects it, as one step to undo.
    const before = await boxOf(card);
    await dragBy(page, card, 80, 50);
    await expectBoxNear(card, { x: before.x + 80, y: before.y + 50 }, 4);
    await expect(inspector(page).getByRole('heading', { name: first, exact: true })).toBeVisible();
    await headerButton(page, 'Undo').click();
    await expectBoxNear(card, { x: before.x, y: before.y }, 1);

    // A click selects one; Ctrl and a click adds another. (The selected component's connections
    // are drawn over the others: the selection is cleared first.)
    await clickEmptyCanvas(page);
    await expect(inspector(page)).toHaveText(en.panel.properties.empty);
    await componentCard(page, second).click();
    await expect(inspector(page).getByRole('heading', { name: second, exact: true })).toBeVisible();
    // As a pressed component of React Flow's, it has the focus.
    await expect(componentCard(page, second)).toBeFocused();
    await componentCard(page, third).click({ modifiers: ['Control'] });
    await expect(inspector(page).getByText(en.panel.properties.selectedCount_other.replace('{{count}}', '2'), { exact: true })).toBeVisible();
    await expect(componentCard(page, second)).toHaveClass(/\bselected\b/);
    await expect(componentCard(page, third)).toHaveClass(/\bselected\b/);

    // From the keyboard: Enter on a focused card selects it, and the focus stays on it.
    await componentCard(page, fourth).focus();
    await page.keyboard.press('Enter');
    await expect(inspector(page).getByRole('heading', { name: fourth, exact: true })).toBeVisible();
    await expect(componentCard(page, fourth)).toBeFocused();
    await expect(componentCard(page, fourth)).toHaveCSS('outline-style', 'solid');

    // A box drawn with Shift selects every card wholly inside it, even drawn in a single move.
    const from = { x: area.x + area.width * 0.3, y: area.y + area.height * 0.3 };
    const to = { x: area.x + area.width * 0.45, y: area.y + area.height * 0.6 };
    const inside = await componentCards(page).evaluateAll(
      (cards, box) =>
        cards.filter((c) => {
          const r = c.getBoundingClientRect();
          return r.left >= box.from.x && r.right <= box.to.x && r.top >= box.from.y && r.bottom <= box.to.y;
        }).map((c) => c.querySelector('[title]')?.getAttribute('title') ?? ''),
      { from, to },
    );
    expect(inside.length).toBeGreaterThan(3);
    await page.keyboard.down('Shift');
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(to.x, to.y);
    await page.mouse.up();
    await page.keyboard.up('Shift');
    for (const label of inside) await expect(componentCard(page, label)).toHaveClass(/\bselected\b/);
    await expect(componentCard(page, fourth)).not.toHaveClass(/\bselected\b/);
  });
});

test('far out, the cards the canvas draws stay over a group drawn after them, which does not take their clicks', async ({ page }, testInfo) => {
  // A large design, and far beyond it a boundary with three components lying over it (not in it).
  const design = generateDesign(1000);
  const right = Math.max(...Object.values(design.layout.elements).map((box) => box.x + (box.width ?? 200)));
  design.groups.push({ id: 'late', kind: 'system', label: 'Late boundary', description: '', props: {} });
  design.layout.elements.late = { x: right + 6000, y: 200, width: 3000, height: 1500 };
  for (let i = 0; i < 3; i += 1) {
    design.nodes.push({ id: `free${i}`, type: 'microservice', label: `Free ${i}`, description: '', technology: '', props: {} });
    design.layout.elements[`free${i}`] = { x: right + 6500 + i * 600, y: 600 };
  }
  const file = testInfo.outputPath('late-group.archlab.json');
  await writeFile(file, serializeDesign(design));
  await openApp(page);
  await openFile(page, file);
  await expect(designName(page)).toHaveValue(design.name);

  // Found with Ctrl+K (the view goes there at 100 %, and React Flow draws the boundary), then far out.
  await page.keyboard.press('Control+k');
  await page.getByRole('dialog', { name: 'Find a component' }).getByRole('combobox', { name: 'Component name' }).fill('Free 0');
  await page.keyboard.press('Enter');
  await expect(groupCard(page, 'Late boundary')).toBeVisible();
  const zoomOut = page.getByRole('button', { name: /zoom out/i });
  for (let i = 0; i < 8; i += 1) await zoomOut.click();
  const card = componentCard(page, 'Free 1');
  await expect(card).toHaveClass(/archlab-still-component/);
  await card.click();
  await expect(inspector(page).getByRole('heading', { name: 'Free 1', exact: true })).toBeVisible();
});

test.describe('zooming out, by touch', () => {
  test.use({ hasTouch: true });

  test('far out, a finger drags a card the canvas draws itself, and a tap selects one', async ({ page }, testInfo) => {
    await openGeneratedDesign(page, testInfo.outputPath('large.archlab.json'), 1000);
    const area = centre(await boxOf(canvas(page)));
    // The two components nearest the middle of the view.
    const [label, otherLabel] = await componentCards(page).evaluateAll((cards, middle) => {
      const distance = (c: Element) => {
        const box = c.getBoundingClientRect();
        return Math.hypot(box.x + box.width / 2 - middle.x, box.y + box.height / 2 - middle.y);
      };
      return cards.sort((a, b) => distance(a) - distance(b)).map((c) => c.querySelector('[title]')?.getAttribute('title') ?? '');
    }, area) as [string, string];
    const card = componentCard(page, label);
    await expect(card).toHaveClass(/archlab-still-component/);
    const before = await boxOf(card);
    const from = centre(before);
    // A finger on the screen: touches as the browser gets them from a touch screen.
    const touch = await page.context().newCDPSession(page);
    await touch.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: from.x, y: from.y }] });
    for (let i = 1; i <= 12; i += 1) {
      await touch.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: from.x + (80 * i) / 12, y: from.y + (50 * i) / 12 }] });
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    }
    await touch.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    // React Flow's drag starts once the finger has moved: the card follows from there.
    await expect.poll(async () => Math.round((await boxOf(card)).x - before.x)).toBeGreaterThan(60);
    expect(Math.round((await boxOf(card)).y - before.y)).toBeGreaterThan(35);
    await expect(inspector(page).getByRole('heading', { name: label, exact: true })).toBeVisible();

    await clickEmptyCanvas(page);
    await expect(inspector(page)).toHaveText(en.panel.properties.empty);
    const tapAt = centre(await boxOf(componentCard(page, otherLabel)));
    await page.touchscreen.tap(tapAt.x, tapAt.y);
    await expect(inspector(page).getByRole('heading', { name: otherLabel, exact: true })).toBeVisible();
  });
});

test.describe('minimap', () => {
  test('draws the design with the selection, moves the view where it is clicked or dragged, zooms on scroll, and follows a drag once it is dropped', async ({ page }) => {
    await openFraudExample(page);
    const minimap = page.getByRole('img', { name: en.canvas.minimap, exact: true });
    await expect(minimap).toBeVisible();
    // Every component is one rectangle of the components' path.
    const rectangles = (shapes: string) => minimap.locator(`[data-shapes="${shapes}"]`).evaluate((p) => (p.getAttribute('d') ?? '').split('M').length - 1);
    expect(await rectangles('components')).toBe(FRAUD.components);
    expect(await rectangles('selected')).toBe(0);

    const card = componentCard(page, 'Model registry');
    await card.click();
    await expect(card).toHaveClass(/\bselected\b/);
    const selected = minimap.locator('[data-shapes="selected"]');
    await expect.poll(() => rectangles('selected')).toBe(1);

    // A click on the minimap's corner takes the view there, away from the registry…
    const map = await boxOf(minimap);
    await page.mouse.click(map.x + 3, map.y + 3);
    const area = centre(await boxOf(canvas(page)));
    // How far the registry is from the centre of the view (out of view, it is not drawn at all).
    const offCentre = async () => {
      if ((await card.count()) === 0) return Number.POSITIVE_INFINITY;
      const at = centre(await boxOf(card));
      return Math.round(Math.hypot(at.x - area.x, at.y - area.y));
    };
    await expect.poll(offCentre).toBeGreaterThan(200);
    // …and a click on its blue rectangle brings it to the centre of the view.
    const mark = centre(await boxOf(selected));
    await page.mouse.click(mark.x, mark.y);
    await expect.poll(offCentre).toBeLessThan(8);

    // Dragging in the minimap moves the view with the pointer (the minimap shows the design and
    // the view, so its drawing has moved with the view).
    const before = await boxOf(card);
    const grab = centre(await boxOf(selected));
    await page.mouse.move(grab.x, grab.y);
    await page.mouse.down();
    await page.mouse.move(grab.x + 5, grab.y, { steps: 5 });
    await page.mouse.move(grab.x + 10, grab.y, { steps: 5 });
    await page.mouse.up();
    await expect.poll(async () => (await boxOf(card)).x).toBeLessThan(before.x - 50);

    // Scrolling up over the minimap zooms in: the components are drawn bigger.
    await page.mouse.move(map.x + map.width / 2, map.y + map.height / 2);
    await page.mouse.wheel(0, -300);
    await expect.poll(async () => (await boxOf(card)).width).toBeGreaterThan(before.width * 1.5);

    // A component dragged on the canvas takes its new place in the minimap when it is dropped.
    await page.getByRole('button', { name: /fit view/i }).click();
    const markBefore = await boxOf(selected);
    await dragBy(page, card, 150, 0);
    await expect.poll(async () => (await boxOf(selected)).x).toBeGreaterThan(markBefore.x + 3);
    await headerButton(page, 'Undo').click();
    await expect.poll(async () => Math.round((await boxOf(selected)).x - markBefore.x)).toBe(0);
  });
});
