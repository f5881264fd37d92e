import type { FocusEventHandler, KeyboardEventHandler, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DocumentSummary } from '../../../core/content/types';
import { ItemBoundary } from '../components/ErrorBoundaries';
import { IllustrativeBadge } from './IllustrativeBadge';

interface CardProps {
  doc: DocumentSummary;
  /** The name of the source a non-bundled document came from (useSources); its id when unknown. */
  sourceName?: string;
}

export function DocumentCard(props: CardProps) {
  return (
    <li className="doc-card">
      <DocumentCardContent {...props} />
    </li>
  );
}

/** For lists that manage focus themselves (the virtual grid's roving tab stop). */
export interface CardLinkProps {
  tabIndex?: number;
  linkRef?: Ref<HTMLAnchorElement>;
  onFocus?: FocusEventHandler<HTMLAnchorElement>;
  onKeyDown?: KeyboardEventHandler<HTMLAnchorElement>;
}

/** The card without its list item, for lists that are not a plain `<ul>`. */
export function DocumentCardContent({ doc, sourceName, link }: CardProps & { link?: CardLinkProps }) {
  return (
    <ItemBoundary rawText={[doc.title, doc.summary].join('\n\n')}>
      <DocumentCardLink doc={doc} sourceName={sourceName} link={link} />
    </ItemBoundary>
  );
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();
function formatDate(iso: string, language: string): string {
  const locale = language === 'en' ? 'en-GB' : 'id-ID';
  let format = dateFormats.get(locale);
  if (!format) dateFormats.set(locale, (format = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric' })));
  const date = new Date(`${iso}T00:00:00`);
  return Number.isNaN(date.getTime()) ? iso : format.format(date);
}

function DocumentCardLink({ doc, sourceName, link }: CardProps & { link?: CardLinkProps }) {
  const { t, i18n } = useTranslation();
  return (
    <Link
      to={`/dokumen/${doc.id}`}
      className="doc-card-link"
      ref={link?.linkRef}
      tabIndex={link?.tabIndex}
      onFocus={link?.onFocus}
      onKeyDown={link?.onKeyDown}
    >
      <span className={`doc-type doc-type-${doc.type}`}>{t(`types.${doc.type}`)}</span>
      <strong className="doc-card-title">{doc.title}</strong>
      <span className="doc-card-summary">{doc.summary}</span>
      <span className="doc-card-meta">
        {doc.type === 'practice' ? (
          <span>
            {[doc.region.regency, doc.region.province].filter(Boolean).join(', ')} · {t(`sectors.${doc.sector}`)} · {doc.year}
          </span>
        ) : null}
        <span>{t('library.updated', { date: formatDate(doc.updated, i18n.language) })}</span>
        {doc.source ? <span className="doc-card-source">{t('library.fromSource', { name: sourceName ?? doc.source })}</span> : null}
        {doc.illustrative ? <IllustrativeBadge /> : null}
      </span>
    </Link>
  );
}
