import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError } from '../../../../core/errors';
import { callHost } from '../../api/host';

/** Ticked checklist items of one document, kept by the host; a failed save un-ticks and says so. */
export function useChecklist(docId: string) {
  const [checked, setChecked] = useState<ReadonlySet<string>>(new Set());
  const [error, setError] = useState<ApiError | null>(null);
  // Ticks can be quicker than saves: only the answer to the newest save may replace the state.
  const latestSave = useRef(0);

  useEffect(() => {
    let current = true;
    setChecked(new Set());
    void callHost('progress:getChecklist', { id: docId }).then((result) => {
      if (!current) return;
      if (result.ok) setChecked(new Set(result.value.checked));
      else setError(result.error);
    });
    return () => {
      current = false;
    };
  }, [docId]);

  const toggle = useCallback(
    async (item: string, on: boolean) => {
      setChecked((prev) => {
        const next = new Set(prev);
        if (on) next.add(item);
        else next.delete(item);
        return next;
      });
      const save = ++latestSave.current;
      const result = await callHost('progress:setChecklistItem', { id: docId, item, checked: on });
      if (result.ok) {
        setError(null);
        if (save === latestSave.current) setChecked(new Set(result.value.checked));
      } else {
        setError(result.error);
        setChecked((prev) => {
          const next = new Set(prev);
          if (on) next.delete(item);
          else next.add(item);
          return next;
        });
      }
    },
    [docId],
  );

  return { checked, toggle, error };
}
