/**
 * The presenter view, in its own window: current and next slide, speaker notes (and the
 * trainer's own notes), the clock, slide n of m and an overview. Driving it drives the audience.
 */
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { ErrorState, Loading } from '../components/StatusMessage';
import { sanitizeDocumentHtml } from '../library/sanitizeHtml';
import { exitRoute, returnRoute } from './AudienceView';
import { asDeckKind, useDeck, type LoadedDeck } from './deck/useDeck';
import { PresenterClock } from './PresenterClock';
import { PresenterSplitter } from './PresenterSplitter';
import { notesZoomKey, usePresenterLayout } from './usePresenterLayout';
import { isOwnWindow, openPresentWindow } from './presentWindows';
import { SlideOverview } from './SlideOverview';
import { SlideView } from './SlideView';
import { TrainerAnnotations } from './TrainerAnnotations';
import { annotationsFor, useTrainerAnnotations } from './trainerAnnotations';
import { usePresentation } from './usePresentation';
import { useSlideKeys } from './useSlideKeys';
import './present.css';

export function PresenterView() {
  const { kind: rawKind, id = '' } = useParams();
  const kind = asDeckKind(rawKind) ?? 'dokumen';
  const state = useDeck(kind, id);
  if (state.status === 'loading') return <main className="present-status"><Loading /></main>;
  if (state.status === 'error') return <main className="present-status"><ErrorState error={state.error} /></main>;
  return <PresenterConsole deck={state.deck} kind={kind} id={id} />;
}

function PresenterConsole({ deck, kind, id }: { deck: LoadedDeck; kind: 'dokumen' | 'paket'; id: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const location = useLocation();
  const count = deck.slides.length;
  const presentation = usePresentation(deck.key, count, null, true);
  const layout = usePresenterLayout();
  const leave = () => {
    presentation.end();
    if (isOwnWindow(search)) window.close();
    else void (returnRoute(location.state) ? navigate(-1) : navigate(exitRoute(kind, id)));
  };
  const typed = useSlideKeys({
    presentation,
    count,
    onExit: leave,
    onOtherKey: (event) => {
      const zoom = notesZoomKey(event);
      if (zoom === null) return false;
      layout.zoomNotes(zoom);
      return true;
    },
  });
  const { index, blank, startedAt } = presentation.state;
  const slide = deck.slides[index];
  const next = deck.slides[index + 1];
  const docIds = useMemo(() => deck.documents.map((d) => d.meta.id), [deck.documents]);
  const annotations = useTrainerAnnotations(docIds);
  const notes = useMemo(() => sanitizeDocumentHtml(slide?.notesHtml ?? ''), [slide]);

  useEffect(() => {
    document.title = `${deck.title} · ${t('present.presenterWindow')}`;
  }, [deck.title, t]);

  return (
    <main className="presenter">
      <header className="presenter-bar">
        <h1 className="presenter-title">{deck.title}</h1>
        <p className="presenter-position" data-testid="position" aria-live="polite">
          {t('present.slideOf', { n: count ? index + 1 : 0, total: count })}
          {typed ? <span className="presenter-typed">{t('present.jumpTyped', { n: typed })}</span> : null}
        </p>
        <PresenterClock startedAt={startedAt} onRestart={presentation.restartClock} defaultMinutes={deck.pack?.durationMinutes || 60} />
        <div className="presenter-actions">
          <button type="button" onClick={presentation.previous} disabled={index === 0}>
            {t('present.previous')}
          </button>
          <button type="button" className="button-primary" onClick={presentation.next} disabled={index >= count - 1}>
            {t('present.next')}
          </button>
          <button type="button" aria-pressed={blank} onClick={presentation.toggleBlank}>
            {blank ? t('present.unblank') : t('present.blank')}
          </button>
          <button type="button" onClick={() => void openPresentWindow('audience', kind, id)}>
            {t('present.openAudience')}
          </button>
          <button type="button" onClick={leave}>
            {t('present.exit')}
          </button>
        </div>
      </header>
      {deck.missing.length > 0 ? (
        <p className="presenter-warning" role="alert">
          {t('packs.missingDocuments', { ids: deck.missing.join(', ') })}
        </p>
      ) : null}
      <div className="presenter-main" style={{ gridTemplateColumns: `minmax(0, ${layout.slideShare}fr) 10px minmax(220px, ${100 - layout.slideShare}fr)` }}>
        <section className="presenter-current" aria-label={t('present.currentSlide')}>
          {blank ? <p className="presenter-blank-note">{t('present.blankedNote')}</p> : null}
          {slide ? <SlideView html={slide.html} className="slide-preview" /> : <p>{t('present.noSlides')}</p>}
          {slide && deck.pack ? <p className="presenter-source">{slide.docTitle}</p> : null}
        </section>
        <PresenterSplitter share={layout.slideShare} onShare={layout.setSlideShare} />
        <aside className="presenter-side">
          <section className="presenter-next" aria-label={t('present.nextSlide')}>
            <h2>{t('present.nextSlide')}</h2>
            <div className="next-frame">
              {next ? <SlideView html={next.html} className="slide-preview slide-small" /> : <p className="presenter-end">{t('present.endOfDeck')}</p>}
            </div>
          </section>
          {/* Focusable, so long notes can be scrolled from the keyboard. */}
          <section className="presenter-notes" aria-label={t('present.speakerNotes')} tabIndex={0}>
            <div className="notes-head">
              <h2>{t('present.speakerNotes')}</h2>
              <span className="notes-zoom" role="group" aria-label={t('present.notesSize')}>
                <button type="button" onClick={() => layout.zoomNotes(-1)} aria-label={t('present.notesSmaller')}>
                  {t('document.fontSmallerShort')}
                </button>
                <button type="button" onClick={() => layout.zoomNotes(1)} aria-label={t('present.notesLarger')}>
                  {t('document.fontLargerShort')}
                </button>
              </span>
            </div>
            <div style={{ ['--notes-scale' as string]: layout.notesScale }} className="notes-scaled" data-testid="notes-scaled">
              {notes ? <div className="notes-body" dangerouslySetInnerHTML={{ __html: notes }} /> : <p className="notes-none">{t('present.noNotes')}</p>}
              {slide ? <TrainerAnnotations annotations={annotationsFor(annotations, slide.docId, slide.sectionId)} /> : null}
            </div>
          </section>
        </aside>
      </div>
      <SlideOverview slides={deck.slides} current={index} onPick={presentation.goTo} />
    </main>
  );
}
