import { useTranslation } from 'react-i18next';
import type { MarkerPosition } from './useHighlightMarks';

/** Markers in the margin beside each highlight; clicking one opens its note. */
export function HighlightMargin({ positions, onOpen }: { positions: MarkerPosition[]; onOpen(id: string): void }) {
  const { t } = useTranslation();
  if (positions.length === 0) return null;
  return (
    <div className="highlight-margin" role="group" aria-label={t('notes.marginLabel')}>
      {positions.map((p) => (
        <button
          key={p.id}
          type="button"
          className={`margin-marker swatch-${p.colour}`}
          style={{ top: p.top }}
          aria-label={t('notes.openNote', { quote: p.quote.slice(0, 60) })}
          title={p.quote.slice(0, 120)}
          onClick={() => onOpen(p.id)}
        />
      ))}
    </div>
  );
}
