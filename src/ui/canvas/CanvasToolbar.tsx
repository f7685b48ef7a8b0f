import { Panel } from '@xyflow/react';
import { Grid3x3, HelpCircle, MoveDown, MoveRight, Search } from 'lucide-react';
import type { ReactNode } from 'react';
import { useArch } from '../../store';
import { rememberSnapToGrid } from '../../platform/preferences';
import { useT } from '../i18n';

function ToolButton({ label, pressed, disabled, onClick, children }: { label: string; pressed?: boolean; disabled?: boolean; onClick: () => void; children: ReactNode }) {
  return (
    <button
      type="button"
      aria-label={label}
      title={label}
      aria-pressed={pressed}
      disabled={disabled}
      onClick={onClick}
      className={`rounded p-1.5 text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-blue-600 disabled:opacity-40 ${pressed === true ? 'bg-blue-100 text-blue-800' : ''}`}
    >
      {children}
    </button>
  );
}

/** Tools over the canvas: grid snapping, auto-layout, search and the shortcut list. */
export function CanvasToolbar({ onLayout }: { onLayout: (direction: 'LR' | 'TB') => void }) {
  const t = useT();
  const snap = useArch((s) => s.snapToGrid);
  const setSnap = useArch((s) => s.setSnapToGrid);
  const layingOut = useArch((s) => s.layingOut);
  const openDialog = useArch((s) => s.setCanvasDialog);
  return (
    <Panel position="top-left">
      <div role="toolbar" aria-label={t('toolbar.label')} className="flex gap-0.5 rounded-md border border-slate-200 bg-surface p-0.5 shadow-sm">
        <ToolButton label={t('toolbar.snap')} pressed={snap} onClick={() => { setSnap(!snap); rememberSnapToGrid(!snap); }}>
          <Grid3x3 size={16} aria-hidden="true" />
        </ToolButton>
        <ToolButton label={t('toolbar.layoutLR')} disabled={layingOut} onClick={() => onLayout('LR')}>
          <MoveRight size={16} aria-hidden="true" />
        </ToolButton>
        <ToolButton label={t('toolbar.layoutTB')} disabled={layingOut} onClick={() => onLayout('TB')}>
          <MoveDown size={16} aria-hidden="true" />
        </ToolButton>
        <ToolButton label={t('toolbar.search')} onClick={() => openDialog('search')}>
          <Search size={16} aria-hidden="true" />
        </ToolButton>
        <ToolButton label={t('toolbar.help')} onClick={() => openDialog('help')}>
          <HelpCircle size={16} aria-hidden="true" />
        </ToolButton>
      </div>
    </Panel>
  );
}
