import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeckSlide } from './deck/buildDeck';

interface Group {
  key: string;
  docTitle: string;
  slides: { slide: DeckSlide; index: number }[];
}

/** Consecutive slides of the same document, in deck order. */
export function groupByDocument(slides: readonly DeckSlide[]): Group[] {
  const groups: Group[] = [];
  slides.forEach((slide, index) => {
    const last = groups[groups.length - 1];
    if (last && last.slides[0]!.slide.docId === slide.docId && !slide.titleSlide) last.slides.push({ slide, index });
    else groups.push({ key: `${slide.part}-${index}`, docTitle: slide.docTitle, slides: [{ slide, index }] });
  });
  return groups;
}

/**
 * Every slide as a numbered tile: one click to jump there (both views follow). A deck of several
 * documents is grouped by document, each group under its title.
 */
export function SlideOverview({ slides, current, onPick }: { slides: readonly DeckSlide[]; current: number; onPick(index: number): void }) {
  const { t } = useTranslation();
  const groups = groupByDocument(slides);
  const grouped = groups.length > 1;
  const strip = useRef<HTMLElement>(null);
  // On a short screen the strip shows two rows and scrolls: keep the current slide's tile in it.
  useEffect(() => {
    const tile = strip.current?.querySelector<HTMLElement>('[aria-current="step"]');
    if (!tile || !strip.current) return;
    const box = strip.current.getBoundingClientRect();
    const at = tile.getBoundingClientRect();
    if (at.top < box.top || at.bottom > box.bottom) strip.current.scrollTop += at.top - box.top - (box.height - at.height) / 2;
  }, [current]);
  return (
    <nav ref={strip} className="slide-overview" aria-label={t('present.overview')}>
      {groups.map((group) => (
        <section key={group.key} className="overview-group" aria-label={grouped ? group.docTitle : undefined}>
          {grouped ? <h2 className="overview-doc">{group.docTitle}</h2> : null}
          <ol>
            {group.slides.map(({ slide, index }) => (
              <li key={`${slide.part}-${index}`}>
                <button type="button" aria-current={index === current ? 'step' : undefined} onClick={() => onPick(index)}>
                  <span className="overview-number">{index + 1}</span>
                  <span className="overview-title">{slide.titleSlide ? t('present.titleSlide') : slide.title || slide.docTitle}</span>
                </button>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </nav>
  );
}
