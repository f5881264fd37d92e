/**
 * Every file of one source that could not be read, as `file:line: reason` in the UI language,
 * each with "Tampilkan di folder". Reloaded whenever the source's problem count or index changes.
 */
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../core/errors';
import type { SourceInfo, SourceProblem } from '../../../core/sources/types';
import { callHost } from '../api/host';
import { ErrorState, Loading } from '../components/StatusMessage';
import { joinRoot, localized, problemLocation } from './sourceFormat';

/** A folder with thousands of broken files stays readable; the rest are counted. */
const SHOWN_AT_MOST = 200;

const hiddenCount = (problems: SourceProblem[]) => Math.max(0, problems.length - SHOWN_AT_MOST);

export function SourceProblemsPanel({ source, id }: { source: SourceInfo; id: string }) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const [problems, setProblems] = useState<SourceProblem[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [notice, setNotice] = useState('');

  useEffect(() => {
    let alive = true;
    void callHost('sources:problems', { id: source.id }).then((result) => {
      if (!alive) return;
      if (result.ok) {
        setProblems(result.value.problems);
        setError(null);
      } else setError(result.error);
    });
    return () => {
      alive = false;
    };
  }, [source.id, source.problemCount, source.indexedAt]);

  const reveal = async (file: string) => {
    const result = await callHost('sources:revealFile', { id: source.id, file });
    if (!result.ok) return setError(result.error);
    setNotice(result.value.shown ? '' : t('sources.revealFailed', { path: joinRoot(source.root, file) }));
  };

  return (
    <section className="source-problems" id={id} aria-labelledby={titleId}>
      <h3 id={titleId}>{t('sources.problemsTitle', { name: source.name })}</h3>
      {error ? <ErrorState error={error} /> : null}
      {problems === null && !error ? <Loading /> : null}
      {problems && problems.length === 0 ? <p className="hint">{t('sources.problemsNone')}</p> : null}
      {problems && problems.length > 0 ? (
        <>
          <p className="hint">{t('sources.problemsHelp')}</p>
          <ul className="problem-list">
            {problems.slice(0, SHOWN_AT_MOST).map((problem, index) => (
              <li key={`${problem.file}:${problem.line ?? ''}:${index}`}>
                <p className="problem-text">
                  <code className="problem-where">{problemLocation(problem)}</code>: {localized(problem.message, i18n.language)}
                </p>
                <button type="button" className="button button-small" onClick={() => void reveal(problem.file)}>
                  {t('sources.reveal')}
                </button>
              </li>
            ))}
          </ul>
          {hiddenCount(problems) ? <p className="hint">{t('sources.problemsMore', { count: hiddenCount(problems) })}</p> : null}
        </>
      ) : null}
      <p role="status" className="source-notice">
        {notice}
      </p>
    </section>
  );
}
