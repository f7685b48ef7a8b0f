import { useEffect, useState } from 'react';
import { useArch } from '../../store';
import { useT } from '../i18n';
import { buildScene } from '../export/imageScene';
import { renderSvg } from '../export/renderImage';

/** The whole design as the canvas draws it, as an image (the export's SVG). */
export function CanvasImage({ alt }: { alt: string }) {
  const t = useT();
  const design = useArch((s) => s.design);
  const language = useArch((s) => s.language);
  const theme = useArch((s) => s.theme);
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    const scene = buildScene(design, { language });
    if (scene === null) return undefined;
    let live = true;
    let made: string | undefined;
    renderSvg(scene, theme, design.name, t).then(
      ({ svg }) => {
        if (!live) return;
        made = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
        setUrl(made);
      },
      () => live && setUrl(null),
    );
    return () => {
      live = false;
      if (made !== undefined) URL.revokeObjectURL(made);
    };
  }, [design, language, theme, t]);
  return url === null ? null : <img src={url} alt={alt} className="mx-auto max-h-full max-w-full object-contain" />;
}
