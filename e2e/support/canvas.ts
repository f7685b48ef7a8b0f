import { expect, type Locator, type Page } from '@playwright/test';
import { canvas, readDownload, saveToFile } from './app';

/** Helpers for editing on the canvas the way a person does: palette, pointer, keyboard, inspector. */

export interface Point {
  x: number;
  y: number;
}

export interface Box extends Point {
  width: number;
  height: number;
}

/** The palette: the "Components" side area. */
export function palette(page: Page): Locator {
  return page.getByRole('complementary', { name: 'Components', exact: true });
}

/** A palette entry by its visible name (neutral names: no cloud provider chosen). */
export function paletteItem(page: Page, name: string): Locator {
  return palette(page).getByRole('button', { name, exact: true });
}

export function paletteSearch(page: Page): Locator {
  return palette(page).getByRole('searchbox', { name: 'Search components' });
}

/** A component drawn on the canvas: the whole card, found by its label. */
export function componentCard(page: Page, label: string): Locator {
  return canvas(page).locator('.react-flow__node-component').filter({ has: page.getByText(label, { exact: true }) });
}

/** A group drawn on the canvas, found by its label. */
export function groupCard(page: Page, label: string): Locator {
  return canvas(page).locator('.react-flow__node-container').filter({ has: page.getByText(label, { exact: true }) });
}

/** Every component (not group) drawn on the canvas. */
export function componentCards(page: Page): Locator {
  return canvas(page).locator('.react-flow__node-component');
}

/** Every connection drawn on the canvas. */
export function connections(page: Page): Locator {
  return canvas(page).locator('.react-flow__edge');
}

/** The Properties tab of the side panel: the inspector of the selection. */
export function inspector(page: Page): Locator {
  return page.getByRole('tabpanel', { name: 'Properties' });
}

export function headerButton(page: Page, name: 'Undo' | 'Redo' | 'New' | 'Save'): Locator {
  return page.getByRole('banner').getByRole('button', { name, exact: true });
}

/** A short-lived notice at the bottom of the window. */
export function notice(page: Page, text: string): Locator {
  return page.getByRole('status').filter({ hasText: text });
}

export function toolbar(page: Page): Locator {
  return page.getByRole('toolbar', { name: 'Canvas tools' });
}

export async function boxOf(element: Locator): Promise<Box> {
  const box = await element.boundingBox();
  if (box === null) throw new Error('the element is not drawn');
  return box;
}

export function centre(box: Box): Point {
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** A point of the canvas, given relative to its top-left corner, in page coordinates. */
export async function onCanvas(page: Page, at: Point): Promise<Point> {
  const box = await boxOf(canvas(page));
  return { x: box.x + at.x, y: box.y + at.y };
}

/**
 * Drags with the mouse from one page point to another in small steps, as a hand does
 * (React Flow starts a drag only once the pointer has moved).
 */
export async function dragWithMouse(page: Page, from: Point, to: Point, steps = 12): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + (to.x - from.x) / steps, from.y + (to.y - from.y) / steps);
  await page.mouse.move(to.x, to.y, { steps });
  await page.mouse.up();
}

/**
 * Drags an element by (dx, dy) page pixels, grabbing it at `grab` (relative to its box; default:
 * its centre). React Flow starts moving a node only once the pointer has left the point where it
 * was pressed, and from where the drag started: the hand first moves 2 px, as a real one does,
 * then the element follows the pointer by exactly (dx, dy).
 */
export async function dragBy(page: Page, element: Locator, dx: number, dy: number, grab?: Point, steps = 12): Promise<void> {
  const box = await boxOf(element);
  const from = grab === undefined ? centre(box) : { x: box.x + grab.x, y: box.y + grab.y };
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 2, from.y);
  await page.mouse.move(from.x + 2 + dx, from.y + dy, { steps });
  await page.mouse.up();
}

/** Drags a palette entry onto the canvas, dropping it at a point relative to the canvas' top-left corner. */
export async function dropFromPalette(page: Page, name: string, at: Point): Promise<void> {
  await paletteItem(page, name).dragTo(canvas(page), { targetPosition: at });
}

/**
 * Clicks an empty part of the canvas (near its top-right corner, where nothing is placed in
 * these tests): the focus goes to the canvas and the selection is cleared.
 */
export async function clickEmptyCanvas(page: Page): Promise<void> {
  const box = await boxOf(canvas(page));
  await page.mouse.click(box.x + box.width - 30, box.y + 30);
}

/** Waits until an element's box is within `tolerance` px of the expected one (x, y and, if given, size). */
export async function expectBoxNear(element: Locator, expected: Partial<Box>, tolerance = 2): Promise<void> {
  await expect
    .poll(async () => {
      const box = await element.boundingBox();
      if (box === null) return 'not drawn';
      const off = (Object.keys(expected) as (keyof Box)[]).filter((k) => Math.abs(box[k] - expected[k]!) > tolerance);
      return off.length === 0 ? 'near' : `off in ${off.join(', ')}: ${JSON.stringify(box)}`;
    })
    .toBe('near');
}

/** The boxes of every element a locator matches, once two readings in a row agree (no animation running). */
export async function settledBoxes(elements: Locator): Promise<Box[]> {
  let previous = '';
  let boxes: Box[] = [];
  await expect
    .poll(async () => {
      boxes = [];
      for (const element of await elements.all()) boxes.push(await boxOf(element));
      const now = JSON.stringify(boxes.map((b) => [b.x, b.y, b.width, b.height].map((v) => Math.round(v))));
      const same = now === previous;
      previous = now;
      return same;
    }, { intervals: [100, 100, 200, 250, 500] })
    .toBe(true);
  return boxes;
}

export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** What the design file says, for checks a person makes by saving the design and reading it. */
export interface SavedDesign {
  name: string;
  nodes: { id: string; label: string; parent?: string; props: Record<string, unknown> }[];
  edges: { id: string; source: string; target: string; protocol: string; mode: string; resilience: Record<string, unknown> }[];
  groups: { id: string; label: string; parent?: string }[];
  layout: { elements: Record<string, { x: number; y: number; width?: number; height?: number }> };
}

/** Saves the design to a file with the header's "Save" and reads it back. */
export async function savedDesign(page: Page): Promise<SavedDesign> {
  const text = await readDownload(await saveToFile(page));
  return (JSON.parse(text) as { design: SavedDesign }).design;
}
