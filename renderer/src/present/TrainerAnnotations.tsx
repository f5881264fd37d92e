import { useTranslation } from 'react-i18next';
import type { TrainerAnnotation } from './trainerAnnotations';

/** The trainer's own notes for one slide; renders nothing when there are none. */
export function TrainerAnnotations({ annotations }: { annotations: readonly TrainerAnnotation[] }) {
  const { t } = useTranslation();
  if (annotations.length === 0) return null;
  return (
    <section className="trainer-annotations" aria-label={t('present.myNotes')}>
      <h3>{t('present.myNotes')}</h3>
      <ul>
        {annotations.map((a, i) => (
          <li key={`${a.sectionId}-${i}`}>
            {a.quote ? <blockquote>{a.quote}</blockquote> : null}
            {a.note ? <p>{a.note}</p> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
