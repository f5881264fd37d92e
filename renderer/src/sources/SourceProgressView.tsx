/** A running index: "n dari N berkas", the file being read, the time left, and a way to stop it. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { SourceProgress } from '../../../core/sources/types';
import { formatCount, formatTimeLeft } from './sourceFormat';

interface SourceProgressViewProps {
  name: string;
  progress: SourceProgress | undefined;
  onCancel(): void;
}

export function SourceProgressView({ name, progress, onCancel }: SourceProgressViewProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const language = i18n.language;
  const counting = !progress || progress.total === 0 || progress.phase === 'scanning';
  const files = counting ? t('sources.progressScanning') : t('sources.progressFiles', { done: formatCount(progress.done, language), total: formatCount(progress.total, language) });
  return (
    <div className="source-progress">
      {/* No value while the files are still being counted: an indeterminate bar, not a false 0 %. */}
      <progress
        aria-labelledby={`${id}-label`}
        aria-valuetext={files}
        max={counting ? undefined : progress.total}
        value={counting ? undefined : Math.min(progress.done, progress.total)}
      />
      <span className="visually-hidden" id={`${id}-label`}>
        {t('sources.progressLabel', { name })}
      </span>
      <div className="source-progress-text">
        <p className="source-progress-files">{files}</p>
        {progress?.currentFile ? (
          <p className="source-progress-file">
            {t('sources.progressCurrent', { file: progress.currentFile })}
          </p>
        ) : null}
        {progress?.etaMs !== undefined && !counting ? <p>{t('sources.progressTimeLeft', { time: formatTimeLeft(progress.etaMs, language) })}</p> : null}
      </div>
      <button type="button" className="button" onClick={onCancel}>
        {t('sources.progressCancel')}
      </button>
    </div>
  );
}
