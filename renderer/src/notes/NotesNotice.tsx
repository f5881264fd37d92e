/**
 * Tells the user what happened to the notes file at start (recovered, damaged journal, read-only,
 * imported) and, for as long as it lasts, that notes cannot be saved and why. That banner cannot
 * be dismissed: it goes away by itself once saving works again.
 */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NotesStartupNotice, NotesStatus } from '../../../core/notes/status';
import { callHost, STORAGE_TROUBLE_EVENT } from '../api/host';
import './notes.css';

const RECHECK_MS = 5_000;

function useNotesStatus(): NotesStatus | null {
  const [status, setStatus] = useState<NotesStatus | null>(null);
  const refresh = useCallback(() => {
    void callHost('notes:status').then((result) => {
      if (result.ok) setStatus(result.value);
    });
  }, []);
  useEffect(() => {
    refresh();
    window.addEventListener(STORAGE_TROUBLE_EVENT, refresh);
    return () => window.removeEventListener(STORAGE_TROUBLE_EVENT, refresh);
  }, [refresh]);
  const unavailable = status?.unavailable !== null && status?.unavailable !== undefined;
  useEffect(() => {
    if (!unavailable) return;
    const timer = window.setInterval(refresh, RECHECK_MS);
    return () => window.clearInterval(timer);
  }, [unavailable, refresh]);
  return status;
}

function noticeText(t: (key: string, values?: Record<string, unknown>) => string, notice: NotesStartupNotice, language: 'id' | 'en'): string {
  switch (notice.kind) {
    case 'newer-version':
      return t('notes.readOnly', { fileVersion: notice.fileVersion, appVersion: notice.appVersion });
    case 'imported-progress':
      return t('notes.importedProgress', { count: notice.records });
    case 'journal-damaged':
      return t('notes.journalDamaged', { count: notice.damaged, copiedTo: notice.copiedTo });
    case 'recovered':
      return notice.restoredFrom
        ? t('notes.recovered', { reason: notice.reason[language], movedTo: notice.movedTo, count: notice.restoredRecords })
        : t('notes.recoveredEmpty', { reason: notice.reason[language], movedTo: notice.movedTo });
    case 'file-recovered':
      return t(notice.restoredFrom ? 'notes.fileRecovered' : 'notes.fileRecoveredEmpty', { file: notice.file, reason: notice.reason[language], movedTo: notice.movedTo });
  }
}

export function NotesNotice() {
  const { t, i18n } = useTranslation();
  const status = useNotesStatus();
  const [dismissed, setDismissed] = useState(false);
  if (!status) return null;
  const language = i18n.language === 'en' ? 'en' : 'id';
  const notices = dismissed ? status.notices.filter((n) => n.kind === 'newer-version') : status.notices;
  return (
    <>
      {status.unavailable ? (
        <div className="notes-notice notes-notice-blocking" role="alert" data-testid="notes-unavailable">
          <p>
            {t(status.unavailable.reason === 'locked' ? 'notes.lockedBanner' : 'notes.unavailableBanner', {
              reason: status.unavailable.message[language],
              folder: status.filePath,
            })}
          </p>
        </div>
      ) : null}
      {notices.length > 0 ? (
        <div className="notes-notice" role={notices.every((n) => n.kind === 'imported-progress') ? 'status' : 'alert'}>
          <div>
            {notices.map((notice) => (
              <p key={notice.kind + ('file' in notice ? notice.file : '')}>{noticeText(t, notice, language)}</p>
            ))}
          </div>
          {notices.some((n) => n.kind !== 'newer-version') ? (
            <button type="button" className="link-button" onClick={() => setDismissed(true)}>
              {t('notes.dismiss')}
            </button>
          ) : null}
        </div>
      ) : null}
    </>
  );
}
