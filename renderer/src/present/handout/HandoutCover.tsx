import { useTranslation } from 'react-i18next';
import { IllustrativeBadge } from '../../library/IllustrativeBadge';
import type { LoadedDeck } from '../deck/useDeck';
import { formatPackDate } from '../packs/packDates';

/** The first page: what the session is, when, by whom, and what it contains. */
export function HandoutCover({ deck, parts }: { deck: LoadedDeck; parts: { title: string; illustrative: boolean }[] }) {
  const { t, i18n } = useTranslation();
  const pack = deck.pack;
  const single = deck.documents[0];
  const today = new Date().toISOString().slice(0, 10);
  const rows: [string, string][] = pack
    ? [
        [t('handout.date'), formatPackDate(pack.date, i18n.language)],
        [t('handout.trainer'), pack.trainer],
        [t('handout.audience'), pack.audience],
        [t('handout.duration'), pack.durationMinutes ? t('handout.minutes', { count: pack.durationMinutes }) : ''],
      ]
    : [
        [t('handout.kind'), single ? t(`types.${single.meta.type}`) : ''],
        [t('handout.event'), single?.meta.type === 'seminar' ? (single.meta.event?.name ?? '') : ''],
        [t('handout.date'), single?.meta.type === 'seminar' ? (single.meta.event?.date ?? '') : ''],
      ];
  return (
    <section className="handout-cover">
      <p className="handout-app">{t('app.name')}</p>
      <p className="handout-kind">{pack ? t('handout.sessionPack') : t('handout.title')}</p>
      <h1>{deck.title}</h1>
      {!pack && single ? <p className="handout-summary">{single.meta.summary}</p> : null}
      <dl>
        {rows
          .filter(([, value]) => value)
          .map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        <div>
          <dt>{t('handout.printed')}</dt>
          <dd>{formatPackDate(today, i18n.language)}</dd>
        </div>
      </dl>
      {pack ? (
        <>
          <h2>{t('handout.contents')}</h2>
          <ol className="handout-contents">
            {parts.map((part, i) => (
              <li key={`${part.title}-${i}`}>
                {part.title} {part.illustrative ? <IllustrativeBadge /> : null}
              </li>
            ))}
          </ol>
        </>
      ) : null}
      {deck.missing.length > 0 ? <p className="handout-missing">{t('packs.missingDocuments', { ids: deck.missing.join(', ') })}</p> : null}
    </section>
  );
}
