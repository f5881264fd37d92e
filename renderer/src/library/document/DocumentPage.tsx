import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { withoutSpeakerNotes } from '../../../../core/present/splitIntoSlides';
import { callHost } from '../../api/host';
import { useHostCall } from '../../api/useHostCall';
import { ErrorState, Loading } from '../../components/StatusMessage';
import { PresentDocumentActions } from '../../present/PresentDocumentActions';
import { useSettings } from '../../settings/SettingsContext';
import { buildGlossaryMatcher } from '../glossaryTerms';
import { IllustrativeBadge } from '../IllustrativeBadge';
import { relatedDocuments } from '../relatedDocuments';
import { DocumentBody } from './DocumentBody';
import { DocumentMetaPanel } from './DocumentMetaPanel';
import { PlanReplicationAction } from '../../planner/PlanReplicationAction';
import { FindInPage } from './FindInPage';
import { GlossaryList } from './GlossaryList';
import { GlossaryTooltip } from './GlossaryTooltip';
import { ReaderToolbar } from './ReaderToolbar';
import { RelatedDocuments } from './RelatedDocuments';
import { TableOfContents } from './TableOfContents';
import { useChecklist } from './useChecklist';
import { HighlightMargin } from '../../notes/HighlightMargin';
import { NotesPanel } from '../../notes/NotesPanel';
import { ParagraphCursor } from '../../notes/ParagraphCursor';
import { SelectionToolbar } from '../../notes/SelectionToolbar';
import { useAnnotations } from '../../notes/useAnnotations';
import { setPageTitle } from '../../shell/pageTitle';
import { restoreScroll } from '../../shell/scrollMemory';
import { useReturningVisit } from '../../shell/useRouteChange';
import { scrollToFraction, useReadingPosition } from './useReadingPosition';
import './reader.css';

export function DocumentPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const section = params.get('bagian');
  const highlight = useMemo(() => (params.get('sorot') ?? '').split(' ').filter(Boolean).slice(0, 20), [params]);
  const navigate = useNavigate();
  const bodyRef = useRef<HTMLDivElement>(null);
  const settings = useSettings();
  const state = useHostCall('library:get', { id }, id);
  const listing = useHostCall('library:list', undefined, 'all');
  const checklist = useChecklist(id);
  const [term, setTerm] = useState<HTMLElement | null>(null);
  const scrollRoot = document.getElementById('main');
  // Speaker notes are for the trainer (presenter view, handout with notes), not the reader.
  const reading = useMemo(() => (state.status === 'ready' ? withoutSpeakerNotes(state.value) : { html: '', removed: false }), [state]);
  const returning = useReturningVisit();
  const location = useLocation();
  const resumeAt = (location.state as { resumeAt?: number } | null)?.resumeAt;
  const annotations = useAnnotations(id, bodyRef, state.status === 'ready' ? `${id}:${reading.html.length}` : '', section);

  const all = listing.status === 'ready' ? listing.value.documents : [];
  const glossary = useMemo(() => buildGlossaryMatcher(all), [all]);
  const related = useMemo(() => (state.status === 'ready' ? relatedDocuments(state.value.meta, all) : []), [state, all]);
  // Leaving a term hides its tooltip after a moment, so the pointer can reach the tooltip's link.
  const hideTerm = useRef<number | undefined>(undefined);
  const onTermFocus = useCallback((target: HTMLElement | null) => {
    window.clearTimeout(hideTerm.current);
    if (target) setTerm(target);
    else hideTerm.current = window.setTimeout(() => setTerm(null), 300);
  }, []);
  useEffect(() => () => window.clearTimeout(hideTerm.current), []);

  useEffect(() => {
    if (state.status === 'ready') setPageTitle(state.value.meta.title);
    else if (state.status === 'error') setPageTitle(t('document.notFoundTitle'));
  }, [state, t]);

  useReadingPosition(id, state.status === 'ready', scrollRoot);

  useEffect(() => {
    if (state.status !== 'ready') return;
    void callHost('reading:markOpened', { id });
    // Back/Forward: the shell puts the reader back where they were; do not jump away from it.
    if (returning()) return;
    const target = section ? document.getElementById(section) : null;
    const firstMark = bodyRef.current?.querySelector('mark.search-hit');
    if (target) target.scrollIntoView({ block: 'start' });
    else if (firstMark) firstMark.scrollIntoView({ block: 'center' });
    else if (resumeAt && scrollRoot) return restoreScroll(scrollRoot, () => scrollToFraction(scrollRoot, resumeAt));
    else scrollRoot?.scrollTo({ top: 0 });
    // `returning` and `resumeAt` are read once, on arrival, so they are not dependencies.
  }, [state.status, id, section, scrollRoot, highlight]);

  const taskCount = state.status === 'ready' ? (state.value.html.match(/data-task="/g)?.length ?? 0) : 0;

  return (
    <div className="page document-page">
      <p className="document-nav">
        <Link to="/" className="back-link">
          {t('document.back')}
        </Link>
      </p>
      {state.status === 'loading' ? <Loading /> : null}
      {state.status === 'error' ? (
        <ErrorState error={state.error} title={state.error.code === 'not_found' ? t('document.notFoundTitle') : undefined} />
      ) : null}
      {state.status === 'ready' ? (
        <div className="document-layout">
          <article className="document" lang={state.value.meta.lang} style={{ ['--reader-size' as string]: `${settings.readerFontSize}px` }}>
            <header className="document-header">
              <span className={`doc-type doc-type-${state.value.meta.type}`}>{t(`types.${state.value.meta.type}`)}</span>
              <h1 tabIndex={-1}>{state.value.meta.title}</h1>
              {state.value.meta.illustrative ? (
                <p className="illustrative-note">
                  <IllustrativeBadge /> {t('document.illustrativeNote')}
                </p>
              ) : null}
              <p className="lead">{state.value.meta.summary}</p>
              <DocumentMetaPanel meta={state.value.meta} source={state.value.source} file={state.value.file} />
              <div className="reader-actions">
                <ReaderToolbar fontSize={settings.readerFontSize} onFontSize={(size) => void settings.setReaderFontSize(size)} />
                <PresentDocumentActions meta={state.value.meta} />
                {state.value.meta.type === 'practice' ? <PlanReplicationAction practice={state.value.meta.id} /> : null}
                {taskCount > 0 ? (
                  <p className="checklist-progress" role="status">
                    {t('document.checklistProgress', { done: checklist.checked.size, total: taskCount })}
                  </p>
                ) : null}
              </div>
              {reading.removed ? <p className="highlight-note">{t('document.speakerNotesHidden')}</p> : null}
              {checklist.error ? <ErrorState error={checklist.error} /> : null}
              {highlight.length > 0 ? (
                <p className="highlight-note">
                  {t('document.highlightNote')}{' '}
                  <button type="button" className="link-button" onClick={() => void navigate(`/dokumen/${id}${section ? `?bagian=${section}` : ''}`, { replace: true })}>
                    {t('document.clearHighlight')}
                  </button>
                </p>
              ) : null}
            </header>
            <FindInPage bodyRef={bodyRef} contentKey={id} />
            <HighlightMargin positions={annotations.positions} onOpen={annotations.open} />
            <SelectionToolbar bodyRef={bodyRef} onHighlight={annotations.highlight} onAddNote={(anchor) => void annotations.addNote(anchor)} readOnly={annotations.readOnly} />
            <ParagraphCursor bodyRef={bodyRef} />
            <DocumentBody
              html={reading.html}
              glossary={state.value.meta.type === 'glossary' ? null : glossary}
              checked={checklist.checked}
              onToggleTask={(item, on) => void checklist.toggle(item, on)}
              onTermFocus={onTermFocus}
              highlightStems={highlight}
              bodyRef={bodyRef}
            />
            {state.value.meta.type === 'glossary' ? <GlossaryList terms={state.value.meta.terms} documents={all} /> : null}
            {state.value.meta.sources.length > 0 ? (
              <footer className="document-sources">
                {/* A composite has no source of its own: these are the rules and references it draws on. */}
                <h2>{t(state.value.meta.illustrative ? 'document.references' : 'document.sources')}</h2>
                {state.value.meta.illustrative ? <p className="document-sources-note">{t('document.referencesNote')}</p> : null}
                <ul>
                  {state.value.meta.sources.map((source) => (
                    <li key={source}>{source}</li>
                  ))}
                </ul>
              </footer>
            ) : null}
            <RelatedDocuments documents={related} />
          </article>
          <aside className="document-aside">
            <TableOfContents headings={state.value.headings} scrollRoot={scrollRoot} />
            <NotesPanel
              docId={id}
              docTitle={state.value.meta.title}
              highlights={annotations.highlights}
              notes={annotations.notes}
              activeId={annotations.activeId}
              readOnly={annotations.readOnly}
              error={annotations.error}
              undo={annotations.undo}
              onUndo={() => void annotations.undoLast()}
              onDismissUndo={annotations.dismissUndo}
              onColour={annotations.colourWithUndo}
              onTags={(highlightId, tags) => void annotations.updateHighlight(highlightId, { tags })}
              onDelete={annotations.deleteWithUndo}
              onNoteSaved={annotations.noteSaved}
            />
          </aside>
          <GlossaryTooltip target={term} onHold={onTermFocus} />
        </div>
      ) : null}
    </div>
  );
}
