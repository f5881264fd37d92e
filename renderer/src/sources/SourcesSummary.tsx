/** Settings: the way to Sumber pustaka, with how many sources and documents there are now. */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatCount } from './sourceFormat';
import { useSources } from './useSources';
import './sources.css';

export function SourcesSummary() {
  const { t, i18n } = useTranslation();
  const sources = useSources();
  const documents = sources.filter((s) => s.enabled).reduce((sum, s) => sum + s.documentCount, 0);
  return (
    <section className="setting" aria-labelledby="sources-summary-title">
      <h2 id="sources-summary-title">{t('sources.title')}</h2>
      <p className="hint">{t('sources.settingsHelp')}</p>
      {sources.length > 0 ? <p>{t('sources.settingsSummary', { count: sources.length, documents: formatCount(documents, i18n.language) })}</p> : null}
      <Link to="/pengaturan/sumber" className="settings-sources-link">
        {t('sources.settingsLink')}
      </Link>
    </section>
  );
}
