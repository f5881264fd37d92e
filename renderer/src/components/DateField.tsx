/**
 * A date field that speaks the user's format: typed and shown as dd/mm/yyyy (hh/bb/tttt in the
 * Indonesian hint), with the date in words underneath ("Kamis, 3 Desember 2026"), instead of the
 * browser's widget, whose order follows the system (often mm/dd/yyyy). A valid date is passed on
 * as it is typed; what cannot be read gets a clear message on leaving the field, and the text the
 * user wrote stays in the field to be corrected.
 */
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateLong, formatDateNumeric, parseDateText } from './dateText';

interface Props {
  label: string;
  /** ISO yyyy-mm-dd, or '' for none. */
  value: string;
  onChange(iso: string): void;
  className?: string;
}

export function DateField({ label, value, onChange, className = '' }: Props) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [text, setText] = useState(formatDateNumeric(value));
  const [problem, setProblem] = useState<'format' | 'calendar' | null>(null);

  // A value changed from outside (a reset, a loaded pack) replaces the text, unless it is what the
  // text already says; so this runs on a change of value only, not of text.
  useEffect(() => {
    const parsed = parseDateText(text);
    if (!parsed.ok || parsed.iso !== value) {
      setText(formatDateNumeric(value));
      setProblem(null);
    }
  }, [value]);

  const parsed = parseDateText(text);
  const hint = problem
    ? t(problem === 'calendar' ? 'dateField.notInCalendar' : 'dateField.invalid', { text: text.trim() })
    : parsed.ok && parsed.iso
      ? formatDateLong(parsed.iso, i18n.language)
      : t('dateField.hint');

  return (
    <div className={`date-field ${className}`}>
      <label htmlFor={`${id}-input`}>{label}</label>
      <input
        id={`${id}-input`}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        placeholder={t('dateField.placeholder')}
        value={text}
        aria-invalid={problem ? true : undefined}
        aria-describedby={`${id}-hint`}
        onChange={(event) => {
          const next = event.target.value;
          setText(next);
          const read = parseDateText(next);
          if (read.ok) {
            setProblem(null);
            if (read.iso !== value) onChange(read.iso);
          }
        }}
        onBlur={() => {
          const read = parseDateText(text);
          if (!read.ok) return setProblem(read.reason);
          setProblem(null);
          setText(formatDateNumeric(read.iso));
        }}
        onKeyDown={(event) => {
          if (event.key !== 'Enter') return;
          const read = parseDateText(text);
          if (!read.ok) setProblem(read.reason);
          else setText(formatDateNumeric(read.iso));
        }}
      />
      <span id={`${id}-hint`} className={problem ? 'date-field-hint date-field-error' : 'date-field-hint'} role={problem ? 'alert' : undefined}>
        {hint}
      </span>
    </div>
  );
}
