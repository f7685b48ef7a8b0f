import type { Mermaid } from 'mermaid';

let loaded: Promise<Mermaid> | undefined;
let counter = 0;

/** Mermaid, loaded on first use (it is large). */
function mermaid(): Promise<Mermaid> {
  loaded ??= import('mermaid').then(({ default: lib }) => lib);
  return loaded;
}

/**
 * Draws Mermaid source as an SVG document, in the light or dark theme. The caller shows it as
 * an image (never as markup in the page), so nothing in it can run.
 */
export async function renderMermaid(source: string, theme: 'light' | 'dark'): Promise<string> {
  const lib = await mermaid();
  // Strict: no HTML in labels, no click handlers, whatever the diagram text says.
  lib.initialize({ startOnLoad: false, securityLevel: 'strict', theme: theme === 'dark' ? 'dark' : 'default' });
  counter += 1;
  const { svg } = await lib.render(`archlab-diagram-${counter}`, source);
  return svg;
}
