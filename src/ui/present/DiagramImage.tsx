import { useEffect, useState } from 'react';
import { useArch } from '../../store';
import { useT } from '../i18n';
import { renderMermaid } from './renderMermaid';

type State = { kind: 'ready'; url: string } | { kind: 'failed'; reason: string };

/** A Mermaid diagram drawn as an image (an <img> runs nothing), with a text alternative. */
export function DiagramImage({ source, alt }: { source: string; alt: string }) {
  const t = useT();
  const theme = useArch((s) => s.theme);
  // The drawing with what it was drawn from: one for another diagram or theme shows as pending.
  const [drawn, setDrawn] = useState<{ source: string; theme: string; state: State } | null>(null);
  useEffect(() => {
    let live = true;
    let url: string | undefined;
    renderMermaid(source, theme).then(
      (svg) => {
        if (!live) return;
        url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
        setDrawn({ source, theme, state: { kind: 'ready', url } });
      },
      (error: unknown) => live && setDrawn({ source, theme, state: { kind: 'failed', reason: error instanceof Error ? error.message : String(error) } }),
    );
    return () => {
      live = false;
      if (url !== undefined) URL.revokeObjectURL(url);
    };
  }, [source, theme]);

  const state = drawn !== null && drawn.source === source && drawn.theme === theme ? drawn.state : undefined;
  if (state === undefined) return <p role="status" className="text-slate-600">{t('present.rendering')}</p>;
  if (state.kind === 'failed') return <p role="alert" className="text-red-700">{t('present.renderFailed', { reason: state.reason })}</p>;
  return <img src={state.url} alt={alt} className="mx-auto max-h-full max-w-full object-contain" />;
}
