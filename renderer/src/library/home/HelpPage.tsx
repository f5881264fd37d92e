/** Bantuan (#/bantuan): where to start again, the keyboard, and where things are. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ErrorState } from '../../components/StatusMessage';
import { useSettings } from '../../settings/SettingsContext';
import './home.css';

export function HelpPage() {
  const { t } = useTranslation();
  const settings = useSettings();
  const navigate = useNavigate();
  const [failed, setFailed] = useState(false);

  const showWelcome = async () => {
    const saved = await settings.setWelcomeDismissed(false);
    setFailed(!saved);
    if (saved) void navigate('/');
  };

  return (
    <div className="page help-page">
      <header className="page-header">
        <h1>{t('help.title')}</h1>
        <p className="lead">{t('help.intro')}</p>
      </header>
      <section className="setting help-section" aria-labelledby="help-start">
        <h2 id="help-start">{t('help.startTitle')}</h2>
        <p>{t('help.startBody')}</p>
        <button type="button" className="button-primary" onClick={() => void showWelcome()}>
          {t('help.showWelcome')}
        </button>
        {failed && settings.lastError ? <ErrorState error={settings.lastError} /> : null}
      </section>
      <section className="setting help-section" aria-labelledby="help-find">
        <h2 id="help-find">{t('help.findTitle')}</h2>
        <ul>
          <li>
            <Link to="/jelajah">{t('browse.title')}</Link>: {t('help.findBrowse')}
          </li>
          <li>
            <Link to="/cari">{t('nav.search')}</Link>: {t('help.findSearch')}
          </li>
        </ul>
      </section>
      <section className="setting help-section" aria-labelledby="help-keys">
        <h2 id="help-keys">{t('help.keysTitle')}</h2>
        <p>{t('help.keysBody')}</p>
      </section>
    </div>
  );
}
