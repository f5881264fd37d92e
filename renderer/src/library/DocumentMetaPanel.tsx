import { useTranslation } from 'react-i18next';
import type { DocumentMeta } from '../../../core/content/schema';

export function DocumentMetaPanel({ meta }: { meta: DocumentMeta }) {
  const { t } = useTranslation();
  if (meta.type === 'practice') {
    const rows: [string, string][] = [
      [t('document.agency'), meta.agency],
      [t('document.region'), [meta.region.regency, meta.region.province].filter(Boolean).join(', ')],
      [t('document.year'), String(meta.year)],
      [t('document.sector'), meta.sector],
      [t('document.status'), t(`document.statusValues.${meta.status}`)],
    ];
    return <MetaList rows={rows} />;
  }
  if (meta.type === 'seminar') {
    return <MetaList rows={[[t('document.event'), `${meta.event.name} · ${meta.event.place} · ${meta.event.date}`]]} />;
  }
  return null;
}

function MetaList({ rows }: { rows: [string, string][] }) {
  return (
    <dl className="meta-panel">
      {rows.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
