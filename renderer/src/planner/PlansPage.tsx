/**
 * Every replication plan: status, progress, the next deadline, overdue tasks and the practice it
 * replicates. New plans start empty here, or pre-filled from a practice profile.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { ApiError } from '../../../core/errors';
import type { PlanSummary } from '../../../core/planner/contract';
import { callHost } from '../api/host';
import { useHostCall } from '../api/useHostCall';
import { EmptyState, ErrorState, Loading } from '../components/StatusMessage';
import { localeFor } from '../i18n';
import { formatPlanDate } from './planDates';
import './planner.css';

export function PlansPage() {
  const { t } = useTranslation();
  const [version, setVersion] = useState(0);
  const listing = useHostCall('planner:list', undefined, String(version));
  const [error, setError] = useState<ApiError | null>(null);
  const [notice, setNotice] = useState('');
  const navigate = useNavigate();

  const create = async () => {
    setError(null);
    const result = await callHost('planner:create', {});
    if (result.ok) void navigate(`/rencana/${result.value.id}`);
    else setError(result.error);
  };

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    setError(null);
    setNotice('');
    const result = await callHost('planner:import', { json: await file.text() });
    if (!result.ok) return setError(result.error);
    setNotice(t('planner.imported', { ...result.value.report }));
    setVersion((v) => v + 1);
  };

  return (
    <div className="page planner-page">
      <header className="page-header">
        <h1>{t('planner.title')}</h1>
        <p className="page-intro">{t('planner.intro')}</p>
      </header>
      <div className="planner-toolbar">
        <button type="button" className="button-primary" onClick={() => void create()}>
          {t('planner.create')}
        </button>
        <label className="button planner-import">
          {t('planner.import')}
          <input type="file" accept=".json,application/json" className="visually-hidden" onChange={(e) => void importFile(e.target.files?.[0]).finally(() => (e.target.value = ''))} />
        </label>
      </div>
      {error ? <ErrorState error={error} /> : null}
      {notice ? <p role="status" className="planner-notice">{notice}</p> : null}
      {listing.status === 'loading' ? <Loading /> : null}
      {listing.status === 'error' ? <ErrorState error={listing.error} /> : null}
      {listing.status === 'ready' && listing.value.plans.length === 0 ? <EmptyState title={t('planner.empty')} /> : null}
      {listing.status === 'ready' && listing.value.plans.length > 0 ? <PlanTable plans={listing.value.plans} /> : null}
    </div>
  );
}

function PlanTable({ plans }: { plans: PlanSummary[] }) {
  const { t, i18n } = useTranslation();
  const percent = (value: number) => new Intl.NumberFormat(localeFor(i18n.language), { style: 'percent' }).format(value / 100);
  return (
    <table className="planner-table" aria-label={t('planner.listLabel')}>
      <thead>
        <tr>
          <th scope="col">{t('planner.columns.plan')}</th>
          <th scope="col">{t('planner.columns.practice')}</th>
          <th scope="col">{t('planner.columns.status')}</th>
          <th scope="col">{t('planner.columns.progress')}</th>
          <th scope="col">{t('planner.columns.next')}</th>
        </tr>
      </thead>
      <tbody>
        {plans.map((plan) => (
          <tr key={plan.id}>
            <th scope="row">
              <Link to={`/rencana/${plan.id}`}>{plan.title}</Link>
              {plan.recipient ? <small className="planner-muted"> · {plan.recipient}</small> : null}
            </th>
            <td>{plan.practice ? <Link to={`/dokumen/${plan.practice.doc}`}>{plan.practice.title}</Link> : <span className="planner-muted">{t('planner.noPractice')}</span>}</td>
            <td>{t(`planner.planStatus.${plan.status}`)}</td>
            <td>
              <progress max={100} value={plan.progress.percent} aria-label={t('planner.columns.progress')} /> {percent(plan.progress.percent)}
            </td>
            <td>
              {plan.progress.nextDeadline ? `${formatPlanDate(plan.progress.nextDeadline.date, i18n.language)} · ${plan.progress.nextDeadline.title}` : '–'}
              {plan.progress.overdue.length ? <strong className="planner-overdue"> {t('planner.overdue', { count: plan.progress.overdue.length })}</strong> : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
