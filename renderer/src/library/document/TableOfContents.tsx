import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Heading } from '../../../../core/content/types';

/** The outline, with the section being read marked as the reader scrolls. */
export function TableOfContents({ headings, scrollRoot }: { headings: Heading[]; scrollRoot: HTMLElement | null }) {
  const { t } = useTranslation();
  const items = useMemo(() => headings.filter((h) => h.depth === 2 || h.depth === 3), [headings]);
  const [active, setActive] = useState(items[0]?.slug ?? '');

  useEffect(() => {
    if (!scrollRoot || items.length === 0) return;
    let frame = 0;
    const update = () => {
      frame = 0;
      const offset = scrollRoot.getBoundingClientRect().top + 96;
      let current = items[0]!.slug;
      for (const item of items) {
        const el = document.getElementById(item.slug);
        if (el && el.getBoundingClientRect().top <= offset) current = item.slug;
      }
      // At the very bottom the last sections can never reach the top: the last one is being read.
      const atBottom = scrollRoot.scrollTop > 0 && scrollRoot.scrollTop + scrollRoot.clientHeight >= scrollRoot.scrollHeight - 2;
      setActive(atBottom ? items[items.length - 1]!.slug : current);
    };
    const onScroll = () => {
      if (!frame) frame = requestAnimationFrame(update);
    };
    update();
    scrollRoot.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      scrollRoot.removeEventListener('scroll', onScroll);
      cancelAnimationFrame(frame);
    };
  }, [items, scrollRoot]);

  if (items.length === 0) return null;
  return (
    <nav className="toc" aria-label={t('document.toc')}>
      <h2>{t('document.toc')}</h2>
      <ol>
        {items.map((item) => (
          <li key={item.slug} className={`toc-depth-${item.depth}`}>
            <a
              href={`#${item.slug}`}
              aria-current={item.slug === active ? 'location' : undefined}
              onClick={(event) => {
                event.preventDefault();
                document.getElementById(item.slug)?.scrollIntoView({ block: 'start' });
                document.getElementById(item.slug)?.focus({ preventScroll: true });
              }}
            >
              {item.text}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
