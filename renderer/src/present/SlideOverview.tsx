import { useTranslation } from 'react-i18next';
import type { DeckSlide } from './deck/buildDeck';

/** Every slide as a numbered tile: one click to jump there (both views follow). */
export function SlideOverview({ slides, current, onPick }: { slides: readonly DeckSlide[]; current: number; onPick(index: number): void }) {
  const { t } = useTranslation();
  return (
    <nav className="slide-overview" aria-label={t('present.overview')}>
      <ol>
        {slides.map((slide, i) => (
          <li key={`${slide.part}-${i}`}>
            <button type="button" aria-current={i === current ? 'step' : undefined} onClick={() => onPick(i)}>
              <span className="overview-number">{i + 1}</span>
              <span className="overview-title">{slide.title || slide.docTitle}</span>
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
