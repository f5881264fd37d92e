import { useLayoutEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

const TOOLTIP_ID = 'glossary-tooltip';

/** The definition of the glossary term under the pointer or keyboard focus. */
export function GlossaryTooltip({ target }: { target: HTMLElement | null }) {
  const { t } = useTranslation();
  const [position, setPosition] = useState<{ top: number; left: number } | null>(null);

  useLayoutEffect(() => {
    if (!target) return setPosition(null);
    target.setAttribute('aria-describedby', TOOLTIP_ID);
    const rect = target.getBoundingClientRect();
    setPosition({ top: rect.bottom + 6, left: Math.max(8, Math.min(rect.left, window.innerWidth - 360)) });
    return () => target.removeAttribute('aria-describedby');
  }, [target]);

  if (!target || !position) return null;
  return (
    <div id={TOOLTIP_ID} role="tooltip" className="glossary-tooltip" style={{ top: position.top, left: position.left }}>
      <strong>{target.dataset.term}</strong>
      <span className="glossary-tooltip-kind">{t('document.glossaryTerm')}</span>
      <p>{target.dataset.definition}</p>
    </div>
  );
}
