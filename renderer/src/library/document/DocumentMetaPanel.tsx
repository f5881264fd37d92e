import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentMeta } from '../../../../core/content/schema';
import { parseDocumentKey } from '../../../../core/sources/documentKey';
import { DocumentProvenance } from '../../sources/DocumentProvenance';

/**
 * The facts about a document: one compact line (where, when, what sector, how it stands) that
 * expands into the full panel. Folded by default so the text itself starts on the first screen.
 */
export function DocumentMetaPanel({ meta, source, file }: { meta: DocumentMeta; source?: string; file?: string }) {
  const { t } = useTranslation();
  const rows: [string, ReactNode][] = [];
  const brief: string[] = [];
  if (meta.type === 'practice') {
    const region = [meta.region.regency, meta.region.province].filter(Boolean).join(', ');
    rows.push([t('document.agency'), meta.agency]);
    rows.push([t('document.region'), region]);
    rows.push([t('document.year'), String(meta.year)]);
    rows.push([t('document.sector'), t(`sectors.${meta.sector}`)]);
    rows.push([t('document.status'), <span className={`status-chip status-${meta.status}`}>{t(`document.statusValues.${meta.status}`)}</span>]);
    if (meta.award) rows.push([t('document.award'), meta.award]);
    if (meta.sdgs.length) rows.push([t('document.sdgs'), <Chips items={meta.sdgs.map((n) => t('document.sdg', { number: n }))} />]);
    if (meta.pentahelix.length) {
      rows.push([t('document.pentahelix'), <Chips items={meta.pentahelix.map((p) => t(`document.pentahelixValues.${p}`))} />]);
    }
    if (meta.replicated_in.length) rows.push([t('document.replicatedIn'), meta.replicated_in.join(', ')]);
    brief.push(meta.region.regency || meta.region.province, String(meta.year), t(`sectors.${meta.sector}`), t(`document.statusValues.${meta.status}`));
  } else if (meta.type === 'seminar') {
    rows.push([t('document.event'), meta.event.name]);
    rows.push([t('document.date'), meta.event.date]);
    rows.push([t('document.place'), meta.event.place]);
    rows.push([t('document.organiser'), meta.event.organiser]);
    if (meta.speakers.length) rows.push([t('document.speakers'), meta.speakers.map((s) => s.name).join('; ')]);
    brief.push(meta.event.name, meta.event.date, meta.event.place);
  } else if (meta.type === 'guide') {
    if (meta.duration) rows.push([t('document.duration'), meta.duration]);
    if (meta.audience) rows.push([t('document.audience'), meta.audience]);
    brief.push(...[meta.duration, meta.audience].filter((v): v is string => Boolean(v)));
  }
  // `meta.id` is the document key: it names the source even when the host left `source` out.
  const provenance = <DocumentProvenance sourceId={source ?? parseDocumentKey(meta.id).source} file={file} />;
  if (rows.length === 0) return provenance;
  return (
    <>
      {provenance}
      <details className="meta-facts">
        <summary>
          <span className="meta-brief">{brief.filter(Boolean).join(' · ')}</span>
          <span className="meta-more">{t('document.factsMore')}</span>
        </summary>
        <dl className="meta-panel">
          {rows.map(([label, value]) => (
            <div key={label} className={typeof value === 'string' && value.length > 60 ? 'meta-wide' : undefined}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      </details>
    </>
  );
}

function Chips({ items }: { items: string[] }) {
  return (
    <span className="chips">
      {items.map((item) => (
        <span key={item} className="chip">
          {item}
        </span>
      ))}
    </span>
  );
}
