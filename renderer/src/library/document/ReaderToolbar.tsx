import { useTranslation } from 'react-i18next';

export const FONT_SIZES = { min: 14, max: 26, step: 2 };

export function ReaderToolbar({ fontSize, onFontSize }: { fontSize: number; onFontSize(size: number): void }) {
  const { t } = useTranslation();
  return (
    <div className="reader-toolbar" role="toolbar" aria-label={t('document.toolbar')}>
      <button type="button" onClick={() => onFontSize(fontSize - FONT_SIZES.step)} disabled={fontSize <= FONT_SIZES.min} aria-label={t('document.fontSmaller')}>
        {t('document.fontSmallerShort')}
      </button>
      <span className="reader-font-size" aria-live="polite">
        {t('document.fontSize', { size: fontSize })}
      </span>
      <button type="button" onClick={() => onFontSize(fontSize + FONT_SIZES.step)} disabled={fontSize >= FONT_SIZES.max} aria-label={t('document.fontLarger')}>
        {t('document.fontLargerShort')}
      </button>
      <button type="button" onClick={() => window.print()}>
        {t('document.print')}
      </button>
    </div>
  );
}
