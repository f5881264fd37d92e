/** "?": every keyboard shortcut on one sheet, grouped by where it works. */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

const GROUPS: { title: string; keys: [string, string][] }[] = [
  { title: 'shortcuts.everywhere', keys: [['Ctrl+K', 'shortcuts.search'], ['Ctrl+Shift+P', 'shortcuts.palette'], ['?', 'shortcuts.sheet'], ['Alt+← / Alt+→', 'shortcuts.history']] },
  { title: 'shortcuts.results', keys: [['↓ / j', 'shortcuts.nextResult'], ['↑ / k', 'shortcuts.previousResult'], ['→ / ←', 'shortcuts.sections'], ['Enter', 'shortcuts.open']] },
  { title: 'shortcuts.reader', keys: [['Ctrl+F', 'shortcuts.find'], ['t', 'shortcuts.toc'], ['n', 'shortcuts.notesPanel'], ['p / Shift+P', 'shortcuts.paragraph'], ['Shift+→ / Shift+←', 'shortcuts.extend'], ['Tab', 'shortcuts.toolbar']] },
  { title: 'shortcuts.presenting', keys: [['→ / Space / PageDown', 'shortcuts.nextSlide'], ['← / PageUp', 'shortcuts.previousSlide'], ['B', 'shortcuts.blank'], ['F', 'shortcuts.fullScreen'], ['S', 'shortcuts.presenter'], ['Esc', 'shortcuts.leave']] },
];

export function ShortcutsSheet({ open, onClose }: { open: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (open && element && !element.open) element.showModal();
    else if (!open && element?.open) element.close();
  }, [open]);
  return (
    <dialog ref={dialog} className="shortcuts-sheet" aria-labelledby="shortcuts-title" onClose={onClose}>
      <h2 id="shortcuts-title">{t('shortcuts.title')}</h2>
      <div className="shortcuts-groups">
        {GROUPS.map((group) => (
          <section key={group.title} aria-label={t(group.title)}>
            <h3>{t(group.title)}</h3>
            <dl>
              {group.keys.map(([keys, what]) => (
                <div key={what}>
                  <dt>
                    <kbd>{keys}</kbd>
                  </dt>
                  <dd>{t(what)}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
      <button type="button" onClick={onClose} autoFocus>
        {t('shortcuts.close')}
      </button>
    </dialog>
  );
}
