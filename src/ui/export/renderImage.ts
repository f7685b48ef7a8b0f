import { createElement } from 'react';
import { DesignImage } from './DesignImage';
import type { Translate } from '../i18n';
import { imagePalette } from './imagePalette';
import { imageText, type Scene } from './imageScene';

export interface RenderedSvg {
  svg: string;
  width: number;
  height: number;
}

/** The largest side and area a browser canvas reliably accepts, for PNG images. */
const MAX_SIDE = 16_000;
const MAX_PIXELS = 120_000_000;

/**
 * An SVG document of a scene, in the theme's colours, titled with the design's name. React
 * writes it, escaping every text and attribute, so that no label can add an element, an
 * attribute or a script. The server renderer loads on first use.
 */
export async function renderSvg(scene: Scene, theme: 'light' | 'dark', designName: string, t: Translate): Promise<RenderedSvg> {
  const { renderToStaticMarkup } = await import('react-dom/server');
  const kindName = (kind: string) => t(`groupKinds.${kind}` as Parameters<Translate>[0]);
  const props = { scene, palette: imagePalette(theme), title: imageText(designName), kindName };
  const markup = renderToStaticMarkup(createElement(DesignImage, props));
  return { svg: `<?xml version="1.0" encoding="UTF-8"?>\n${markup}\n`, width: scene.width, height: scene.height };
}

/** How much a PNG is enlarged: twice for sharp text, less when the image would be too large. */
export function pngScale(width: number, height: number): number {
  return Math.min(2, MAX_SIDE / width, MAX_SIDE / height, Math.sqrt(MAX_PIXELS / (width * height)));
}

/** Draws an SVG document onto a canvas and returns it as a PNG image. */
export async function svgToPng({ svg, width, height }: RenderedSvg): Promise<{ blob: Blob; width: number; height: number }> {
  const scale = pngScale(width, height);
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (context === null) throw new Error('no 2D canvas');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (blob === null) throw new Error('the canvas gave no PNG');
    return { blob, width: canvas.width, height: canvas.height };
  } finally {
    URL.revokeObjectURL(url);
  }
}
