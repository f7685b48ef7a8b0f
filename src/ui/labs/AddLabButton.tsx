import { useRef } from 'react';
import { useArch } from '../../store';
import { addCustomLab } from '../../platform/customLabs';
import { Button } from '../primitives/Button';
import { useT } from '../i18n';

/** Adds a trainer's lab file: a broken or clashing file is reported with every problem, and nothing is added. */
export function AddLabButton({ onAdded }: { onAdded: (number: number) => void }) {
  const t = useT();
  const input = useRef<HTMLInputElement>(null);
  const language = useArch((s) => s.language);
  const notify = useArch((s) => s.notify);
  const showImportFailure = useArch((s) => s.showImportFailure);

  const add = async (file: File) => {
    let text: string;
    try {
      text = await file.text();
    } catch (error) {
      showImportFailure({ fileName: file.name, problems: [{ path: file.name, message: error instanceof Error ? error.message : String(error) }] });
      return;
    }
    const result = addCustomLab(text, language, (lab) => t('labsTab.numberTaken', { number: lab.number, title: lab.title[language] }));
    if (!result.ok) {
      showImportFailure({ fileName: file.name, problems: result.problems });
      return;
    }
    notify({ kind: 'info', key: 'labsTab.added', values: { number: result.lab.number, title: result.lab.title[language] } });
    onAdded(result.lab.number);
  };

  return (
    <div className="mt-4 border-t border-slate-200 pt-3">
      <p className="mb-1.5 text-xs text-slate-600">{t('labsTab.addFileHint')}</p>
      <Button onClick={() => input.current?.click()}>{t('labsTab.addFile')}</Button>
      <input ref={input} type="file" accept=".json,application/json" hidden data-testid="lab-file-input"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file !== undefined) void add(file);
        }} />
    </div>
  );
}
