import { Button } from '../primitives/Button';
import { Modal } from '../primitives/Modal';
import { useT } from '../i18n';

export function ConfirmDialog({ message, onConfirm, onCancel }: { message: string; onConfirm: () => void; onCancel: () => void }) {
  const t = useT();
  return (
    <Modal
      role="alertdialog"
      title={t('library.confirm')}
      onClose={onCancel}
      footer={
        <>
          <Button onClick={onCancel} autoFocus>
            {t('library.cancel')}
          </Button>
          <Button variant="danger" onClick={onConfirm}>
            {t('library.delete')}
          </Button>
        </>
      }
    >
      <p className="text-sm">{message}</p>
    </Modal>
  );
}
