/**
 * The document's HTML, sanitised, plus what makes it a reader and not a web page: tickable
 * checklists, underlined glossary terms, in-page anchors that do not fight hash routing, and web
 * links that leave only through the host's confirmation.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { callHost } from '../../api/host';
import type { GlossaryMatcher } from '../glossaryTerms';
import { sanitizeDocumentHtml } from '../sanitizeHtml';
import { markGlossaryTerms } from './markGlossaryTerms';
import { clearMarks, markStems } from './textMarks';

interface Props {
  html: string;
  glossary: GlossaryMatcher | null;
  checked: ReadonlySet<string>;
  onToggleTask(item: string, checked: boolean): void;
  onTermFocus(target: HTMLElement | null): void;
  /** Stems of the search that led here: their words are marked in the text. */
  highlightStems: string[];
  bodyRef: RefObject<HTMLDivElement | null>;
}

export function DocumentBody({ html, glossary, checked, onToggleTask, onTermFocus, highlightStems, bodyRef: root }: Props) {
  const { t } = useTranslation();
  const clean = useMemo(() => sanitizeDocumentHtml(html), [html]);
  const navigate = useNavigate();
  const toggle = useRef(onToggleTask);
  toggle.current = onToggleTask;

  // Checkboxes are added once per document body. The glossary may arrive after the body, so each
  // step checks what is already there instead of trusting how often React runs it.
  useLayoutEffect(() => {
    root.current?.querySelectorAll<HTMLLIElement>('li[data-task]').forEach((li) => {
      if (li.querySelector(':scope > input.task-checkbox')) return;
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.className = 'task-checkbox';
      box.dataset.taskBox = li.dataset.task;
      box.setAttribute('aria-label', li.textContent?.trim().slice(0, 120) ?? '');
      li.prepend(box);
    });
  }, [clean, root]);

  useLayoutEffect(() => {
    const el = root.current;
    if (!el || !glossary || el.querySelector('dfn.glossary-term')) return;
    markGlossaryTerms(el, glossary);
  }, [clean, glossary, root]);

  const stemsKey = highlightStems.join(' ');
  useLayoutEffect(() => {
    const el = root.current;
    if (!el || !stemsKey) return;
    markStems(el, stemsKey.split(' '));
    return () => clearMarks(el, 'search-hit');
  }, [clean, glossary, stemsKey, root]);

  useEffect(() => {
    root.current?.querySelectorAll<HTMLInputElement>('input[data-task-box]').forEach((box) => {
      box.checked = checked.has(box.dataset.taskBox ?? '');
    });
  }, [checked, clean, root]);

  useEffect(() => {
    const el = root.current;
    if (!el) return;
    const onChange = (event: Event) => {
      const box = event.target as HTMLInputElement;
      if (box.dataset.taskBox) toggle.current(box.dataset.taskBox, box.checked);
    };
    const onClick = (event: MouseEvent) => {
      const anchor = (event.target as HTMLElement).closest('a');
      const href = anchor?.getAttribute('href') ?? '';
      if (/^https?:\/\//i.test(href)) {
        event.preventDefault();
        void callHost('app:openExternal', { url: href });
      } else if (href.startsWith('#/')) {
        // Links to other documents go through the router, so each visit is its own history
        // entry and Back returns to this place.
        event.preventDefault();
        void navigate(href.slice(1));
      } else if (href.startsWith('#')) {
        // Footnotes and other in-page anchors: scroll, do not change the route.
        event.preventDefault();
        document.getElementById(decodeURIComponent(href.slice(1)))?.scrollIntoView({ block: 'start' });
      }
    };
    const onTerm = (event: Event) => {
      const target = (event.target as HTMLElement).closest<HTMLElement>('dfn.glossary-term');
      onTermFocus(event.type === 'focusout' || event.type === 'mouseout' ? null : target);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      const term = (event.target as HTMLElement).closest<HTMLElement>('dfn.glossary-term');
      if (event.key === 'Enter' && term?.dataset.href) {
        event.preventDefault();
        void navigate(term.dataset.href);
      }
    };
    el.addEventListener('change', onChange);
    el.addEventListener('click', onClick);
    el.addEventListener('keydown', onKeyDown);
    for (const type of ['mouseover', 'focusin', 'mouseout', 'focusout']) el.addEventListener(type, onTerm);
    return () => {
      el.removeEventListener('change', onChange);
      el.removeEventListener('click', onClick);
      el.removeEventListener('keydown', onKeyDown);
      for (const type of ['mouseover', 'focusin', 'mouseout', 'focusout']) el.removeEventListener(type, onTerm);
    };
  }, [onTermFocus, root, navigate]);

  return <div ref={root} className="prose" role="region" tabIndex={-1} aria-label={t('document.bodyLabel')} dangerouslySetInnerHTML={{ __html: clean }} />;
}
