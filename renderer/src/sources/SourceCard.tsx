/**
 * One library source: its facts (kind, location, documents, last indexed, status, problems), and
 * for a folder the things one can do with it: rename inline, turn on or off, re-index, cancel a
 * run, see its problems, remove it. A folder that cannot be reached says why and what to do.
 */
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../core/errors';
import type { SourceInfo } from '../../../core/sources/types';
import { callHost } from '../api/host';
import { formatCount, formatIndexedAt, localized } from './sourceFormat';
import { SourceProblemsPanel } from './SourceProblemsPanel';
import { SourceProgressView } from './SourceProgressView';

interface SourceCardProps {
  source: SourceInfo;
  onNotice(text: string): void;
  onError(error: ApiError | null): void;
  onChanged(): void;
  onRemove(source: SourceInfo): void;
}

export function SourceCard({ source, onNotice, onError, onChanged, onRemove }: SourceCardProps) {
  const { t, i18n } = useTranslation();
  const ids = useId();
  const [renaming, setRenaming] = useState(false);
  const [name, setName] = useState(source.name);
  const [showProblems, setShowProblems] = useState(false);
  const [nameMissing, setNameMissing] = useState(false);
  // The switch moves at once; it returns to the host's value if the host refuses.
  const [enabledShown, setEnabledShown] = useState<boolean | null>(null);
  useEffect(() => {
    if (enabledShown === source.enabled) setEnabledShown(null);
  }, [enabledShown, source.enabled]);
  const language = i18n.language;
  const editable = source.kind !== 'bundled';
  const statusKey = !source.enabled ? 'disabled' : source.status;

  /** Runs one action; a refusal is shown with the host's reason and nothing else changes. */
  const act = async <T,>(run: () => Promise<{ ok: true; value: T } | { ok: false; error: ApiError }>, done: (value: T) => string): Promise<boolean> => {
    onError(null);
    const result = await run();
    if (!result.ok) {
      onError(result.error);
      return false;
    }
    onNotice(done(result.value));
    onChanged();
    return true;
  };

  const saveName = (event: FormEvent) => {
    event.preventDefault();
    // Said here, in the field's own words, rather than as the host's refusal of an empty name.
    setNameMissing(name.trim() === '');
    if (name.trim() === '') return;
    void act(
      () => callHost('sources:rename', { id: source.id, name }),
      (value) => {
        setRenaming(false);
        return t('sources.renamed', { name: value.source.name });
      },
    );
  };

  return (
    <article className={`source-card source-${statusKey}`} aria-labelledby={`${ids}-name`}>
      <header className="source-card-header">
        <h2 id={`${ids}-name`} className={renaming ? 'visually-hidden' : undefined}>
          {source.name}
        </h2>
        {renaming ? (
          <form className="source-rename" onSubmit={saveName}>
            <label htmlFor={`${ids}-rename`}>{t('sources.renameLabel')}</label>
            <input
              id={`${ids}-rename`}
              type="text"
              value={name}
              maxLength={80}
              autoFocus
              aria-invalid={nameMissing || undefined}
              aria-describedby={nameMissing ? `${ids}-rename-error` : undefined}
              onChange={(event) => setName(event.target.value)}
              onKeyDown={(event) => {
                if (event.key !== 'Escape') return;
                event.preventDefault();
                setRenaming(false);
                setName(source.name);
              }}
            />
            <button type="submit" className="button button-primary">
              {t('sources.renameSave')}
            </button>
            <button
              type="button"
              className="button"
              onClick={() => {
                setRenaming(false);
                setName(source.name);
                setNameMissing(false);
              }}
            >
              {t('sources.cancel')}
            </button>
            {nameMissing ? (
              <p className="field-error source-rename-error" id={`${ids}-rename-error`}>
                {t('sources.renameEmpty')}
              </p>
            ) : null}
          </form>
        ) : null}
        <span className={`source-status source-status-${statusKey}`}>{t(`sources.status.${statusKey}`)}</span>
      </header>
      <dl className="source-facts">
        <div>
          <dt>{t('sources.kind')}</dt>
          <dd>{t(`sources.kinds.${source.kind}`)}</dd>
        </div>
        <div>
          <dt>{t('sources.root')}</dt>
          <dd>{source.root ? <code className="source-root">{source.root}</code> : t('sources.rootBundled')}</dd>
        </div>
        <div>
          <dt>{t('sources.documents')}</dt>
          <dd>{formatCount(source.documentCount, language)}</dd>
        </div>
        {editable ? (
          <>
            <div>
              <dt>{t('sources.indexedAt')}</dt>
              <dd>{source.indexedAt ? formatIndexedAt(source.indexedAt, language) : t('sources.neverIndexed')}</dd>
            </div>
            <div>
              <dt>{t('sources.problemCountLabel')}</dt>
              <dd>{formatCount(source.problemCount, language)}</dd>
            </div>
          </>
        ) : null}
      </dl>
      {source.status === 'missing' || source.status === 'error' ? (
        <div className="source-trouble" role="note">
          <p className="source-trouble-title">{t(source.status === 'missing' ? 'sources.missingTitle' : 'sources.errorTitle')}</p>
          {source.error ? <p>{localized(source.error, language)}</p> : null}
          <p>{t(source.status === 'missing' ? 'sources.missingHelp' : 'sources.errorHelp')}</p>
        </div>
      ) : null}
      {source.status === 'indexing' ? (
        <SourceProgressView
          name={source.name}
          progress={source.progress}
          onCancel={() =>
            void act(
              () => callHost('sources:cancel', { id: source.id }),
              () => t('sources.progressCancelled', { name: source.name }),
            )
          }
        />
      ) : null}
      {editable ? (
        <div className="source-actions">
          <label className="source-switch">
            <input
              type="checkbox"
              role="switch"
              checked={enabledShown ?? source.enabled}
              onChange={(event) => {
                const enabled = event.target.checked;
                setEnabledShown(enabled);
                void act(
                  () => callHost('sources:setEnabled', { id: source.id, enabled }),
                  (value) => t(enabled ? 'sources.enabledOn' : 'sources.enabledOff', { name: value.source.name }),
                ).then((ok) => {
                  if (!ok) setEnabledShown(null);
                });
              }}
            />
            <span>{t('sources.enabledLabel')}</span>
          </label>
          {!renaming ? (
            <button
              type="button"
              className="button"
              onClick={() => {
                setName(source.name);
                setRenaming(true);
              }}
            >
              {t('sources.rename')}
            </button>
          ) : null}
          <button
            type="button"
            className="button"
            disabled={source.status === 'indexing'}
            onClick={() =>
              void act(
                () => callHost('sources:reindex', { id: source.id }),
                () => t('sources.reindexStarted', { name: source.name }),
              )
            }
          >
            {t('sources.reindex')}
          </button>
          <button type="button" className="button" aria-expanded={showProblems} aria-controls={showProblems ? `${ids}-problems` : undefined} onClick={() => setShowProblems((v) => !v)}>
            {showProblems ? t('sources.problemsHide') : source.problemCount > 0 ? t('sources.problemsShow', { count: source.problemCount }) : t('sources.problemsShowNone')}
          </button>
          <button type="button" className="button button-danger-quiet" onClick={() => onRemove(source)}>
            {t('sources.remove')}
          </button>
        </div>
      ) : (
        <p className="hint">{t('sources.readOnly')}</p>
      )}
      {editable && showProblems ? <SourceProblemsPanel source={source} id={`${ids}-problems`} /> : null}
    </article>
  );
}
