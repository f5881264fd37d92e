/**
 * One plan being edited: a local draft that every field changes at once, saved shortly after the
 * last change (one save per pause in typing, never two at a time). A save that fails keeps the
 * draft on screen with the reason; the next change tries again. Undo asks the host for the
 * version before the last save.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError } from '../../../core/errors';
import type { Plan } from '../../../core/planner/schema';
import { callHost } from '../api/host';

const SAVE_AFTER_MS = 500;

export type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'error';

export interface PlanEditor {
  plan: Plan;
  change(update: (plan: Plan) => Plan): void;
  saveState: SaveState;
  error: ApiError | null;
  undo(): Promise<boolean>;
  /** Saves a pending change now (before leaving, exporting or printing). */
  flush(): Promise<void>;
}

export function usePlanEditor(initial: Plan): PlanEditor {
  const [plan, setPlan] = useState(initial);
  const [saveState, setSaveState] = useState<SaveState>('idle');
  const [error, setError] = useState<ApiError | null>(null);
  const latest = useRef(initial);
  const dirty = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const running = useRef<Promise<void>>(Promise.resolve());

  const save = useCallback((): Promise<void> => {
    clearTimeout(timer.current);
    running.current = running.current.then(async () => {
      if (!dirty.current) return;
      dirty.current = false;
      setSaveState('saving');
      const sent = latest.current;
      const result = await callHost('planner:save', { plan: sent });
      if (!result.ok) {
        dirty.current = true;
        setError(result.error);
        setSaveState('error');
        return;
      }
      setError(null);
      // Keep what was typed while the save ran; take the host's stamp only.
      latest.current = latest.current === sent ? result.value : { ...latest.current, updatedAt: result.value.updatedAt };
      setPlan(latest.current);
      setSaveState(dirty.current ? 'pending' : 'saved');
    });
    return running.current;
  }, []);

  const change = useCallback(
    (update: (plan: Plan) => Plan) => {
      latest.current = update(latest.current);
      dirty.current = true;
      setPlan(latest.current);
      setSaveState('pending');
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void save(), SAVE_AFTER_MS);
    },
    [save],
  );

  const undo = useCallback(async () => {
    await save();
    const result = await callHost('planner:undo', { id: latest.current.id });
    if (!result.ok) {
      setError(result.error);
      return false;
    }
    latest.current = result.value.plan;
    setPlan(result.value.plan);
    return result.value.undone;
  }, [save]);

  // Leaving the page saves what is pending.
  useEffect(() => () => void save(), [save]);

  return { plan, change, saveState, error, undo, flush: save };
}

/** A record id that is unique within its list. */
export function nextId(prefix: string, existing: readonly { id: string }[]): string {
  const used = new Set(existing.map((e) => e.id));
  let n = existing.length + 1;
  while (used.has(`${prefix}-${n}`)) n++;
  return `${prefix}-${n}`;
}
