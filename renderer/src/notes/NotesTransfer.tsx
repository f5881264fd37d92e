/**
 * Export (Markdown, JSON) and import (JSON). The host makes the file's content; the page hands it
 * over as a download, which Electron turns into a save dialog and a browser into a download, so
 * one flow works in both. Import reads the chosen file here and sends its text to the host.
 */
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../core/errors';
import { callHost } from '../api/host';
import { ErrorState } from '../components/StatusMessage';

export function NotesTransfer({ onImported }: { onImported(): void }) {
  const { t } = useTranslation();
  const [message, setMessage] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  async function exportAs(format: 'markdown' | 'json') {
    const result = await callHost('notes:export', { format });
    if (!result.ok) return setError(result.error);
    const url = URL.createObjectURL(new Blob([result.value.content], { type: `${result.value.mimeType};charset=utf-8` }));
    const link = document.createElement('a');
    link.href = url;
    link.download = result.value.fileName;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    setError(null);
    setMessage(t('notes.exported', { file: result.value.fileName }));
  }

  async function importFile(file: File) {
    let text: string;
    try {
      text = await file.text();
    } catch {
      setMessage(t('notes.importUnreadable'));
      return;
    }
    const result = await callHost('notes:import', { text });
    if (!result.ok) {
      setMessage('');
      return setError(result.error);
    }
    setError(null);
    const { added, updated, skipped } = result.value;
    setMessage(t('notes.importReport', { added, updated, skipped }));
    onImported();
  }

  return (
    <section aria-labelledby="notes-transfer-title">
      <h2 id="notes-transfer-title" className="visually-hidden">
        {t('notes.exportTitle')}
      </h2>
      <div className="notes-export">
        <button type="button" className="button" onClick={() => void exportAs('markdown')}>
          {t('notes.exportMarkdown')}
        </button>
        <button type="button" className="button" onClick={() => void exportAs('json')}>
          {t('notes.exportJson')}
        </button>
        <button type="button" className="button" onClick={() => fileInput.current?.click()}>
          {t('notes.importJson')}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          className="visually-hidden"
          tabIndex={-1}
          aria-hidden="true"
          data-testid="notes-import-file"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) void importFile(file);
          }}
        />
        <span role="status">{message}</span>
      </div>
      {error ? <ErrorState error={error} /> : null}
    </section>
  );
}
