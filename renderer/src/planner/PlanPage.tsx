/**
 * One replication plan, edited in place and saved as you go: actors and model, the fit
 * assessment, the action plan by stage, its timeline, indicators and the documents to hand over.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { planProgress, localToday } from '../../../core/planner/planProgress';
import { PLAN_STATUSES, type Plan } from '../../../core/planner/schema';
import { callHost } from '../api/host';
import { useHostCall } from '../api/useHostCall';
import { ErrorState, Loading } from '../components/StatusMessage';
import { ActorsSection } from './ActorsSection';
import { ExportsSection } from './ExportsSection';
import { FitSection } from './FitSection';
import { IndicatorsSection } from './IndicatorsSection';
import { TasksSection } from './TasksSection';
import { TimelineSection } from './TimelineSection';
import { usePlanEditor } from './usePlanEditor';
import './planner.css';

const SECTIONS = ['pelaku', 'kecocokan', 'rencana-aksi', 'linimasa', 'indikator', 'dokumen'] as const;

export function PlanPage() {
  const { id = '' } = useParams();
  const loaded = useHostCall('planner:get', { id }, id);
  if (loaded.status === 'loading') return <Loading />;
  if (loaded.status === 'error') return <ErrorState error={loaded.error} />;
  return <PlanEditorView key={id} initial={loaded.value} />;
}

function PlanEditorView({ initial }: { initial: Plan }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const editor = usePlanEditor(initial);
  const { plan, change } = editor;
  const [notice, setNotice] = useState('');
  const progress = planProgress(plan, localToday());
  const sectionTitle: Record<(typeof SECTIONS)[number], string> = {
    pelaku: t('planner.actors.title'),
    kecocokan: t('planner.fit.title'),
    'rencana-aksi': t('planner.tasks.title'),
    linimasa: t('planner.timeline.title'),
    indikator: t('planner.indicators.title'),
    dokumen: t('planner.exports.title'),
  };

  const remove = async () => {
    if (!window.confirm(t('planner.confirmDelete', { title: plan.title }))) return;
    await editor.flush();
    const result = await callHost('planner:delete', { id: plan.id });
    if (result.ok) void navigate('/rencana');
  };

  return (
    <div className="page planner-page">
      <p className="document-nav">
        <Link to="/rencana" className="back-link">
          {t('planner.back')}
        </Link>
      </p>
      <header className="page-header planner-header">
        <h1>{plan.title || t('planner.title')}</h1>
        <div className="planner-fields planner-fields-head">
          <label>
            {t('planner.fieldTitle')}
            <input required maxLength={200} value={plan.title} onChange={(e) => change((p) => ({ ...p, title: e.target.value }))} />
          </label>
          <label>
            {t('planner.fieldStatus')}
            <select value={plan.status} onChange={(e) => change((p) => ({ ...p, status: e.target.value as Plan['status'] }))}>
              {PLAN_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`planner.planStatus.${s}`)}
                </option>
              ))}
            </select>
          </label>
        </div>
        <p className="planner-progress-line">
          <progress max={100} value={progress.percent} aria-label={t('planner.columns.progress')} /> {t('planner.tasks.count', { done: progress.done, total: progress.total })}
          {progress.overdue.length ? <strong className="planner-overdue"> · {t('planner.overdue', { count: progress.overdue.length })}</strong> : null}
        </p>
        <div className="planner-toolbar">
          <span className={`planner-save planner-save-${editor.saveState}`} role="status">
            {editor.saveState === 'saving' || editor.saveState === 'pending' ? t('planner.saving') : editor.saveState === 'saved' ? t('planner.saved') : ''}
          </span>
          <button type="button" onClick={() => void editor.undo().then((undone) => setNotice(t(undone ? 'planner.undone' : 'planner.nothingToUndo')))}>
            {t('planner.undo')}
          </button>
          <button type="button" className="button-danger" onClick={() => void remove()}>
            {t('planner.delete')}
          </button>
        </div>
        {notice ? <p className="planner-notice" role="status">{notice}</p> : null}
        {editor.error ? <ErrorState error={editor.error} /> : null}
      </header>
      <nav className="planner-sections" aria-label={t('planner.sections')}>
        <ul>
          {SECTIONS.map((s) => (
            <li key={s}>
              <a href={`#${s}`} onClick={(e) => {
                e.preventDefault();
                document.getElementById(s)?.scrollIntoView({ block: 'start' });
                document.getElementById(s)?.querySelector<HTMLElement>('h2')?.focus();
              }}>
                {sectionTitle[s]}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <ActorsSection id="pelaku" plan={plan} change={change} />
      <FitSection id="kecocokan" plan={plan} change={change} />
      <TasksSection id="rencana-aksi" plan={plan} change={change} />
      <TimelineSection id="linimasa" plan={plan} />
      <IndicatorsSection id="indikator" plan={plan} change={change} />
      <ExportsSection id="dokumen" plan={plan} flush={editor.flush} />
    </div>
  );
}
