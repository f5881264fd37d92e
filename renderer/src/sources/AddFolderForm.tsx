/**
 * Adding a folder. In Electron the host shows the native folder picker (`sources:addFolder` with
 * no path; cancelling it changes nothing). Where the host cannot pick (the test harness, the web
 * preview) the user types the folder's location instead.
 */
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../core/errors';
import type { SourceInfo } from '../../../core/sources/types';
import { callHost } from '../api/host';

interface AddFolderFormProps {
  /** False where the host has no native folder picker. */
  canPick: boolean;
  onAdded(source: SourceInfo): void;
  onError(error: ApiError | null): void;
}

export function AddFolderForm({ canPick, onAdded, onError }: AddFolderFormProps) {
  const { t } = useTranslation();
  const [path, setPath] = useState('');
  const [busy, setBusy] = useState(false);
  const [missingPath, setMissingPath] = useState(false);
  const ids = useId();

  const add = async (input: { path?: string }) => {
    setBusy(true);
    onError(null);
    const result = await callHost('sources:addFolder', input);
    setBusy(false);
    if (!result.ok) return onError(result.error);
    if (result.value.cancelled || !result.value.source) return;
    setPath('');
    onAdded(result.value.source);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const typed = path.trim();
    setMissingPath(typed === '');
    if (typed) void add({ path: typed });
  };

  return (
    <section className="setting source-add" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`}>{t('sources.addTitle')}</h2>
      <p className="hint">{t('sources.addHelp')}</p>
      {canPick ? (
        <button type="button" className="button button-primary" disabled={busy} onClick={() => void add({})}>
          {busy ? t('sources.addBusy') : t('sources.addChoose')}
        </button>
      ) : (
        <form className="source-add-form" onSubmit={submit} noValidate>
          <label htmlFor={`${ids}-path`}>{t('sources.addPathLabel')}</label>
          <p className="hint" id={`${ids}-hint`}>
            {t('sources.addPathHint')}
          </p>
          <div className="source-add-row">
            <input
              id={`${ids}-path`}
              type="text"
              value={path}
              spellCheck={false}
              autoComplete="off"
              aria-describedby={`${ids}-hint${missingPath ? ` ${ids}-missing` : ''}`}
              aria-invalid={missingPath || undefined}
              onChange={(event) => setPath(event.target.value)}
            />
            <button type="submit" className="button button-primary" disabled={busy}>
              {busy ? t('sources.addBusy') : t('sources.addSubmit')}
            </button>
          </div>
          {missingPath ? (
            <p className="field-error" id={`${ids}-missing`}>
              {t('sources.addPathRequired')}
            </p>
          ) : null}
        </form>
      )}
    </section>
  );
}
