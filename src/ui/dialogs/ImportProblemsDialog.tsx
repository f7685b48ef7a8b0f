import { useArch } from '../../store';
import { Button } from '../primitives/Button';
import { Modal } from '../primitives/Modal';
import { useT } from '../i18n';

const SHOWN = 200;

/** Lists every problem of a file that could not be opened, each with its path. */
export function ImportProblemsDialog() {
  const t = useT();
  const failure = useArch((s) => s.importFailure);
  const close = useArch((s) => s.showImportFailure);
  if (failure === null) return null;
  const { fileName, problems } = failure;
  return (
    <Modal
      role="alertdialog"
      title={t('importDialog.title')}
      onClose={() => close(null)}
      footer={
        <Button variant="primary" onClick={() => close(null)} autoFocus>
          {t('importDialog.close')}
        </Button>
      }
    >
      <p className="mb-3 text-sm">{t('importDialog.intro', { file: fileName, count: problems.length })}</p>
      <ul aria-label={t('importDialog.title')} className="space-y-1 text-sm">
        {problems.slice(0, SHOWN).map((problem, index) => (
          <li key={index} className="rounded bg-red-50 px-2 py-1">
            <code className="font-mono text-xs text-red-900">{problem.path}</code>
            <span className="text-slate-800">: {problem.message}</span>
          </li>
        ))}
        {problems.length > SHOWN && <li className="text-slate-500">… +{problems.length - SHOWN}</li>}
      </ul>
    </Modal>
  );
}
