import { useArch, useArchStoreApi } from '../../store';
import { newDesign, saveDesignFile } from '../designActions';
import { Button } from '../primitives/Button';
import { useT } from '../i18n';
import { DesignNameField } from './DesignNameField';
import { LanguageSwitch } from './LanguageSwitch';
import { OpenButton } from './OpenButton';
import { SaveStatus } from './SaveStatus';
import { ThemeToggle } from './ThemeToggle';

export function Header() {
  const t = useT();
  const store = useArchStoreApi();
  const canUndo = useArch((s) => s.past.length > 0);
  const canRedo = useArch((s) => s.future.length > 0);
  const undo = useArch((s) => s.undo);
  const redo = useArch((s) => s.redo);
  const openLibrary = useArch((s) => s.setLibraryOpen);
  const openDecisions = useArch((s) => s.setDecisionsOpen);
  const setPresenting = useArch((s) => s.setPresenting);
  const setTemplatesOpen = useArch((s) => s.setTemplatesOpen);
  const decisionCount = useArch((s) => s.design.decisions.length);
  return (
    <header className="flex flex-wrap items-center gap-x-3 gap-y-1 border-b border-slate-200 bg-surface px-3 py-2">
      <span className="flex items-center gap-2 font-bold text-blue-800">
        <img src="/favicon.svg" alt="" width={22} height={22} />
        {t('app.name')}
      </span>
      <DesignNameField />
      <SaveStatus />
      <nav aria-label={t('app.name')} className="ml-auto flex flex-wrap items-center justify-end gap-1.5">
        <Button onClick={() => newDesign(store)}>{t('header.new')}</Button>
        <Button onClick={() => setTemplatesOpen(true)}>{t('templates.button')}</Button>
        <OpenButton />
        <Button onClick={() => saveDesignFile(store.getState().design)}>{t('header.save')}</Button>
        <Button onClick={() => openLibrary(true)}>{t('header.library')}</Button>
        <Button onClick={() => openDecisions(true)}>{t('decisions.open', { count: decisionCount })}</Button>
        <Button onClick={() => setPresenting(true)}>{t('present.button')}</Button>
        <span className="mx-1 h-5 w-px bg-slate-300" aria-hidden="true" />
        <Button variant="ghost" onClick={undo} disabled={!canUndo} aria-keyshortcuts="Control+Z">
          {t('header.undo')}
        </Button>
        <Button variant="ghost" onClick={redo} disabled={!canRedo} aria-keyshortcuts="Control+Shift+Z Control+Y">
          {t('header.redo')}
        </Button>
        <ThemeToggle />
        <LanguageSwitch />
      </nav>
    </header>
  );
}
