import type { MessageKey } from '../../core';
import { useArch } from '../../store';
import { Button } from '../primitives/Button';
import { Modal } from '../primitives/Modal';
import { useT } from '../i18n';

const SHORTCUTS: readonly [keys: string, action: MessageKey][] = [
  ['Ctrl+Z', 'help.undo'],
  ['Ctrl+Shift+Z, Ctrl+Y', 'help.redo'],
  ['Ctrl+A', 'help.selectAll'],
  ['Shift / Ctrl + click', 'help.multiSelect'],
  ['Shift + drag', 'help.boxSelect'],
  ['Delete, Backspace', 'help.delete'],
  ['Escape', 'help.escape'],
  ['← ↑ → ↓', 'help.nudge'],
  ['Shift + ← ↑ → ↓', 'help.nudgeFine'],
  ['Ctrl+C', 'help.copy'],
  ['Ctrl+X', 'help.cut'],
  ['Ctrl+V', 'help.paste'],
  ['Ctrl+D', 'help.duplicate'],
  ['Ctrl+K', 'help.find'],
  ['Enter', 'help.add'],
  ['?', 'help.help'],
];

/** The list of keyboard shortcuts, opened with ? or the toolbar. */
export function HelpDialog() {
  const t = useT();
  const open = useArch((s) => s.canvasDialog === 'help');
  const close = useArch((s) => s.setCanvasDialog);
  if (!open) return null;
  return (
    <Modal title={t('help.title')} onClose={() => close(null)} footer={<Button onClick={() => close(null)} autoFocus>{t('help.close')}</Button>}>
      <table className="w-full text-sm">
        <thead>
          <tr className="text-left text-xs text-slate-500">
            <th scope="col" className="pb-1">{t('help.keys')}</th>
            <th scope="col" className="pb-1">{t('help.action')}</th>
          </tr>
        </thead>
        <tbody>
          {SHORTCUTS.map(([keys, action]) => (
            <tr key={action} className="border-t border-slate-100">
              <td className="py-1 pr-3 font-mono text-xs whitespace-nowrap">{keys}</td>
              <td className="py-1">{t(action)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Modal>
  );
}
