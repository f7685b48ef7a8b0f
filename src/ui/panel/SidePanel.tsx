import { useRef, type KeyboardEvent } from 'react';
import { PANEL_TABS, useArch, type PanelTab } from '../../store';
import { useT } from '../i18n';
import { PropertiesTab } from './PropertiesTab';
import { FindingsTab } from '../findings/FindingsTab';
import { MetricsTab } from '../metrics/MetricsTab';
import { ExportTab } from '../export/ExportTab';
import { LabsTab } from '../labs/LabsTab';

/** The right panel: tabs that later features fill (Properties, Findings, Metrics, Labs, Export). */
export function SidePanel() {
  const t = useT();
  const active = useArch((s) => s.panelTab);
  const setTab = useArch((s) => s.setPanelTab);
  const tabs = useRef<Record<string, HTMLButtonElement | null>>({});

  const onKeyDown = (event: KeyboardEvent) => {
    const index = PANEL_TABS.indexOf(active);
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0 && event.key !== 'Home' && event.key !== 'End') return;
    event.preventDefault();
    const next: PanelTab =
      event.key === 'Home'
        ? PANEL_TABS[0]
        : event.key === 'End'
          ? PANEL_TABS[PANEL_TABS.length - 1]!
          : PANEL_TABS[(index + step + PANEL_TABS.length) % PANEL_TABS.length]!;
    setTab(next);
    tabs.current[next]?.focus();
  };

  return (
    <aside aria-label={t('panel.label')} className="flex w-80 shrink-0 flex-col border-l border-slate-200 bg-surface">
      <div role="tablist" aria-label={t('panel.label')} onKeyDown={onKeyDown} className="flex border-b border-slate-200">
        {PANEL_TABS.map((tab) => (
          <button
            key={tab}
            ref={(el) => {
              tabs.current[tab] = el;
            }}
            type="button"
            role="tab"
            id={`tab-${tab}`}
            aria-selected={tab === active}
            aria-controls={`tabpanel-${tab}`}
            tabIndex={tab === active ? 0 : -1}
            onClick={() => setTab(tab)}
            className={`flex-1 px-1 py-2 text-xs font-medium ${tab === active ? 'border-b-2 border-blue-700 text-blue-800' : 'text-slate-600 hover:text-slate-900'}`}
          >
            {t(`panel.tabs.${tab}`)}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`tabpanel-${active}`} aria-labelledby={`tab-${active}`} tabIndex={0} className="flex-1 overflow-auto p-4">
        {active === 'properties' ? (
          <PropertiesTab />
        ) : active === 'findings' ? (
          <FindingsTab />
        ) : active === 'metrics' ? (
          <MetricsTab />
        ) : active === 'labs' ? (
          <LabsTab />
        ) : (
          <ExportTab />
        )}
      </div>
    </aside>
  );
}
