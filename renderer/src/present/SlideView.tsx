/**
 * One slide's audience content, sanitised, in a frame that sizes its type to the frame (container
 * units) and shrinks it further when a long slide would not fit. Links are inert while presenting.
 */
import { useLayoutEffect, useMemo, useRef } from 'react';
import { ItemBoundary } from '../components/ErrorBoundaries';
import { sanitizeDocumentHtml } from '../library/sanitizeHtml';

const MIN_FIT = 0.45;

interface Props {
  html: string;
  className?: string;
  label?: string;
}

/** A slide's words without its markup (DOMParser runs no script), shown if the slide cannot be. */
function slideText(html: string): string {
  return new DOMParser().parseFromString(html, 'text/html').body.textContent?.trim() ?? '';
}

/** One slide; a slide that cannot be shown shows its text instead, and the deck goes on. */
export function SlideView(props: Props) {
  const rawText = useMemo(() => (props.html ? slideText(props.html) : ''), [props.html]);
  return (
    <ItemBoundary rawText={rawText}>
      <SlideFrame {...props} />
    </ItemBoundary>
  );
}

function SlideFrame({ html, className = '', label }: Props) {
  const clean = useMemo(() => sanitizeDocumentHtml(html), [html]);
  const ref = useRef<HTMLDivElement>(null);

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const fit = () => {
      let scale = 1;
      el.style.setProperty('--fit', '1');
      while (el.scrollHeight > el.clientHeight + 1 && scale > MIN_FIT) {
        scale = Math.max(MIN_FIT, scale - 0.08);
        el.style.setProperty('--fit', String(scale));
      }
    };
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(el.parentElement ?? el);
    // An image changes the height once it has loaded: fit again then.
    const images = [...el.querySelectorAll('img')].filter((img) => !img.complete);
    images.forEach((img) => img.addEventListener('load', fit));
    return () => {
      observer.disconnect();
      images.forEach((img) => img.removeEventListener('load', fit));
    };
  }, [clean]);

  return (
    <div className={`slide-frame ${className}`}>
      <div
        ref={ref}
        className="slide"
        role={label ? 'group' : undefined}
        aria-label={label}
        onClick={(event) => {
          if ((event.target as HTMLElement).closest('a')) event.preventDefault();
        }}
        dangerouslySetInnerHTML={{ __html: clean }}
      />
    </div>
  );
}
