import './platform/noEval';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createArchStore, StoreProvider } from './store';
import { startAutosave } from './platform/autosave';
import { createIndexedDbLibrary } from './platform/designLibrary';
import { requestPersistentStorage } from './platform/files';
import { initialLanguage, initialTheme, snapToGridPreference } from './platform/preferences';
import { loadStartDesign } from './platform/startDesign';
import { createRulesWorker } from './platform/rulesWorker';
import { App } from './ui/App';
import { I18nProvider } from './ui/i18n';
import { PlatformProvider } from './ui/PlatformContext';
import './ui/styles.css';

async function boot(): Promise<void> {
  const language = initialLanguage();
  const library = createIndexedDbLibrary();
  const start = await loadStartDesign(library, language);
  const rules = createRulesWorker();
  const store = createArchStore(start.design, language, {
    snapToGrid: snapToGridPreference(),
    theme: initialTheme(),
    background: rules.evaluate,
  });
  if (start.storageError !== undefined) store.getState().setSaveStatus('failed', start.storageError);
  if (start.unreadable !== undefined) store.getState().notify({ kind: 'error', key: 'library.loadFailed', values: start.unreadable });
  void startAutosave(store, library).saveNow();
  void requestPersistentStorage();

  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <StoreProvider store={store}>
        <PlatformProvider library={library}>
          <I18nProvider>
            <App />
          </I18nProvider>
        </PlatformProvider>
      </StoreProvider>
    </StrictMode>,
  );
}

void boot();
