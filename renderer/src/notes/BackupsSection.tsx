/** Settings: the notes backups, newest first, each restorable (after a confirmation). */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupEntry } from '../../../core/notes/contract';
import type { ApiError } from '../../../core/errors';
import { callHost } from '../api/host';
import { ErrorState } from '../components/StatusMessage';
import { notesChanged } from './notesEvents';
import './notes.css';

export function BackupsSection() {
  const { t, i18n } = useTranslation();
  const [backups, setBackups] = useState<BackupEntry[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [message, setMessage] = useState('');
  const load = useCallback(async () => {
    const result = await callHost('backup:list');
    if (result.ok) setBackups(result.value.backups);
    else setError(result.error);
  }, []);
  useEffect(() => void load(), [load]);
  const format = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'id-ID', { dateStyle: 'medium', timeStyle: 'medium' });
  const number = new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'id-ID', { maximumFractionDigits: 1 });
  return (
    <section className="setting" aria-labelledby="backups-title">
      <h2 id="backups-title">{t('notes.backupsTitle')}</h2>
      <p className="hint">{t('notes.backupsHelp')}</p>
      {error ? <ErrorState error={error} /> : null}
      {backups && backups.length === 0 ? <p className="hint">{t('notes.backupsEmpty')}</p> : null}
      <ul className="backups-list">
        {(backups ?? []).map((b) => {
          const date = format.format(new Date(b.savedAt));
          return (
            <li key={b.name}>
              <span>{t('notes.backupEntry', { date, size: number.format(b.size / 1024) })}</span>
              <button
                type="button"
                className="button"
                onClick={async () => {
                  if (!window.confirm(t('notes.restoreConfirm', { date }))) return;
                  const result = await callHost('backup:restore', { name: b.name });
                  if (!result.ok) return setError(result.error);
                  setError(null);
                  setMessage(t('notes.restored', { count: result.value.records }));
                  notesChanged();
                  void load();
                }}
              >
                {t('notes.restore')}
              </button>
            </li>
          );
        })}
      </ul>
      <p role="status">{message}</p>
    </section>
  );
}
