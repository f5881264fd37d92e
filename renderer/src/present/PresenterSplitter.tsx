/**
 * The bar between the current slide and the notes: drag it, or focus it and use ← / →, to give
 * the notes more room or the slide more.
 */
import { useRef, type PointerEvent as ReactPointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SLIDE_SHARE } from './usePresenterLayout';

export function PresenterSplitter({ share, onShare }: { share: number; onShare(share: number): void }) {
  const { t } = useTranslation();
  const bar = useRef<HTMLDivElement>(null);
  const onPointerDown = (event: ReactPointerEvent<HTMLDivElement>) => {
    const container = bar.current?.parentElement;
    if (!container) return;
    event.preventDefault();
    bar.current?.setPointerCapture(event.pointerId);
    const rect = container.getBoundingClientRect();
    const move = (e: PointerEvent) => onShare(((e.clientX - rect.left) / rect.width) * 100);
    const up = () => {
      bar.current?.removeEventListener('pointermove', move);
      bar.current?.removeEventListener('pointerup', up);
    };
    bar.current?.addEventListener('pointermove', move);
    bar.current?.addEventListener('pointerup', up);
  };
  return (
    <div
      ref={bar}
      className="presenter-splitter"
      role="separator"
      aria-orientation="vertical"
      aria-label={t('present.splitter')}
      aria-valuemin={SLIDE_SHARE.min}
      aria-valuemax={SLIDE_SHARE.max}
      aria-valuenow={Math.round(share)}
      tabIndex={0}
      onPointerDown={onPointerDown}
      onKeyDown={(event) => {
        if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') {
          event.preventDefault();
          event.stopPropagation();
          onShare(share + (event.key === 'ArrowLeft' ? -5 : 5));
        }
      }}
    />
  );
}
