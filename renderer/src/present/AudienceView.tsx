/**
 * The audience view: the slide alone, full window, no app chrome and never the speaker notes.
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { ErrorState, Loading } from '../components/StatusMessage';
import { IllustrativeBadge } from '../library/IllustrativeBadge';
import { asDeckKind, useDeck, type LoadedDeck } from './deck/useDeck';
import { isOwnWindow, openPresentWindow } from './presentWindows';
import { SlideView } from './SlideView';
import { usePresentation } from './usePresentation';
import { useSlideKeys } from './useSlideKeys';
import './present.css';

export function AudienceView() {
  const { kind: rawKind, id = '' } = useParams();
  const kind = asDeckKind(rawKind) ?? 'dokumen';
  const state = useDeck(kind, id);
  if (state.status === 'loading') return <main className="present-status"><Loading /></main>;
  if (state.status === 'error') return <main className="present-status"><ErrorState error={state.error} /></main>;
  return <AudienceStage deck={state.deck} kind={kind} id={id} />;
}

export function exitRoute(kind: string, id: string): string {
  return kind === 'paket' ? `/presentasi/paket/${id}` : `/dokumen/${id}`;
}

/**
 * Where presenting was started (the reader, the Presentasi page, a pack), when it was from this
 * window: the presenting views add no history entries, so Back returns there, scroll included.
 */
export function returnRoute(state: unknown): string | null {
  const from = (state as { presentFrom?: unknown } | null)?.presentFrom;
  return typeof from === 'string' && from.startsWith('/') ? from : null;
}

function AudienceStage({ deck, kind, id }: { deck: LoadedDeck; kind: 'dokumen' | 'paket'; id: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const location = useLocation();
  const requested = search.get('salindia');
  const count = deck.slides.length;
  const presentation = usePresentation(deck.key, count, requested ? Number(requested) - 1 : null, true);
  const typed = useSlideKeys({
    presentation,
    count,
    onExit: () => (isOwnWindow(search) ? window.close() : void (returnRoute(location.state) ? navigate(-1) : navigate(exitRoute(kind, id)))),
    onOtherKey: (event) => {
      if (event.key !== 's' && event.key !== 'S') return false;
      void openPresentWindow('presenter', kind, id);
      return true;
    },
  });
  const { index, blank } = presentation.state;
  const slide = deck.slides[index];

  useEffect(() => {
    document.title = `${deck.title} · ${t('present.audienceWindow')}`;
  }, [deck.title, t]);

  // A window opened only for the audience closes when the trainer leaves the presenter view.
  const ownWindow = isOwnWindow(search);
  useEffect(() => {
    if (presentation.ended && ownWindow) window.close();
  }, [presentation.ended, ownWindow]);

  return (
    <main className="audience" data-slide={index + 1} lang={deck.documents[0]?.meta.lang}>
      {slide ? (
        <SlideView html={slide.html} className="slide-audience" label={t('present.slideOf', { n: index + 1, total: count })} />
      ) : (
        <p className="audience-empty">{t('present.noSlides')}</p>
      )}
      {slide?.illustrative ? (
        <span className="audience-badge">
          <IllustrativeBadge />
        </span>
      ) : null}
      {blank ? <div className="audience-blank" role="status" aria-label={t('present.blanked')} /> : null}
      {typed ? (
        <div className="audience-typed" aria-live="polite">
          {t('present.jumpTyped', { n: typed })}
        </div>
      ) : null}
      <p className="visually-hidden" aria-live="polite">
        {t('present.slideOf', { n: index + 1, total: count })}
      </p>
    </main>
  );
}
