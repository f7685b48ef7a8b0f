import { useRef } from 'react';
import { useArchStoreApi } from '../../store';
import { openDesignFile } from '../designActions';
import { useLibrary } from '../PlatformContext';
import { Button } from '../primitives/Button';
import { useT } from '../i18n';

/** Opens a design file chosen in the system file picker. */
export function OpenButton() {
  const t = useT();
  const store = useArchStoreApi();
  const library = useLibrary();
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <Button onClick={() => input.current?.click()}>{t('header.open')}</Button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        className="hidden"
        data-testid="open-file-input"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file !== undefined) void openDesignFile(store, library, file);
        }}
      />
    </>
  );
}
