import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { EXPORT_MEDIA_TYPES, exportFileName, exportText, fileStem, localIsoDate, type TextExportFormat } from '../../core';
import { useArch, type ExportChoice } from '../../store';
import { useT } from '../i18n';
import { buildScene } from './imageScene';
import { renderSvg, svgToPng } from './renderImage';
import { metricsOf } from '../metrics/useMetrics';

export type ExportPreview =
  | { kind: 'text'; text: string; fileName: string; mediaType: string }
  | { kind: 'image'; blob: Blob; svg: string | undefined; url: string; width: number; height: number; fileName: string }
  | { kind: 'pending' }
  | { kind: 'nothing'; reason: 'emptyDesign' | 'noSelection' }
  | { kind: 'error'; message: string };

function isTextFormat(format: ExportChoice['format']): format is TextExportFormat {
  return format !== 'svg' && format !== 'png';
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * What the Export tab shows and hands out for the current choice: the text of a text format,
 * or a rendered image (object URL for the preview, freed when replaced). Follows the design
 * a moment behind typing, so that a large export never holds up an edit.
 */
export function useExportPreview(choice: ExportChoice): ExportPreview {
  const t = useT();
  const design = useDeferredValue(useArch((s) => s.design));
  const selection = useArch((s) => s.selection);
  const language = useArch((s) => s.language);
  const theme = useArch((s) => s.theme);
  // The findings the store has for this design (checked in a worker when it is large).
  const evaluated = useArch((s) => s.evaluatedDesign);
  const evaluation = useArch((s) => s.evaluation);
  const { format, view, scope } = choice;

  const text = useMemo((): ExportPreview | null => {
    if (!isTextFormat(format)) return null;
    try {
      const known = evaluated === design ? { evaluation, metrics: metricsOf(design) } : {};
      return { kind: 'text', text: exportText(design, format, { language, view, date: localIsoDate(new Date()), ...known }), fileName: exportFileName(design.name, format, view), mediaType: EXPORT_MEDIA_TYPES[format] };
    } catch (error) {
      return { kind: 'error', message: reason(error) };
    }
  }, [design, format, view, language, evaluated, evaluation]);

  const imageSelection = scope === 'selection' ? selection : undefined;
  // What an image export draws, or why there is nothing to draw; null for the text formats.
  const scene = useMemo(() => {
    if (isTextFormat(format)) return null;
    const drawn = buildScene(design, { language, ...(imageSelection === undefined ? {} : { selection: new Set(imageSelection) }) });
    return drawn ?? (imageSelection === undefined ? 'emptyDesign' : 'noSelection');
  }, [design, format, imageSelection, language]);

  // The rendered image, with the scene it was rendered from: an older one shows as pending.
  const [rendered, setRendered] = useState<{ scene: object; theme: string; preview: ExportPreview } | null>(null);
  useEffect(() => {
    if (scene === null || typeof scene === 'string') return undefined;
    let live = true;
    let url: string | undefined;
    const fileName = `${fileStem(design.name)}${imageSelection === undefined ? '' : '-selection'}.${format}`;
    void (async () => {
      try {
        const svg = await renderSvg(scene, theme, design.name, t);
        const out =
          format === 'svg'
            ? { blob: new Blob([svg.svg], { type: 'image/svg+xml' }), svg: svg.svg, width: svg.width, height: svg.height }
            : { ...(await svgToPng(svg)), svg: undefined };
        if (!live) return;
        url = URL.createObjectURL(out.blob);
        setRendered({ scene, theme, preview: { kind: 'image', ...out, url, fileName } });
      } catch (error) {
        if (live) setRendered({ scene, theme, preview: { kind: 'error', message: reason(error) } });
      }
    })();
    return () => {
      live = false;
      if (url !== undefined) URL.revokeObjectURL(url);
    };
  }, [scene, design.name, format, imageSelection, theme, t]);

  if (text !== null) return text;
  if (typeof scene === 'string') return { kind: 'nothing', reason: scene };
  return rendered !== null && rendered.scene === scene && rendered.theme === theme ? rendered.preview : { kind: 'pending' };
}
