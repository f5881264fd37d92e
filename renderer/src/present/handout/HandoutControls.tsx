import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { handoutQuery, type HandoutOptions, type SlidesPerPage } from './handoutOptions';

/** The handout's choices, on screen only (print CSS hides them). */
export function HandoutControls({
  options,
  printing,
  backTo,
  onChange,
  onPrint,
}: {
  options: HandoutOptions;
  printing: boolean;
  backTo: string;
  onChange(query: string): void;
  onPrint(): void;
}) {
  const { t } = useTranslation();
  const set = (patch: Partial<HandoutOptions>) => onChange(handoutQuery({ ...options, ...patch }));
  return (
    <div className="handout-controls" role="region" aria-label={t('handout.options')}>
      <Link to={backTo} className="back-link">
        {t('handout.back')}
      </Link>
      <label>
        {t('handout.layout')}
        <select value={options.layout} onChange={(e) => set({ layout: e.target.value === 'salindia' ? 'salindia' : 'dokumen' })}>
          <option value="dokumen">{t('handout.layoutText')}</option>
          <option value="salindia">{t('handout.layoutSlides')}</option>
        </select>
      </label>
      {options.layout === 'salindia' ? (
        <label>
          {t('handout.perPage')}
          <select value={options.perPage} onChange={(e) => set({ perPage: Number(e.target.value) as SlidesPerPage })}>
            {[1, 2, 6].map((n) => (
              <option key={n} value={n}>
                {t('handout.perPageValue', { count: n })}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <label className="handout-check">
        <input type="checkbox" checked={options.speakerNotes} onChange={(e) => set({ speakerNotes: e.target.checked })} />
        {t('handout.withSpeakerNotes')}
      </label>
      <label className="handout-check">
        <input type="checkbox" checked={options.myNotes} onChange={(e) => set({ myNotes: e.target.checked })} />
        {t('handout.withMyNotes')}
      </label>
      <button type="button" className="button-primary" disabled={printing} onClick={onPrint}>
        {t('handout.print')}
      </button>
    </div>
  );
}
