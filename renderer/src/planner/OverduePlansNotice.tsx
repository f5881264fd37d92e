/**
 * On the home page after start-up: how many plan tasks are past their deadline, with a link to the
 * plans. Shown once per app start (a working day, for most users) until dismissed; it writes nothing.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useHostCall } from '../api/useHostCall';
import './planner.css';

let dismissedThisRun = false;

export function OverduePlansNotice() {
  const { t } = useTranslation();
  const [dismissed, setDismissed] = useState(dismissedThisRun);
  const listing = useHostCall('planner:list', undefined, 'overdue');
  if (dismissed || listing.status !== 'ready') return null;
  const overdue = listing.value.plans.reduce((sum, plan) => sum + plan.progress.overdue.length, 0);
  if (overdue === 0) return null;
  return (
    <aside className="overdue-plans-notice" aria-label={t('planner.title')}>
      <p>{t('planner.overdueHome', { count: overdue })}</p>
      <Link to="/rencana">{t('planner.openPlans')}</Link>
      <button
        type="button"
        onClick={() => {
          dismissedThisRun = true;
          setDismissed(true);
        }}
      >
        {t('planner.dismiss')}
      </button>
    </aside>
  );
}
