/** On a practice profile: start a replication plan from it, and how many plans already use it. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { ApiError } from '../../../core/errors';
import { callHost } from '../api/host';
import { useHostCall } from '../api/useHostCall';
import { ErrorState } from '../components/StatusMessage';

export function PlanReplicationAction({ practice }: { practice: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const listing = useHostCall('planner:list', undefined, practice);
  const [error, setError] = useState<ApiError | null>(null);
  const using = listing.status === 'ready' ? listing.value.plans.filter((p) => p.practice?.doc === practice).length : 0;
  const start = async () => {
    setError(null);
    const result = await callHost('planner:create', { practice });
    if (result.ok) void navigate(`/rencana/${result.value.id}`);
    else setError(result.error);
  };
  return (
    <div className="plan-replication-action">
      <button type="button" onClick={() => void start()}>
        {t('planner.fromPractice')}
      </button>
      {using > 0 ? <Link to="/rencana">{t('planner.usedBy', { count: using })}</Link> : null}
      {error ? <ErrorState error={error} /> : null}
    </div>
  );
}
