import { useState } from 'react';
import { useArch, useArchStoreApi } from '../../store';
import { shareUrl } from '../designActions';
import { Button } from '../primitives/Button';
import { Modal } from '../primitives/Modal';
import { useT } from '../i18n';

/** Links longer than this get a warning: mail and chat tools may cut them. */
export const LONG_LINK = 8_000;

/** Copies a link that carries the open design; shows it to copy by hand when the clipboard is refused. */
export function ShareButton() {
  const t = useT();
  const store = useArchStoreApi();
  const notify = useArch((s) => s.notify);
  const [fallback, setFallback] = useState<string | null>(null);

  const share = () => {
    const url = shareUrl(store.getState().design, window.location);
    const warnIfLong = () => {
      if (url.length > LONG_LINK) notify({ kind: 'info', key: 'share.long', values: { length: url.length } });
    };
    // Outside a secure context (plain http) there is no clipboard at all: the dialog then.
    Promise.resolve().then(() => navigator.clipboard.writeText(url)).then(
      () => {
        notify({ kind: 'info', key: 'share.copied', values: { length: url.length } });
        warnIfLong();
      },
      () => {
        setFallback(url);
        warnIfLong();
      },
    );
  };

  return (
    <>
      <Button onClick={share}>{t('share.button')}</Button>
      {fallback !== null && (
        <Modal title={t('share.dialogTitle')} onClose={() => setFallback(null)} footer={<Button onClick={() => setFallback(null)}>{t('share.close')}</Button>}>
          <p className="mb-2 text-sm text-slate-700">{t('share.dialogIntro')}</p>
          <label className="block text-xs font-medium text-slate-600">
            {t('share.linkLabel')}
            <textarea readOnly value={fallback} rows={4} onFocus={(e) => e.target.select()}
              className="mt-1 block w-full rounded border border-slate-300 p-1.5 font-mono text-xs break-all" />
          </label>
        </Modal>
      )}
    </>
  );
}
