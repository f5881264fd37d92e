/**
 * The handout (print view) of a document or a session pack: a cover, then each document in
 * order as text or as slides (1, 2 or 6 to a page), with speaker notes and the reader's own
 * notes when asked. Page numbers come from the print CSS. Electron prints this route to PDF;
 * elsewhere the browser's print dialog does (and the e2e harness uses page.pdf()).
 */
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { callHost } from '../../api/host';
import { ErrorState, Loading } from '../../components/StatusMessage';
import { IllustrativeBadge } from '../../library/IllustrativeBadge';
import { sanitizeDocumentHtml } from '../../library/sanitizeHtml';
import { exitRoute } from '../AudienceView';
import type { DeckSlide } from '../deck/buildDeck';
import { asDeckKind, useDeck, type LoadedDeck } from '../deck/useDeck';
import { SlideView } from '../SlideView';
import { TrainerAnnotations } from '../TrainerAnnotations';
import { annotationsFor, useTrainerAnnotations, type TrainerAnnotation } from '../trainerAnnotations';
import { HandoutControls } from './HandoutControls';
import { HandoutCover } from './HandoutCover';
import { chunk, readHandoutOptions, type HandoutOptions } from './handoutOptions';
import './handout.css';

export function HandoutPage() {
  const { kind: rawKind, id = '' } = useParams();
  const kind = asDeckKind(rawKind) ?? 'dokumen';
  const state = useDeck(kind, id);
  const [params] = useSearchParams();
  const options = readHandoutOptions(params);
  if (state.status === 'loading') return <main className="present-status"><Loading /></main>;
  if (state.status === 'error') return <main className="present-status"><ErrorState error={state.error} /></main>;
  return <Handout deck={state.deck} kind={kind} id={id} options={options} />;
}

interface Part {
  title: string;
  illustrative: boolean;
  slides: DeckSlide[];
}

function partsOf(deck: LoadedDeck): Part[] {
  const parts: Part[] = [];
  for (const slide of deck.slides) {
    const last = parts[parts.length - 1];
    if (last && last.slides[0]!.part === slide.part) last.slides.push(slide);
    else parts.push({ title: slide.docTitle, illustrative: slide.illustrative, slides: [slide] });
  }
  return parts;
}

function Handout({ deck, kind, id, options }: { deck: LoadedDeck; kind: 'dokumen' | 'paket'; id: string; options: HandoutOptions }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const [printing, setPrinting] = useState(false);
  const parts = useMemo(() => partsOf(deck), [deck]);
  const docIds = useMemo(() => deck.documents.map((d) => d.meta.id), [deck.documents]);
  const annotations = useTrainerAnnotations(docIds);

  useEffect(() => {
    document.title = `${deck.title} · ${t('handout.title')}`;
    document.documentElement.dataset.printReady = '1';
    return () => {
      delete document.documentElement.dataset.printReady;
    };
  }, [deck.title, t]);

  const print = async () => {
    setPrinting(true);
    const fileName = `${(id || 'handout').slice(0, 60)}.pdf`;
    const result = await callHost('handout:savePdf', { route: `${location.pathname}${location.search}`, fileName });
    setPrinting(false);
    // Where the host cannot print to PDF (a browser), its own print dialog can.
    if (!result.ok || (!result.value.saved && !result.value.cancelled)) window.print();
  };

  return (
    <main className="handout-page">
      <HandoutControls
        options={options}
        printing={printing}
        backTo={exitRoute(kind, id)}
        onChange={(query) => void navigate(`${location.pathname}?${query}`, { replace: true })}
        onPrint={() => void print()}
      />
      <article className="handout" data-ready="1" lang={deck.documents[0]?.meta.lang}>
        <HandoutCover deck={deck} parts={parts} />
        {parts.map((part, i) => (
          <section key={`${part.title}-${i}`} className="handout-part">
            <header className="handout-part-header">
              <p className="handout-part-number">{t('handout.partOf', { n: i + 1, total: parts.length })}</p>
              <h2>{part.title}</h2>
              {part.illustrative ? (
                <p className="handout-illustrative">
                  <IllustrativeBadge /> {t('document.illustrativeNote')}
                </p>
              ) : null}
            </header>
            {options.layout === 'salindia' ? <SlideSheets slides={part.slides} options={options} /> : <PartText slides={part.slides} options={options} />}
            {options.myNotes ? <MyNotes slides={part.slides} annotations={annotations} /> : null}
          </section>
        ))}
      </article>
      <p className="handout-back visually-hidden">
        <Link to={exitRoute(kind, id)}>{t('handout.back')}</Link>
      </p>
    </main>
  );
}

function Notes({ html }: { html: string }) {
  const { t } = useTranslation();
  const clean = useMemo(() => sanitizeDocumentHtml(html), [html]);
  if (!clean) return null;
  return (
    <div className="handout-notes">
      <p className="handout-notes-label">{t('present.speakerNotes')}</p>
      <div dangerouslySetInnerHTML={{ __html: clean }} />
    </div>
  );
}

function PartText({ slides, options }: { slides: DeckSlide[]; options: HandoutOptions }) {
  return (
    <div className="handout-text prose">
      {slides.map((slide, i) => (
        <div key={i}>
          <div dangerouslySetInnerHTML={{ __html: sanitizeDocumentHtml(slide.html) }} />
          {options.speakerNotes ? <Notes html={slide.notesHtml} /> : null}
        </div>
      ))}
    </div>
  );
}

function SlideSheets({ slides, options }: { slides: DeckSlide[]; options: HandoutOptions }) {
  const { t } = useTranslation();
  const numbered = slides.map((slide, i) => ({ slide, n: i + 1 }));
  return (
    <>
      {chunk(numbered, options.perPage).map((sheet, i) => (
        <div key={i} className={`handout-sheet sheet-per-${options.perPage}${options.speakerNotes ? ' with-notes' : ''}`}>
          {sheet.map(({ slide, n }) => (
            <figure key={n} className="handout-slide">
              <SlideView html={slide.html} className="slide-print" label={t('present.slideNumber', { n })} />
              <figcaption className="handout-slide-number">{t('present.slideNumber', { n })}</figcaption>
              {options.speakerNotes ? <Notes html={slide.notesHtml} /> : null}
            </figure>
          ))}
        </div>
      ))}
    </>
  );
}

function MyNotes({ slides, annotations }: { slides: DeckSlide[]; annotations: TrainerAnnotation[] }) {
  const mine = slides.flatMap((slide) => annotationsFor(annotations, slide.docId, slide.sectionId));
  return <TrainerAnnotations annotations={mine} />;
}
