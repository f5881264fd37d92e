/**
 * Ctrl+Shift+P: every page and action by name. Type to narrow, ↑/↓ to choose, Enter to run,
 * Esc to close. A native modal <dialog> keeps focus inside while it is open.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { matchCommands, type Command } from './commandList';

/** `opened` is 0 when closed, and a new number each time the palette is asked for. */
export function CommandPalette({ opened, commands, onClose }: { opened: number; commands: Command[]; onClose(): void }) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const [text, setText] = useState('');
  const [active, setActive] = useState(0);
  const listId = useId();
  const shown = useMemo(() => matchCommands(commands, text), [commands, text]);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (opened > 0 && !element.open) {
      setText('');
      setActive(0);
      element.showModal();
    } else if (opened === 0 && element.open) element.close();
  }, [opened]);

  useEffect(() => {
    document.getElementById(`${listId}-${active}`)?.scrollIntoView({ block: 'nearest' });
  }, [active, listId]);

  const run = (command: Command | undefined) => {
    if (!command) return;
    onClose();
    command.run();
  };

  return (
    <dialog ref={dialog} className="command-palette" aria-label={t('commands.title')} onClose={onClose}>
      <input
        type="text"
        role="combobox"
        aria-expanded="true"
        aria-controls={listId}
        aria-activedescendant={shown.length > 0 ? `${listId}-${active}` : undefined}
        aria-label={t('commands.inputLabel')}
        placeholder={t('commands.placeholder')}
        value={text}
        autoFocus
        onChange={(event) => {
          setText(event.target.value);
          setActive(0);
        }}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            event.preventDefault();
            const step = event.key === 'ArrowDown' ? 1 : -1;
            setActive((i) => (shown.length === 0 ? 0 : (i + step + shown.length) % shown.length));
          } else if (event.key === 'Enter') {
            event.preventDefault();
            run(shown[active]);
          }
        }}
      />
      <ul id={listId} role="listbox" aria-label={t('commands.title')}>
        {shown.map((command, index) => (
          <li
            key={command.id}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === active}
            className={index === active ? 'active' : undefined}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => run(command)}
          >
            <span>{command.label}</span>
            {command.hint ? <kbd>{command.hint}</kbd> : null}
          </li>
        ))}
        {shown.length === 0 ? <li className="command-empty">{t('commands.none')}</li> : null}
      </ul>
    </dialog>
  );
}
