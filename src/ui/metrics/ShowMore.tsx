import { useState } from 'react';
import { useT } from '../i18n';
import { Button } from '../primitives/Button';

/** How many rows of a long list to draw, growing by `step` on request: a 10,000-component design stays quick. */
export function useShown(step = 50): [number, () => void] {
  const [shown, setShown] = useState(step);
  return [shown, () => setShown((n) => n + step)];
}

export function ShowMore({ shown, total, step = 50, onMore }: { shown: number; total: number; step?: number; onMore: () => void }) {
  const t = useT();
  if (shown >= total) return null;
  return (
    <Button variant="ghost" className="mt-1 !px-1 text-xs" onClick={onMore}>
      {t('metrics.showMore', { count: Math.min(step, total - shown) })}
    </Button>
  );
}
