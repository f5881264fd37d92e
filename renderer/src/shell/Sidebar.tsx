import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { NAV_ITEMS } from './navigation';

export function Sidebar() {
  const { t } = useTranslation();
  return (
    <nav className="sidebar" aria-label={t('nav.label')}>
      <div className="brand">
        <span className="brand-mark" aria-hidden="true" />
        <span className="brand-text">
          <strong>{t('app.name')}</strong>
          <small>{t('app.tagline')}</small>
        </span>
      </div>
      <ul>
        {NAV_ITEMS.map((item) => (
          <li key={item.route}>
            <NavLink to={item.route} end={item.route === '/'} className="nav-link">
              <item.icon className="nav-icon" aria-hidden="true" focusable="false" />
              {t(item.labelKey)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
