import { expect, test, type Locator, type Page } from '@playwright/test';
import { en } from '../src/core/i18n/messages/en';
import { canvas, designName, openApp, openExample, openGeneratedDesign } from './support/app';
import {
  boxOf,
  centre,
  clickEmptyCanvas,
  componentCard,
  componentCards,
  connections,
  dragBy,
  dragWithMouse,
  dropFromPalette,
  expectBoxNear,
  groupCard,
  headerButton,
  inspector,
  notice,
  paletteItem,
  paletteSearch,
  savedDesign,
  type Point,
} from './support/canvas';

test.use({ locale: 'en-US' });

/** A message of en.ts with its {{placeholders}} filled in, as the app shows it. */
function message(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => values[key] ?? '');
}

/** Drops a palette entry at a point of the canvas (relative to its top-left corner) and waits for its card. */
async function add(page: Page, name: string, at: Point): Promise<void> {
  await dropFromPalette(page, name, at);
  await expect(componentCard(page, name)).toBeVisible();
}

/** Where the components of these tests go: two side by side, a third below. */
const LEFT = { x: 200, y: 200 };
const RIGHT = { x: 600, y: 200 };
const BELOW = { x: 400, y: 500 };

/** Connects the selected component to another through the inspector's "Connect to…" and Connect. */
async function connectInInspector(page: Page, from: string, to: string): Promise<void> {
  await componentCard(page, from).click();
  await expect(inspector(page).getByRole('heading', { name: from, exact: true })).toBeVisible();
  await inspector(page).getByRole('combobox', { name: 'Connect to…' }).selectOption({ label: to });
  await inspector(page).getByRole('button', { name: 'Connect', exact: true }).click();
}

/** Clicks a connection drawn straight between two components side by side, a quarter of the way along. */
async function clickConnection(page: Page, from: string, to: string): Promise<void> {
  const start = centre(await boxOf(componentCard(page, from).locator('.react-flow__handle.source')));
  const end = centre(await boxOf(componentCard(page, to).locator('.react-flow__handle.target')));
  await page.mouse.click(start.x + (end.x - start.x) / 4, start.y + (end.y - start.y) / 4);
}

test.describe('creating components', () => {
  test('dragging a palette entry onto the canvas creates it there, selected', async ({ page }) => {
    await openApp(page);
    await expect(canvas(page)).toContainText(en.canvas.empty);

    await dropFromPalette(page, 'TorchServe', { x: 300, y: 250 });
    const card = componentCard(page, 'TorchServe');
    await expect(card).toBeVisible();
    await expect(card.getByText('TorchServe 0.12', { exact: true })).toBeVisible();
    const at = await boxOf(canvas(page));
    await expectBoxNear(card, { x: at.x + 300 - 100, y: at.y + 250 - 36, width: 200, height: 72 });
    await expect(canvas(page)).not.toContainText(en.canvas.empty);
    await expect(inspector(page).getByRole('heading', { name: 'TorchServe', exact: true })).toBeVisible();
    await expect(inspector(page).getByText('Type: TorchServe', { exact: true })).toBeVisible();
  });

  test('with the keyboard only: Tab to a palette entry, Enter adds it', async ({ page }) => {
    await openApp(page);
    await paletteSearch(page).focus();
    await page.keyboard.type('torchserve');
    await page.keyboard.press('Tab');
    await expect(paletteItem(page, 'TorchServe')).toBeFocused();
    await page.keyboard.press('Enter');

    await expect(componentCard(page, 'TorchServe')).toBeVisible();
    await expect(notice(page, '“TorchServe” added.')).toBeVisible();
    await expect(inspector(page).getByRole('heading', { name: 'TorchServe', exact: true })).toBeVisible();
    // Added at the centre of the view.
    const area = centre(await boxOf(canvas(page)));
    const card = centre(await boxOf(componentCard(page, 'TorchServe')));
    expect(Math.abs(card.x - area.x)).toBeLessThan(3);
    expect(Math.abs(card.y - area.y)).toBeLessThan(3);
  });
});

test.describe('connecting components', () => {
  test('dragging from a source handle to a target handle draws a connection', async ({ page }) => {
    await openApp(page);
    await add(page, 'API gateway', LEFT);
    await add(page, 'TorchServe', RIGHT);
    await expect(connections(page)).toHaveCount(0);

    const source = componentCard(page, 'API gateway').locator('.react-flow__handle.source');
    const target = componentCard(page, 'TorchServe').locator('.react-flow__handle.target');
    // The source handle is on the right side of the card, the target one on the left.
    expect(centre(await boxOf(source)).x).toBeGreaterThan(centre(await boxOf(componentCard(page, 'API gateway'))).x);
    expect(centre(await boxOf(target)).x).toBeLessThan(centre(await boxOf(componentCard(page, 'TorchServe'))).x);
    await dragWithMouse(page, centre(await boxOf(source)), centre(await boxOf(target)));

    await expect(connections(page)).toHaveCount(1);
    await expect(inspector(page).getByRole('heading', { name: 'API gateway → TorchServe', exact: true })).toBeVisible();
    await expect(inspector(page).getByText('From API gateway · To TorchServe', { exact: true })).toBeVisible();
    // The connection is drawn with its protocol.
    await expect(canvas(page).getByText('HTTPS', { exact: true })).toBeVisible();
  });

  test('with the keyboard: "Connect to…" then Connect', async ({ page }) => {
    await openApp(page);
    await add(page, 'API gateway', LEFT);
    await add(page, 'TorchServe', RIGHT);
    await add(page, 'Online feature store', BELOW);
    await componentCard(page, 'API gateway').click();

    const select = inspector(page).getByRole('combobox', { name: 'Connect to…' });
    await expect(select.locator('option')).toHaveText(['TorchServe', 'Online feature store']);
    await select.focus();
    await select.selectOption({ label: 'Online feature store' });
    await page.keyboard.press('Tab');
    const connect = inspector(page).getByRole('button', { name: 'Connect', exact: true });
    await expect(connect).toBeFocused();
    await page.keyboard.press('Enter');

    await expect(connections(page)).toHaveCount(1);
    await expect(inspector(page).getByRole('heading', { name: 'API gateway → Online feature store', exact: true })).toBeVisible();
  });

  test('on a large design, "Connect to…" lists a hundred components and a search field narrows it', async ({ page }, testInfo) => {
    const big = await openGeneratedDesign(page, testInfo.outputPath('large.archlab.json'), 300);
    await page.keyboard.press('Control+k');
    await page.getByRole('dialog', { name: 'Find a component' }).getByRole('combobox', { name: 'Component name' }).fill('triton 5');
    await page.keyboard.press('Enter');
    await page.getByRole('tab', { name: 'Properties' }).click();
    await expect(inspector(page).getByRole('heading', { name: 'triton 5', exact: true })).toBeVisible();

    const select = inspector(page).getByRole('combobox', { name: 'Connect to…' });
    await expect(select.locator('option')).toHaveCount(100);
    await expect(inspector(page).getByText(message(en.inspector.connectShown, { shown: '100', total: '299' }))).toBeVisible();
    const search = inspector(page).getByRole('searchbox', { name: 'Find a component to connect to' });
    await search.fill('kafka 2');
    // Every word typed is in the name, as in the Ctrl+K search.
    const kafkas = big.nodes.filter((n) => n.label.includes('kafka') && n.label.includes('2')).map((n) => n.label);
    expect(kafkas.length).toBeGreaterThan(1);
    await expect(select.locator('option')).toHaveText(kafkas);
    await select.selectOption({ label: kafkas[1]! });
    await inspector(page).getByRole('button', { name: 'Connect', exact: true }).click();
    await expect(inspector(page).getByRole('heading', { name: `triton 5 → ${kafkas[1]!}`, exact: true })).toBeVisible();

    // Undone, the connection is gone from the selection too: a click selects the component alone.
    await headerButton(page, 'Undo').click();
    await componentCard(page, 'triton 5').click();
    await expect(inspector(page).getByRole('heading', { name: 'triton 5', exact: true })).toBeVisible();
    await inspector(page).getByRole('searchbox', { name: 'Find a component to connect to' }).fill('no such thing');
    await expect(inspector(page).getByText(en.inspector.connectNone)).toBeVisible();
    await expect(inspector(page).getByRole('button', { name: 'Connect', exact: true })).toBeDisabled();
  });

  test('a refused connection says why: software calling a person, or a second one the same way', async ({ page }) => {
    await openApp(page);
    await add(page, 'API gateway', LEFT);
    await add(page, 'TorchServe', RIGHT);
    await add(page, 'User', BELOW);

    await connectInInspector(page, 'API gateway', 'User');
    await expect(notice(page, message(en.connect.toPerson, { name: 'User' }))).toBeVisible();
    await expect(connections(page)).toHaveCount(0);
    // Nothing changed: the component is still the one shown.
    await expect(inspector(page).getByRole('heading', { name: 'API gateway', exact: true })).toBeVisible();

    await connectInInspector(page, 'API gateway', 'TorchServe');
    await expect(connections(page)).toHaveCount(1);
    await connectInInspector(page, 'API gateway', 'TorchServe');
    await expect(notice(page, message(en.connect.duplicate, { from: 'API gateway', to: 'TorchServe' }))).toBeVisible();
    await expect(connections(page)).toHaveCount(1);

    // The other way round is a different connection, and allowed.
    await connectInInspector(page, 'TorchServe', 'API gateway');
    await expect(connections(page)).toHaveCount(2);
    // A person may use an application.
    await connectInInspector(page, 'User', 'API gateway');
    await expect(connections(page)).toHaveCount(3);
  });

  // React Flow refuses the drop (isValidConnection); onConnectEnd then says why.
  test('a connection refused while dragging between handles says why', async ({ page }) => {
    await openApp(page);
    await add(page, 'API gateway', LEFT);
    await add(page, 'TorchServe', RIGHT);
    await add(page, 'User', BELOW);
    const handle = (label: string, kind: 'source' | 'target') => componentCard(page, label).locator(`.react-flow__handle.${kind}`);

    await dragWithMouse(page, centre(await boxOf(handle('API gateway', 'source'))), centre(await boxOf(handle('User', 'target'))));
    await expect(notice(page, message(en.connect.toPerson, { name: 'User' }))).toBeVisible();
    await expect(connections(page)).toHaveCount(0);

    await dragWithMouse(page, centre(await boxOf(handle('API gateway', 'source'))), centre(await boxOf(handle('TorchServe', 'target'))));
    await expect(connections(page)).toHaveCount(1);
    await dragWithMouse(page, centre(await boxOf(handle('API gateway', 'source'))), centre(await boxOf(handle('TorchServe', 'target'))));
    await expect(notice(page, message(en.connect.duplicate, { from: 'API gateway', to: 'TorchServe' }))).toBeVisible();
    await expect(connections(page)).toHaveCount(1);
  });
});

test.describe('editing in the inspector', () => {
  test('replicas: a whole number is applied; 2.5 or abc is refused beside the field and changes nothing', async ({ page }) => {
    await openApp(page);
    await add(page, 'TorchServe', LEFT);
    const card = componentCard(page, 'TorchServe');
    const replicas = inspector(page).getByRole('textbox', { name: 'Replicas', exact: true });
    await expect(replicas).toHaveValue('2');

    await replicas.fill('4');
    await replicas.press('Enter');
    await expect(replicas).toHaveValue('4');
    await expect(inspector(page).getByRole('alert')).toHaveCount(0);
    await clickEmptyCanvas(page);
    await expect(inspector(page)).toHaveText(en.panel.properties.empty);
    await card.click();
    await expect(replicas).toHaveValue('4');

    for (const [typed, error] of [['2.5', en.problem.propNotWhole], ['abc', en.inspector.notNumber]] as const) {
      await replicas.fill(typed);
      await replicas.press('Enter');
      await expect(inspector(page).getByRole('alert')).toHaveText(error);
      await expect(replicas).toHaveAttribute('aria-invalid', 'true');
      await expect(replicas).toHaveAccessibleDescription(new RegExp(error.replace('.', '\\.')));
      // Leaving the component does not apply the bad value either.
      await clickEmptyCanvas(page);
      await card.click();
      await expect(replicas).toHaveValue('4');
      await expect(inspector(page).getByRole('alert')).toHaveCount(0);
    }

    // The refused values left no step to undo: Undo takes back the 4, then the component.
    await headerButton(page, 'Undo').click();
    await expect(replicas).toHaveValue('2');
    await headerButton(page, 'Undo').click();
    await expect(card).toHaveCount(0);
    await expect(headerButton(page, 'Undo')).toBeDisabled();
  });

  test('a connection timeout of -5 is refused beside the field; a positive one is applied', async ({ page }) => {
    await openApp(page);
    await add(page, 'API gateway', LEFT);
    await add(page, 'TorchServe', RIGHT);
    await connectInInspector(page, 'API gateway', 'TorchServe');
    await expect(inspector(page).getByRole('heading', { name: 'API gateway → TorchServe', exact: true })).toBeVisible();

    const timeout = inspector(page).getByRole('textbox', { name: 'Timeout', exact: true });
    await expect(timeout).toHaveValue('');
    await timeout.fill('250');
    await timeout.press('Enter');
    await expect(timeout).toHaveValue('250');

    await timeout.fill('-5');
    await timeout.press('Enter');
    const error = inspector(page).getByRole('alert');
    // The file format's own rule for a timeout, in its words.
    await expect(error).toHaveText('Too small: expected number to be >0');
    await expect(timeout).toHaveAttribute('aria-invalid', 'true');

    await clickEmptyCanvas(page);
    await expect(inspector(page)).toHaveText(en.panel.properties.empty);
    await clickConnection(page, 'API gateway', 'TorchServe');
    await expect(inspector(page).getByRole('heading', { name: 'API gateway → TorchServe', exact: true })).toBeVisible();
    await expect(timeout).toHaveValue('250');
    expect((await savedDesign(page)).edges[0]?.resilience.timeoutMs).toBe(250);
  });

  test('a connection’s protocol and mode: asynchronous ones are drawn dashed', async ({ page }) => {
    await openApp(page);
    await add(page, 'API gateway', LEFT);
    await add(page, 'TorchServe', RIGHT);
    await connectInInspector(page, 'API gateway', 'TorchServe');
    const path = connections(page).locator('path.react-flow__edge-path');
    await expect(path).toHaveCSS('stroke-dasharray', 'none');
    await expect(canvas(page).getByText('HTTPS', { exact: true })).toBeVisible();

    const protocol = inspector(page).getByRole('combobox', { name: 'Protocol', exact: true });
    const mode = inspector(page).getByRole('combobox', { name: 'Mode', exact: true });
    await protocol.selectOption({ label: 'GRPC' });
    await expect(canvas(page).getByText('GRPC', { exact: true })).toBeVisible();
    await expect(canvas(page).getByText('HTTPS', { exact: true })).toHaveCount(0);

    await mode.selectOption({ label: 'asynchronous' });
    await expect(path).toHaveCSS('stroke-dasharray', '6px, 4px');

    // Shown again when the connection is selected anew.
    await clickEmptyCanvas(page);
    await clickConnection(page, 'API gateway', 'TorchServe');
    await expect(protocol).toHaveValue('grpc');
    await expect(mode).toHaveValue('async');
    await expect(mode.locator('option:checked')).toHaveText('asynchronous');

    await mode.selectOption({ label: 'synchronous' });
    await expect(path).toHaveCSS('stroke-dasharray', 'none');
    await headerButton(page, 'Undo').click();
    await expect(path).toHaveCSS('stroke-dasharray', '6px, 4px');
  });

  test('during a drag, the component and its connections follow the pointer on layers of their own, each drawn once in every frame; the others stay as they are', async ({ page }) => {
    await openApp(page);
    await add(page, 'API gateway', LEFT);
    await add(page, 'TorchServe', RIGHT);
    await add(page, 'Online feature store', BELOW);
    await connectInInspector(page, 'API gateway', 'TorchServe');
    await connectInInspector(page, 'TorchServe', 'Online feature store');
    await connectInInspector(page, 'API gateway', 'Online feature store');
    // In the order of the design's connections (the canvas draws still ones, React Flow moving
    // ones, each in its own <svg>): the layer of the element holding each, and its curve.
    const ids = (await savedDesign(page)).edges.map((e) => e.id);
    const byConnection = async (read: Promise<(readonly [string | null, string | null])[]>) => {
      const found = new Map(await read);
      return ids.map((id) => found.get(id));
    };
    const layers = () =>
      byConnection(connections(page).evaluateAll((gs) => gs.map((g) => [g.getAttribute('data-id'), getComputedStyle(g.parentElement!).willChange] as const)));
    const paths = () =>
      byConnection(connections(page).evaluateAll((gs) => gs.map((g) => [g.getAttribute('data-id'), g.querySelector('path.react-flow__edge-path')?.getAttribute('d') ?? null] as const)));
    const store = componentCard(page, 'Online feature store');
    await expect.poll(layers).toEqual(['auto', 'auto', 'auto']);
    await expect(store).toHaveCSS('will-change', 'auto');
    // The minimap over the canvas always has a layer of its own, or it would be redrawn with them.
    await expect(page.getByRole('img', { name: en.canvas.minimap, exact: true }).locator('..')).toHaveCSS('will-change', 'transform');
    const before = await paths();
    // Which connections each frame shows, from before the drag to after the drop: the canvas
    // draws those that stay still, React Flow those that move, and they change hands as the drag
    // starts and ends.
    await page.evaluate(() => {
      const seen: string[] = [];
      Object.assign(window, { connectionFrames: seen });
      const look = () => {
        seen.push([...document.querySelectorAll('.react-flow__edge')].map((g) => g.getAttribute('data-id')).sort().join(' '));
        if (seen.length < 100_000) requestAnimationFrame(look);
      };
      requestAnimationFrame(look);
    });

    // The feature store ends the second and third connections, not the first.
    const from = centre(await boxOf(store));
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(from.x + 2, from.y);
    await page.mouse.move(from.x + 80, from.y + 40, { steps: 6 });
    await expect.poll(layers).toEqual(['auto', 'transform', 'transform']);
    await expect(store).toHaveCSS('will-change', 'transform');
    await expect.poll(async () => (await paths()).map((d, i) => d === before[i])).toEqual([true, false, false]);

    await page.mouse.up();
    await expect.poll(layers).toEqual(['auto', 'auto', 'auto']);
    await expect(store).toHaveCSS('will-change', 'auto');
    // Dropped: its connections stay moved, the other as it was.
    expect((await paths()).map((d, i) => d === before[i])).toEqual([true, false, false]);
    // In every frame, each connection was drawn once: none missing, none twice.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const frames = await page.evaluate(() => (window as unknown as { connectionFrames: string[] }).connectionFrames);
    const all = (await savedDesign(page)).edges.map((e) => e.id).sort().join(' ');
    expect(frames.length).toBeGreaterThan(10);
    expect(new Set(frames)).toEqual(new Set([all]));
  });
});

test.describe('groups', () => {
  test('a component dragged into a group moves with it; dragged out, it stays behind', async ({ page }) => {
    await openApp(page);
    await dropFromPalette(page, 'Availability zone', { x: 220, y: 300 });
    const group = groupCard(page, 'Availability zone');
    await expect(group).toBeVisible();
    await add(page, 'TorchServe', { x: 650, y: 300 });
    const node = componentCard(page, 'TorchServe');

    // Into the group.
    const start = await boxOf(node);
    await dragBy(page, node, -430, 20);
    await expectBoxNear(node, { x: start.x - 430, y: start.y + 20 });
    let design = await savedDesign(page);
    expect(design.nodes[0]?.parent).toBe(design.groups[0]?.id);

    // The group takes it along.
    let groupBox = await boxOf(group);
    let nodeBox = await boxOf(node);
    const grab = { x: 20, y: groupBox.height - 20 };
    await dragBy(page, group, 100, 120, grab);
    await expectBoxNear(group, { x: groupBox.x + 100, y: groupBox.y + 120 });
    await expectBoxNear(node, { x: nodeBox.x + 100, y: nodeBox.y + 120 });

    // Out of the group.
    nodeBox = await boxOf(node);
    await dragBy(page, node, 360, -240);
    await expectBoxNear(node, { x: nodeBox.x + 360, y: nodeBox.y - 240 });
    design = await savedDesign(page);
    expect(design.nodes[0]?.parent).toBeUndefined();

    // The group no longer takes it along.
    groupBox = await boxOf(group);
    nodeBox = await boxOf(node);
    await dragBy(page, group, -100, -100, grab);
    await expectBoxNear(group, { x: groupBox.x - 100, y: groupBox.y - 100 });
    await expectBoxNear(node, { x: nodeBox.x, y: nodeBox.y });
  });

  test('a whole drag is one undo step', async ({ page }) => {
    await openApp(page);
    await add(page, 'TorchServe', { x: 300, y: 300 });
    const node = componentCard(page, 'TorchServe');
    const start = await boxOf(node);

    await dragBy(page, node, 200, 150);
    await expectBoxNear(node, { x: start.x + 200, y: start.y + 150 });

    await headerButton(page, 'Undo').click();
    await expectBoxNear(node, { x: start.x, y: start.y });
    // Only the drag was undone: the component is still there, and its addition is the next step back.
    await expect(node).toBeVisible();
    await expect(headerButton(page, 'Undo')).toBeEnabled();

    await headerButton(page, 'Redo').click();
    await expectBoxNear(node, { x: start.x + 200, y: start.y + 150 });
    await expect(headerButton(page, 'Redo')).toBeDisabled();
  });

  test('undoing a drag into a group puts the component back outside it', async ({ page }) => {
    await openApp(page);
    await dropFromPalette(page, 'Availability zone', { x: 220, y: 300 });
    const group = groupCard(page, 'Availability zone');
    await expect(group).toBeVisible();
    await add(page, 'TorchServe', { x: 650, y: 300 });
    const node = componentCard(page, 'TorchServe');
    const start = await boxOf(node);

    await dragBy(page, node, -430, 20);
    await expectBoxNear(node, { x: start.x - 430, y: start.y + 20 });
    await headerButton(page, 'Undo').click();
    await expectBoxNear(node, { x: start.x, y: start.y });

    // Outside again: dragging the group leaves it where it is.
    const groupBox = await boxOf(group);
    await dragBy(page, group, 60, 60, { x: 20, y: groupBox.height - 20 });
    await expectBoxNear(group, { x: groupBox.x + 60, y: groupBox.y + 60 });
    await expectBoxNear(node, { x: start.x, y: start.y });
    expect((await savedDesign(page)).nodes[0]?.parent).toBeUndefined();
  });
});

/** Where a connection's curve is, a quarter of the way along (the label sits in the middle), on the screen. */
async function pointOnConnection(connection: Locator): Promise<Point> {
  return connection.locator('path.react-flow__edge-path').evaluate((path: SVGPathElement) => {
    const at = path.getPointAtLength(path.getTotalLength() / 4);
    const m = path.getScreenCTM()!;
    return { x: at.x * m.a + at.y * m.c + m.e, y: at.x * m.b + at.y * m.d + m.f };
  });
}

test.describe('selecting connections', () => {
  test('a connection is named after its components; Enter selects it and keeps the focus, a click selects another, Shift+click adds one; selected, it is drawn where it was', async ({ page }) => {
    await openApp(page);
    await openExample(page);
    const toZoneA = canvas(page).getByRole('group', { name: 'Connection from Web client to API gateway (zone a)', exact: true });
    const toZoneB = canvas(page).getByRole('group', { name: 'Connection from Web client to API gateway (zone b)', exact: true });
    const selected = canvas(page).locator('.react-flow__edge.selected');
    // The numbers of a curve, rounded: React Flow places the ends from the handles as measured.
    const curve = async (connection: Locator) =>
      ((await connection.locator('path.react-flow__edge-path').getAttribute('d')) ?? '').replace(/-?\d+(\.\d+)?/g, (n) => Number(n).toFixed(2));
    const drawnAt = await curve(toZoneA);
    expect(drawnAt).toMatch(/^M\d/);
    await expect(selected).toHaveCount(0);

    await toZoneA.focus();
    await page.keyboard.press('Enter');
    await expect(inspector(page).getByText('From Web client · To API gateway (zone a)', { exact: true })).toBeVisible();
    await expect(toZoneA).toHaveClass(/\bselected\b/);
    await expect(toZoneA).toBeFocused();
    expect(await curve(toZoneA)).toBe(drawnAt);

    // A press on a connection does not pan the view, even when the hand moves a little: it selects it.
    const viewport = page.locator('.react-flow__viewport');
    const view = await viewport.getAttribute('style');
    const other = await pointOnConnection(toZoneB);
    await page.mouse.move(other.x, other.y);
    await page.mouse.down();
    await page.mouse.move(other.x + 2, other.y + 1);
    await page.mouse.up();
    expect(await viewport.getAttribute('style')).toBe(view);
    await expect(inspector(page).getByText('From Web client · To API gateway (zone b)', { exact: true })).toBeVisible();
    await expect(selected).toHaveCount(1);
    await expect(toZoneB).toHaveClass(/\bselected\b/);
    await expect(toZoneA).not.toHaveClass(/\bselected\b/);
    expect(await curve(toZoneA)).toBe(drawnAt);

    const first = await pointOnConnection(toZoneA);
    await page.keyboard.down('Shift');
    await page.mouse.click(first.x, first.y);
    await page.keyboard.up('Shift');
    await expect(selected).toHaveCount(2);

    // Escape leaves both where they were, drawn by the canvas again.
    await page.keyboard.press('Escape');
    await expect(selected).toHaveCount(0);
    expect(await curve(toZoneA)).toBe(drawnAt);
  });

  test('a connection reached with the keyboard outside the view is brought into it', async ({ page }) => {
    await openApp(page);
    await openExample(page);
    const zoomIn = page.getByRole('button', { name: /zoom in/i });
    for (let i = 0; i < 4; i += 1) await zoomIn.click();
    const area = await boxOf(canvas(page));
    const inView = async (locator: Locator) => {
      const b = await boxOf(locator);
      return b.x + b.width > area.x && b.x < area.x + area.width && b.y + b.height > area.y && b.y < area.y + area.height;
    };
    // Zoomed in on the middle of the design, the web client's connections are beyond its left edge.
    const toZoneA = canvas(page).getByRole('group', { name: 'Connection from Web client to API gateway (zone a)', exact: true });
    await expect.poll(() => inView(toZoneA)).toBe(false);
    await toZoneA.focus();
    await expect.poll(() => inView(toZoneA)).toBe(true);
    await expect(toZoneA).toBeFocused();
  });

  test('Shift+drag from a connection draws a selection box: the components in it are selected with all their connections', async ({ page }) => {
    await openApp(page);
    await openExample(page);
    const design = (await savedDesign(page));
    const gateway = design.nodes.find((n) => n.label === 'API gateway (zone b)')!;
    const itsConnections = design.edges.filter((e) => e.source === gateway.id || e.target === gateway.id);
    expect(itsConnections.length).toBeGreaterThan(2);
    // From a connection above and left of the gateway to beyond its far corner: the gateway alone is inside.
    const from = await pointOnConnection(canvas(page).getByRole('group', { name: 'Connection from Web client to API gateway (zone b)', exact: true }));
    const card = await boxOf(componentCard(page, 'API gateway (zone b)'));
    expect(from.x).toBeLessThan(card.x);
    expect(from.y).toBeLessThan(card.y);
    await page.keyboard.down('Shift');
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(card.x + card.width + 10, card.y + card.height + 10, { steps: 8 });
    await page.mouse.up();
    await page.keyboard.up('Shift');
    await expect(inspector(page).getByText(message(en.panel.properties.selectedCount_other, { count: String(1 + itsConnections.length) }), { exact: true })).toBeVisible();
    await expect(componentCard(page, 'API gateway (zone b)')).toHaveClass(/\bselected\b/);
    await expect(canvas(page).locator('.react-flow__edge.selected')).toHaveCount(itsConnections.length);
    const selectedIds = await canvas(page).locator('.react-flow__edge.selected').evaluateAll((gs) => gs.map((g) => g.getAttribute('data-id')).sort());
    expect(selectedIds).toEqual(itsConnections.map((e) => e.id).sort());
  });
});

test.describe('deleting', () => {
  /** Two components joined by one connection. */
  async function twoConnected(page: Page): Promise<void> {
    await openApp(page);
    await add(page, 'API gateway', LEFT);
    await add(page, 'TorchServe', RIGHT);
    await connectInInspector(page, 'API gateway', 'TorchServe');
    await expect(connections(page)).toHaveCount(1);
  }

  test('Delete removes the selected component and its connections; Undo and Redo', async ({ page }) => {
    await twoConnected(page);
    await clickEmptyCanvas(page);
    await componentCard(page, 'API gateway').click();
    await page.keyboard.press('Delete');

    await expect(componentCard(page, 'API gateway')).toHaveCount(0);
    await expect(connections(page)).toHaveCount(0);
    await expect(componentCard(page, 'TorchServe')).toBeVisible();
    await expect(inspector(page)).toHaveText(en.panel.properties.empty);

    await page.keyboard.press('Control+z');
    await expect(componentCard(page, 'API gateway')).toBeVisible();
    await expect(connections(page)).toHaveCount(1);

    await page.keyboard.press('Control+Shift+z');
    await expect(componentCard(page, 'API gateway')).toHaveCount(0);
    await expect(connections(page)).toHaveCount(0);

    await page.keyboard.press('Control+z');
    await expect(connections(page)).toHaveCount(1);
    await page.keyboard.press('Control+y');
    await expect(componentCard(page, 'API gateway')).toHaveCount(0);
    await expect(connections(page)).toHaveCount(0);
  });

  test('Backspace deletes the selected component too', async ({ page }) => {
    await twoConnected(page);
    await clickEmptyCanvas(page);
    await componentCard(page, 'TorchServe').click();
    await page.keyboard.press('Backspace');
    await expect(componentCard(page, 'TorchServe')).toHaveCount(0);
    await expect(connections(page)).toHaveCount(0);
    await expect(componentCard(page, 'API gateway')).toBeVisible();
    await page.keyboard.press('Control+z');
    await expect(componentCard(page, 'TorchServe')).toBeVisible();
    await expect(connections(page)).toHaveCount(1);
  });

  // Clicking a connection focuses its SVG <g>: the canvas keys work there too.
  test('Delete and Backspace remove a clicked connection alone; Escape clears it', async ({ page }) => {
    await twoConnected(page);
    await clickEmptyCanvas(page);
    await clickConnection(page, 'API gateway', 'TorchServe');
    await expect(inspector(page).getByRole('heading', { name: 'API gateway → TorchServe', exact: true })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(inspector(page)).toHaveText(en.panel.properties.empty);

    await clickConnection(page, 'API gateway', 'TorchServe');
    await page.keyboard.press('Backspace');
    await expect(connections(page)).toHaveCount(0);
    await expect(componentCards(page)).toHaveCount(2);
    await page.keyboard.press('Control+z');
    await expect(connections(page)).toHaveCount(1);

    await clickConnection(page, 'API gateway', 'TorchServe');
    await page.keyboard.press('Delete');
    await expect(connections(page)).toHaveCount(0);
    await expect(componentCards(page)).toHaveCount(2);
  });

  test('Ctrl+A then Delete empties the design; one Undo brings it all back', async ({ page }) => {
    await twoConnected(page);
    await clickEmptyCanvas(page);
    await page.keyboard.press('Control+a');
    await expect(inspector(page)).toHaveText('3 elements selected');
    await page.keyboard.press('Delete');

    await expect(componentCards(page)).toHaveCount(0);
    await expect(connections(page)).toHaveCount(0);
    await expect(canvas(page)).toContainText(en.canvas.empty);

    await page.keyboard.press('Control+z');
    await expect(componentCards(page)).toHaveCount(2);
    await expect(connections(page)).toHaveCount(1);
  });

  test('Escape clears the selection', async ({ page }) => {
    await twoConnected(page);
    await componentCard(page, 'TorchServe').click();
    await expect(inspector(page).getByRole('heading', { name: 'TorchServe', exact: true })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(inspector(page)).toHaveText(en.panel.properties.empty);
    // Nothing is selected any more, so Delete removes nothing.
    await page.keyboard.press('Delete');
    await expect(componentCards(page)).toHaveCount(2);
    await expect(connections(page)).toHaveCount(1);
  });
});

test.describe('copy and paste', () => {
  test('Ctrl+C then Ctrl+V adds a copy; one Undo takes it away', async ({ page }) => {
    await openApp(page);
    await add(page, 'TorchServe', { x: 300, y: 300 });
    await componentCard(page, 'TorchServe').click();
    await page.keyboard.press('Control+c');
    await page.keyboard.press('Control+v');

    await expect(componentCard(page, 'TorchServe')).toHaveCount(2);
    // The copy is selected and keeps the label; it sits beside the original, not on top of it.
    await expect(inspector(page).getByRole('heading', { name: 'TorchServe', exact: true })).toBeVisible();
    const [first, second] = [await boxOf(componentCard(page, 'TorchServe').first()), await boxOf(componentCard(page, 'TorchServe').last())];
    expect(first.x !== second.x || first.y !== second.y).toBe(true);

    await page.keyboard.press('Control+z');
    await expect(componentCard(page, 'TorchServe')).toHaveCount(1);
  });

  test('Ctrl+D duplicates; Ctrl+X removes and Ctrl+V brings it back', async ({ page }) => {
    await openApp(page);
    await add(page, 'TorchServe', { x: 300, y: 300 });
    await componentCard(page, 'TorchServe').click();
    await page.keyboard.press('Control+d');
    await expect(componentCard(page, 'TorchServe')).toHaveCount(2);

    // The duplicate is selected: cut it.
    await page.keyboard.press('Control+x');
    await expect(componentCard(page, 'TorchServe')).toHaveCount(1);
    await expect(inspector(page)).toHaveText(en.panel.properties.empty);

    await clickEmptyCanvas(page);
    await page.keyboard.press('Control+v');
    await expect(componentCard(page, 'TorchServe')).toHaveCount(2);
    await page.keyboard.press('Control+z');
    await expect(componentCard(page, 'TorchServe')).toHaveCount(1);
  });

  test('a component copied in one design is pasted into a new one', async ({ page }) => {
    await openApp(page);
    await add(page, 'API gateway', LEFT);
    await add(page, 'TorchServe', RIGHT);
    await componentCard(page, 'TorchServe').click();
    await page.keyboard.press('Control+c');

    await headerButton(page, 'New').click();
    await expect(notice(page, en.notices.created)).toBeVisible();
    await expect(canvas(page)).toContainText(en.canvas.empty);
    await expect(designName(page)).toHaveValue('Untitled design');

    await clickEmptyCanvas(page);
    await page.keyboard.press('Control+v');
    await expect(componentCard(page, 'TorchServe')).toBeVisible();
    await expect(componentCards(page)).toHaveCount(1);
    await expect(componentCard(page, 'API gateway')).toHaveCount(0);
    const design = await savedDesign(page);
    expect(design.nodes.map((n) => n.label)).toEqual(['TorchServe']);
  });
});

test.describe('nudging with the arrow keys', () => {
  test('arrows move the selected component by 10 px, with Shift by 1 px', async ({ page }) => {
    await openApp(page);
    await add(page, 'TorchServe', { x: 300, y: 300 });
    const node = componentCard(page, 'TorchServe');
    await node.click();
    const start = await boxOf(node);
    // Drawn at 100 %, so a canvas pixel is a screen pixel.
    expect(start.width).toBeCloseTo(200, 0);
    const before = (await savedDesign(page)).layout.elements;
    const id = Object.keys(before)[0]!;
    // Saving put the focus on the Save button: back to the canvas.
    await node.click();

    await page.keyboard.press('ArrowRight');
    await expectBoxNear(node, { x: start.x + 10, y: start.y }, 0.5);
    await page.keyboard.press('ArrowDown');
    await expectBoxNear(node, { x: start.x + 10, y: start.y + 10 }, 0.5);
    await page.keyboard.press('Shift+ArrowLeft');
    await expectBoxNear(node, { x: start.x + 9, y: start.y + 10 }, 0.5);
    await page.keyboard.press('Shift+ArrowUp');
    await expectBoxNear(node, { x: start.x + 9, y: start.y + 9 }, 0.5);

    const after = (await savedDesign(page)).layout.elements;
    expect(after[id]!.x - before[id]!.x).toBe(9);
    expect(after[id]!.y - before[id]!.y).toBe(9);

    // Each press is one step back.
    await page.keyboard.press('Control+z');
    await expectBoxNear(node, { x: start.x + 9, y: start.y + 10 }, 0.5);
  });
});
