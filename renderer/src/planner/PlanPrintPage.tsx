/**
 * The plan as a printable page (A4), from the same report the Word and Markdown exports use, so
 * every output says the same thing. In Electron "Simpan PDF" prints it to a file; elsewhere the
 * browser's print dialog does.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { localToday } from '../../../core/planner/planProgress';
import { planReport, type ReportBlock } from '../../../core/planner/planReport';
import { callHost } from '../api/host';
import { useHostCall } from '../api/useHostCall';
import { ErrorState, Loading } from '../components/StatusMessage';
import './planner.css';

function Block({ block }: { block: ReportBlock }) {
  switch (block.kind) {
    case 'heading':
      return block.level === 1 ? <h1>{block.text}</h1> : block.level === 2 ? <h2>{block.text}</h2> : <h3>{block.text}</h3>;
    case 'paragraph':
      return <p>{block.text}</p>;
    case 'facts':
      return (
        <dl className="plan-print-facts">
          {block.rows.map(([k, v], i) => (
            <div key={`${k}-${i}`}>
              <dt>{k}</dt>
              <dd>{v}</dd>
            </div>
          ))}
        </dl>
      );
    case 'table':
      return block.rows.length ? (
        <table className="plan-print-table">
          <thead>
            <tr>{block.header.map((h) => <th key={h} scope="col">{h}</th>)}</tr>
          </thead>
          <tbody>
            {block.rows.map((row, i) => (
              <tr key={i}>{row.map((cell, j) => <td key={j}>{cell}</td>)}</tr>
            ))}
          </tbody>
        </table>
      ) : null;
    case 'list':
      return <ul>{block.items.map((item, i) => <li key={i}>{item}</li>)}</ul>;
    case 'signatures':
      return (
        <div className="plan-print-signatures">
          {block.blocks.map((b) => (
            <div key={b.role}>
              <strong>{b.role}</strong>
              <span className="plan-print-sign-line">{b.name || '………………………………'}</span>
            </div>
          ))}
        </div>
      );
  }
}

export function PlanPrintPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const loaded = useHostCall('planner:get', { id }, id);
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    if (loaded.status !== 'ready') return;
    document.title = `${loaded.value.title} — Pustaka Inovasi`;
    document.documentElement.dataset.printReady = '1';
    return () => void delete document.documentElement.dataset.printReady;
  }, [loaded]);
  if (loaded.status === 'loading') return <Loading />;
  if (loaded.status === 'error') return <ErrorState error={loaded.error} />;
  const plan = loaded.value;
  const blocks = planReport(plan, i18n.language === 'en' ? 'en' : 'id', localToday());
  const print = async () => {
    setPrinting(true);
    const result = await callHost('handout:savePdf', { route: `/cetak/rencana/${plan.id}`, fileName: `${plan.id.slice(0, 70)}.pdf` });
    setPrinting(false);
    if (!result.ok || (!result.value.saved && !result.value.cancelled)) window.print();
  };
  return (
    <main className="plan-print">
      <nav className="plan-print-controls" aria-label={t('planner.print.print')}>
        <Link to={`/rencana/${plan.id}`}>{t('planner.print.back')}</Link>
        <button type="button" className="button-primary" disabled={printing} onClick={() => void print()}>
          {t('planner.print.print')}
        </button>
      </nav>
      <article className="plan-print-page">
        {blocks.map((block, i) => <Block key={i} block={block} />)}
      </article>
    </main>
  );
}
