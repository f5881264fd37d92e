import './zodConfig';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { hostAvailable } from './api/host';
import i18n from './i18n';
import './styles/app.css';

const root = document.getElementById('root');
if (root) {
  if (hostAvailable()) {
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
  } else {
    // Opened as a bare file: say so plainly instead of showing a broken app.
    const message = document.createElement('p');
    message.className = 'host-missing';
    message.textContent = i18n.t('app.hostMissing');
    root.append(message);
  }
}
