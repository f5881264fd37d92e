import { useLayoutEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

const TOOLTIP_ID = 'glossary-tooltip';

/**
 * The definition of the glossary term under the pointer or keyboard focus, with a link to its
 * entry. The pointer may move onto the tooltip to follow the link; from the keyboard, Enter on
 * the term opens the entry.
 */
export function GlossaryTooltip({ target, onHold }: { target: HTMLElement | null; onHold(target: HTMLElement | null): void }) {
  const { t } = useTranslation();
  const [position, setPosition] = useState<{ top: number; left: number } | null>(null);
  const box = useRef<HTMLDivElement>(null);

  useLayoutEffect(() => {
    if (!target) return setPosition(null);
    target.setAttribute('aria-describedby', TOOLTIP_ID);
    const rect = target.getBoundingClientRect();
    setPosition({ top: rect.bottom + 6, left: Math.max(8, Math.min(rect.left, window.innerWidth - 360)) });
    return () => target.removeAttribute('aria-describedby');
  }, [target]);

  // Below the term when it fits on screen, above it otherwise.
  useLayoutEffect(() => {
    if (!target || !position || !box.current) return;
    const height = box.current.offsetHeight;
    const rect = target.getBoundingClientRect();
    if (position.top + height > window.innerHeight - 8 && rect.top - height - 6 > 8) {
      setPosition({ ...position, top: rect.top - height - 6 });
    }
  }, [target, position]);

  if (!target || !position) return null;
  // On the body, above every stacking context of the page, so nothing covers its link.
  return createPortal(
    <div
      ref={box}
      id={TOOLTIP_ID}
      role="tooltip"
      className="glossary-tooltip"
      style={{ top: position.top, left: position.left }}
      onMouseEnter={() => onHold(target)}
      onMouseLeave={() => onHold(null)}
    >
      <strong>{target.dataset.term}</strong>
      <span className="glossary-tooltip-kind">{t('document.glossaryTerm')}</span>
      <p>{target.dataset.definition}</p>
      {target.dataset.href ? (
        <p className="glossary-tooltip-link">
          <Link to={target.dataset.href} tabIndex={-1} onClick={() => onHold(null)}>
            {t('document.glossaryOpenEntry')}
          </Link>
          <span className="hint"> {t('document.glossaryEnterHint')}</span>
        </p>
      ) : null}
    </div>,
    document.body,
  );
}
