/**
 * Export (Markdown, JSON) and import (JSON). The host makes the file's content; the page hands it
 * over as a download, which Electron turns into a save dialog and a browser into a download, so
 * one flow works in both. "Satu berkas per dokumen" arrives as a base64 zip and leaves the same way. Import checks the chosen file here (size, then content, with the same
 * rules as the host) and sends its text to the host, which checks it again before merging.
 */
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { makeApiError, type ApiError } from '../../../core/errors';
import { IMPORT_FILE_BYTES, parseNotesImport, tooLargeImport, type ParsedImport } from '../../../core/notes/mergeImport';
import { callHost } from '../api/host';
import { ErrorState } from '../components/StatusMessage';

type ParsedRefusal = Extract<ParsedImport, { ok: false }>;

export function NotesTransfer({ onImported }: { onImported(): void }) {
  const { t, i18n } = useTranslation();
  const [message, setMessage] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  function offer(blob: Blob, fileName: string) {
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    setError(null);
    setMessage(t('notes.exported', { file: fileName }));
  }

  async function exportAs(format: 'markdown' | 'json') {
    const result = await callHost('notes:export', { format });
    if (!result.ok) return setError(result.error);
    offer(new Blob([result.value.content], { type: `${result.value.mimeType};charset=utf-8` }), result.value.fileName);
  }

  async function exportPerDocument() {
    const result = await callHost('notes:exportPerDocument', {});
    if (!result.ok) return setError(result.error);
    const bytes = Uint8Array.from(atob(result.value.base64), (c) => c.charCodeAt(0));
    offer(new Blob([bytes], { type: result.value.mimeType }), result.value.fileName);
  }

  function refuse(messages: ParsedRefusal['messages']) {
    setMessage('');
    setError(makeApiError('import_invalid', i18n.language === 'en' ? 'en' : 'id', messages));
  }

  async function importFile(file: File) {
    // Checked here first so a wrong file is refused in plain words before it is read or sent.
    if (file.size > IMPORT_FILE_BYTES) return refuse(tooLargeImport(file.size).messages);
    let text: string;
    try {
      text = await file.text();
    } catch {
      setError(null);
      setMessage(t('notes.importUnreadable'));
      return;
    }
    const checked = parseNotesImport(text, new Date().toISOString());
    if (!checked.ok) return refuse(checked.messages);
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
        <button type="button" className="button" onClick={() => void exportPerDocument()}>
          {t('notes.exportPerDocument')}
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
