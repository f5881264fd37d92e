/** Tells the user, once per start, what happened to the notes file: recovered, read-only, imported. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useHostCall } from '../api/useHostCall';
import './notes.css';

export function NotesNotice() {
  const { t } = useTranslation();
  const status = useHostCall('notes:status', undefined, 'status');
  const [dismissed, setDismissed] = useState(false);
  if (dismissed || status.status !== 'ready' || !status.value.notice) return null;
  const notice = status.value.notice;
  const text =
    notice.kind === 'newer-version'
      ? t('notes.readOnly', { fileVersion: notice.fileVersion, appVersion: notice.appVersion })
      : notice.kind === 'imported-progress'
        ? t('notes.importedProgress', { count: notice.records })
        : notice.restoredFrom
          ? t('notes.recovered', { reason: notice.reason, movedTo: notice.movedTo, count: notice.restoredRecords })
          : t('notes.recoveredEmpty', { reason: notice.reason, movedTo: notice.movedTo });
  return (
    <div className="notes-notice" role={notice.kind === 'imported-progress' ? 'status' : 'alert'}>
      <p>{text}</p>
      {notice.kind !== 'newer-version' ? (
        <button type="button" className="link-button" onClick={() => setDismissed(true)}>
          {t('notes.dismiss')}
        </button>
      ) : null}
    </div>
  );
}
