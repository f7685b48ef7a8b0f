import { useArch, useArchStoreApi } from '../../store';
import { saveDesignFile } from '../designActions';
import { Button } from '../primitives/Button';
import { useT } from '../i18n';

/** Shown while the browser refuses to store the design: says so and offers a download. */
export function StorageWarning() {
  const t = useT();
  const store = useArchStoreApi();
  const error = useArch((s) => s.storageError);
  const dismiss = useArch((s) => s.dismissStorageError);
  if (error === null) return null;
  return (
    <div role="alert" className="flex items-center gap-3 border-b border-amber-300 bg-amber-50 px-4 py-2 text-sm text-amber-950">
      <span className="flex-1">{t('storage.failed', { reason: error })}</span>
      <Button variant="primary" onClick={() => saveDesignFile(store.getState().design)}>
        {t('storage.download')}
      </Button>
      <Button variant="ghost" onClick={dismiss}>
        {t('storage.dismiss')}
      </Button>
    </div>
  );
}
