/**
 * Choosing one document out of thousands for a session pack: type words to narrow the list,
 * ↑/↓ to move, Enter to choose, Esc to close (or, when closed, to clear). An ARIA combobox
 * with a listbox popup (the WAI-ARIA "combobox with list autocomplete" pattern); at most
 * MAX_SHOWN options are in the DOM, with a note saying how many more match.
 */
import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentSummary } from '../../../../core/content/types';
import { foldText, queryWords, textMatches } from '../../library/browse/textQuery';
import './documentPicker.css';

const MAX_SHOWN = 50;

interface DocumentPickerProps {
  documents: readonly DocumentSummary[];
  value: string;
  onChange(id: string): void;
}

export function DocumentPicker({ documents, value, onChange }: DocumentPickerProps) {
  const { t, i18n } = useTranslation();
  const baseId = useId();
  const listId = `${baseId}-list`;
  const inputRef = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);

  // Sorted and folded once per library, so each keystroke is one pass of substring checks.
  const entries = useMemo(() => {
    const collator = new Intl.Collator('id');
    return [...documents]
      .sort((a, b) => collator.compare(a.title, b.title))
      .map((doc) => ({ doc, text: foldText(`${doc.title}\n${doc.id}\n${t(`types.${doc.type}`)}`) }));
  }, [documents, t]);
  const chosen = useMemo(() => documents.find((doc) => doc.id === value), [documents, value]);
  const words = useMemo(() => queryWords(text), [text]);
  const matches = useMemo(() => entries.filter((entry) => textMatches(entry.text, words)), [entries, words]);
  const shown = matches.slice(0, MAX_SHOWN);
  const current = Math.min(active, shown.length - 1);
  const number = new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'id-ID');

  const choose = (doc: DocumentSummary) => {
    onChange(doc.id);
    setText(doc.title);
    setOpen(false);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open) {
        setOpen(true);
        setActive(0);
        return;
      }
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((index) => Math.max(0, Math.min(shown.length - 1, index + step)));
    } else if (event.key === 'Enter' && open && shown[current]) {
      event.preventDefault();
      choose(shown[current]!.doc);
    } else if (event.key === 'Escape') {
      if (open) {
        event.preventDefault();
        event.stopPropagation();
        setOpen(false);
      } else if (text) {
        event.preventDefault();
        setText('');
        onChange('');
      }
    }
  };

  const activeId = open && current >= 0 ? `${baseId}-opt-${current}` : undefined;
  return (
    <div className="document-picker">
      <label htmlFor={`${baseId}-input`}>{t('packs.addDocument')}</label>
      <input
        ref={inputRef}
        id={`${baseId}-input`}
        type="text"
        role="combobox"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={activeId}
        aria-describedby={`${baseId}-hint`}
        autoComplete="off"
        spellCheck={false}
        placeholder={t('packs.pickerPlaceholder')}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
          setActive(0);
          if (chosen && event.target.value !== chosen.title) onChange('');
        }}
        onKeyDown={onKeyDown}
        onFocus={(event) => event.target.select()}
        onBlur={() => setOpen(false)}
      />
      <span id={`${baseId}-hint`} className="visually-hidden">
        {t('packs.pickerHint')}
      </span>
      <ul id={listId} role="listbox" aria-label={t('packs.pickerList')} className="document-picker-list" hidden={!open}>
        {shown.map((entry, index) => (
          <li
            key={entry.doc.id}
            id={`${baseId}-opt-${index}`}
            role="option"
            aria-selected={index === current}
            data-id={entry.doc.id}
            className={index === current ? 'document-picker-option active' : 'document-picker-option'}
            // Keep focus in the input while the pointer chooses.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => choose(entry.doc)}
            ref={index === current ? (element) => element?.scrollIntoView({ block: 'nearest' }) : undefined}
          >
            <span className="document-picker-title">{entry.doc.title}</span>
            <span className="document-picker-type">{t(`types.${entry.doc.type}`)}</span>
          </li>
        ))}
        {shown.length === 0 ? (
          <li role="option" aria-disabled="true" aria-selected={false} className="document-picker-none">
            {t('packs.pickerNone')}
          </li>
        ) : null}
      </ul>
      <p className="document-picker-count" aria-live="polite">
        {open && matches.length > shown.length
          ? t('packs.pickerMore', { shown: number.format(shown.length), total: number.format(matches.length) })
          : ''}
      </p>
    </div>
  );
}
