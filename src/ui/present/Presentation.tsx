import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useArch } from '../../store';
import { Button } from '../primitives/Button';
import { useT } from '../i18n';
import { SlideContent } from './SlideContent';
import { presentationSlides } from './slides';

const NEXT = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ']);
const PREVIOUS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace']);

/** Presentation mode for an architecture committee, when one is asked for. */
export function Presentation() {
  const presenting = useArch((s) => s.presenting);
  return presenting ? <PresentationContent /> : null;
}

/**
 * Full screen (where the browser allows it), one slide at a time: the overview, the C4 views,
 * the design as drawn, the decision records and the metrics. Arrow keys, Page Up/Down, Space,
 * Home and End move, wherever the focus is; Escape leaves.
 */
function PresentationContent() {
  const t = useT();
  const design = useArch((s) => s.design);
  const setPresenting = useArch((s) => s.setPresenting);
  const slides = presentationSlides(design);
  const [index, setIndex] = useState(0);
  const at = Math.min(index, slides.length - 1);
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const element = root.current;
    // The app behind is out of reach (Tab, screen readers) while the slides are shown; the
    // focus goes back where it was (the Present button) when they close.
    const app = document.getElementById('root');
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    app?.setAttribute('inert', '');
    element?.focus();
    let wasFullscreen = false;
    // Leaving full screen (the browser's own Escape) leaves the presentation too.
    const onFullscreen = () => {
      if (document.fullscreenElement !== null) wasFullscreen = true;
      else if (wasFullscreen) setPresenting(false);
    };
    document.addEventListener('fullscreenchange', onFullscreen);
    element?.requestFullscreen?.().catch(() => {
      // Full screen refused (no user gesture, an iframe): the overlay still fills the window.
    });
    return () => {
      document.removeEventListener('fullscreenchange', onFullscreen);
      app?.removeAttribute('inert');
      before?.focus();
      if (document.fullscreenElement !== null) void document.exitFullscreen().catch(() => undefined);
    };
  }, [setPresenting]);

  const count = slides.length;
  const go = (next: number) => setIndex(Math.max(0, Math.min(count - 1, next)));

  // Keys work wherever the focus is (a button that became disabled leaves it on the page).
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.target instanceof HTMLButtonElement && (event.key === ' ' || event.key === 'Enter')) return;
      const last = count - 1;
      if (NEXT.has(event.key)) setIndex((i) => Math.min(last, i + 1));
      else if (PREVIOUS.has(event.key)) setIndex((i) => Math.max(0, Math.min(last, i) - 1));
      else if (event.key === 'Home') setIndex(0);
      else if (event.key === 'End') setIndex(last);
      else if (event.key === 'Escape') setPresenting(false);
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [count, setPresenting]);

  return createPortal(
    <div ref={root} role="dialog" aria-modal="true" aria-label={t('present.label', { name: design.name })} tabIndex={-1}
      className="fixed inset-0 z-50 flex flex-col bg-surface text-slate-900 outline-none">
      <main aria-live="polite" aria-roledescription="slide" aria-label={t('present.position', { n: at + 1, total: slides.length })}
        className="flex min-h-0 flex-1 items-center justify-center overflow-auto px-16 py-10">
        <SlideContent slide={slides[at]!} design={design} />
      </main>
      <footer className="flex items-center gap-3 border-t border-slate-200 px-6 py-2 text-sm text-slate-600">
        <span>{design.name}</span>
        <span className="ml-auto">{t('present.keys')}</span>
        <Button variant="ghost" onClick={() => go(at - 1)} disabled={at === 0}>{t('present.previous')}</Button>
        <span aria-hidden="true" className="tabular-nums">{at + 1} / {slides.length}</span>
        <Button variant="ghost" onClick={() => go(at + 1)} disabled={at === slides.length - 1}>{t('present.next')}</Button>
        <Button onClick={() => setPresenting(false)}>{t('present.exit')}</Button>
      </footer>
    </div>,
    document.body,
  );
}
