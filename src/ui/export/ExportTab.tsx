import { VIEWS_OF, type ExportView } from '../../core';
import { downloadBlob } from '../../platform/files';
import { EXPORT_FORMATS, useArch, type ExportChoice } from '../../store';
import { ChoiceField } from '../panel/fields/ChoiceField';
import { ShareButton } from '../share/ShareButton';
import { Button } from '../primitives/Button';
import { useT } from '../i18n';
import { useExportPreview, type ExportPreview } from './useExportPreview';

function viewsOf(format: ExportChoice['format']): readonly ExportView[] {
  return format === 'svg' || format === 'png' ? [] : VIEWS_OF[format];
}

async function copyPreview(preview: ExportPreview): Promise<void> {
  if (preview.kind === 'text') return navigator.clipboard.writeText(preview.text);
  if (preview.kind !== 'image') return;
  if (preview.svg !== undefined) return navigator.clipboard.writeText(preview.svg);
  await navigator.clipboard.write([new ClipboardItem({ [preview.blob.type]: preview.blob })]);
}

/** The Export tab: a format, its view or scope, a live preview, Copy and Download. */
export function ExportTab() {
  const t = useT();
  const choice = useArch((s) => s.exportChoice);
  const setChoice = useArch((s) => s.setExportChoice);
  const notify = useArch((s) => s.notify);
  const openDecisions = useArch((s) => s.setDecisionsOpen);
  const preview = useExportPreview(choice);
  const views = viewsOf(choice.format);
  const isImage = choice.format === 'svg' || choice.format === 'png';
  const formatName = t(`exportTab.formats.${choice.format}`);
  const ready = preview.kind === 'text' || preview.kind === 'image';

  const copy = () => {
    copyPreview(preview).then(
      () => notify({ kind: 'info', key: 'exportTab.copied', values: { format: formatName } }),
      (error: unknown) => notify({ kind: 'error', key: 'exportTab.copyFailed', values: { reason: error instanceof Error ? error.message : String(error) } }),
    );
  };
  const download = () => {
    if (preview.kind === 'text') downloadBlob(preview.fileName, new Blob([preview.text], { type: `${preview.mediaType};charset=utf-8` }));
    else if (preview.kind === 'image') downloadBlob(preview.fileName, preview.blob);
    else return;
    notify({ kind: 'info', key: 'exportTab.downloaded', values: { file: preview.fileName } });
  };

  return (
    <div className="flex h-full flex-col gap-2">
      <section aria-label={t('share.section')} className="mb-2 border-b border-slate-200 pb-3">
        <p className="mb-1.5 text-xs text-slate-600">{t('share.hint')}</p>
        <ShareButton />
      </section>
      <ChoiceField label={t('exportTab.format')} value={choice.format}
        options={EXPORT_FORMATS.map((f) => ({ value: f, label: t(`exportTab.formats.${f}`) }))}
        onChange={(format) => setChoice({ format: format as ExportChoice['format'] })} />
      {views.length > 0 && (
        <ChoiceField label={t('exportTab.view')} value={views.includes(choice.view) ? choice.view : 'container'}
          options={views.map((v) => ({ value: v, label: t(`exportTab.views.${v}`) }))}
          onChange={(view) => setChoice({ view: view as ExportView })} />
      )}
      {isImage && (
        <fieldset className="mb-2">
          <legend className="text-xs font-medium text-slate-600">{t('exportTab.scope')}</legend>
          <div className="mt-0.5 flex gap-4 text-sm text-slate-800">
            {(['design', 'selection'] as const).map((scope) => (
              <label key={scope} className="flex items-center gap-1.5">
                <input type="radio" name="export-scope" checked={choice.scope === scope} onChange={() => setChoice({ scope })} />
                {t(`exportTab.scopes.${scope}`)}
              </label>
            ))}
          </div>
        </fieldset>
      )}
      {choice.format === 'markdown' && (
        <Button className="self-start" onClick={() => openDecisions(true)}>
          {t('exportTab.decisions')}
        </Button>
      )}
      <div className="flex items-center gap-2">
        <Button onClick={copy} disabled={!ready}>
          {t('exportTab.copy')}
        </Button>
        <Button variant="primary" onClick={download} disabled={!ready}>
          {t('exportTab.download')}
        </Button>
      </div>
      {ready && <p className="truncate text-xs text-slate-600">{t('exportTab.fileName', { file: preview.fileName })}</p>}
      <PreviewBox preview={preview} />
    </div>
  );
}

function PreviewBox({ preview }: { preview: ExportPreview }) {
  const t = useT();
  switch (preview.kind) {
    case 'text':
      return (
        <section aria-label={t('exportTab.preview')} className="flex min-h-0 flex-1 flex-col">
          <p className="text-xs text-slate-500">{t('exportTab.lines', { count: preview.text.split('\n').length - (preview.text.endsWith('\n') ? 1 : 0) })}</p>
          <pre tabIndex={0} className="min-h-48 flex-1 overflow-auto rounded border border-slate-200 bg-slate-50 p-2 font-mono text-[11px] leading-snug whitespace-pre text-slate-800">
            {preview.text}
          </pre>
        </section>
      );
    case 'image':
      return (
        <section aria-label={t('exportTab.preview')} className="min-h-0 flex-1 overflow-auto">
          <p className="text-xs text-slate-500">{t('exportTab.size', { width: preview.width, height: preview.height })}</p>
          <img src={preview.url} alt={t('exportTab.imagePreview')} className="mt-1 max-w-full rounded border border-slate-200" />
        </section>
      );
    case 'pending':
      return <p role="status" className="text-sm text-slate-600">{t('exportTab.rendering')}</p>;
    case 'nothing':
      return <p className="text-sm text-slate-600">{t(`exportTab.${preview.reason}`)}</p>;
    case 'error':
      return <p role="alert" className="text-sm text-red-700">{t('exportTab.failed', { reason: preview.message })}</p>;
  }
}
