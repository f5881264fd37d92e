/**
 * "Hapus sumber?": a modal that says plainly what removing does and does not do (the files on
 * disk stay, notes stay) before anything happens. Cancel is the default button.
 */
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { SourceInfo } from '../../../core/sources/types';

interface RemoveSourceDialogProps {
  source: SourceInfo | null;
  busy: boolean;
  onConfirm(source: SourceInfo): void;
  onClose(): void;
}

export function RemoveSourceDialog({ source, busy, onConfirm, onClose }: RemoveSourceDialogProps) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const ids = useId();
  useEffect(() => {
    const element = dialog.current;
    if (source && element && !element.open) element.showModal();
    else if (!source && element?.open) element.close();
  }, [source]);
  return (
    <dialog ref={dialog} className="source-dialog" aria-labelledby={`${ids}-title`} aria-describedby={`${ids}-body`} onClose={onClose}>
      {source ? (
        <>
          <h2 id={`${ids}-title`}>{t('sources.removeTitle', { name: source.name })}</h2>
          <div id={`${ids}-body`}>
            <p>{t('sources.removeFiles', { root: source.root ?? '' })}</p>
            <p>{t('sources.removeDocuments')}</p>
            <p>{t('sources.removeNotes')}</p>
          </div>
          <div className="source-dialog-actions">
            <button type="button" className="button" onClick={onClose} autoFocus>
              {t('sources.cancel')}
            </button>
            <button type="button" className="button button-danger" disabled={busy} onClick={() => onConfirm(source)}>
              {t('sources.removeConfirm')}
            </button>
          </div>
        </>
      ) : null}
    </dialog>
  );
}
