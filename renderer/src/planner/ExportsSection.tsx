/** The plan's documents: Word (to edit and sign), PDF (print), Markdown, a one-page summary, a KIPP outline and JSON to share. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ApiError } from '../../../core/errors';
import type { PLAN_EXPORT_FORMATS } from '../../../core/planner/contract';
import type { Plan } from '../../../core/planner/schema';
import { callHost } from '../api/host';
import { ErrorState } from '../components/StatusMessage';
import { downloadExport } from './planFiles';
import { PlanSection } from './planSection';

type Format = (typeof PLAN_EXPORT_FORMATS)[number];

export function ExportsSection({ id, plan, flush }: { id: string; plan: Plan; flush: () => Promise<void> }) {
  const { t, i18n } = useTranslation();
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState('');
  const make = async (format: Format) => {
    setError(null);
    setDone('');
    await flush();
    const result = await callHost('planner:export', { id: plan.id, format, language: i18n.language === 'en' ? 'en' : 'id' });
    if (!result.ok) return setError(result.error);
    downloadExport(result.value);
    setDone(t('planner.exports.done', { file: result.value.fileName }));
  };
  const button = (format: Format, label: string, primary = false) => (
    <button type="button" className={primary ? 'button-primary' : undefined} onClick={() => void make(format)}>
      {label}
    </button>
  );
  return (
    <PlanSection id={id} title={t('planner.exports.title')} lead={t('planner.exports.lead')}>
      <div className="planner-toolbar">
        {button('docx', t('planner.exports.docx'), true)}
        <Link className="button" to={`/cetak/rencana/${plan.id}`} onClick={() => void flush()}>
          {t('planner.exports.pdf')}
        </Link>
        {button('markdown', t('planner.exports.markdown'))}
        {button('summary', t('planner.exports.summary'))}
        {button('kipp', t('planner.exports.kipp'))}
        {button('json', t('planner.exports.json'))}
      </div>
      {done ? <p role="status" className="planner-notice">{done}</p> : null}
      {error ? <ErrorState error={error} /> : null}
    </PlanSection>
  );
}
