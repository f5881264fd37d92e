import { useEffect, useState } from 'react';
import type { Channel, Input, Output } from '../../../core/api';
import type { ApiError } from '../../../core/errors';
import { callHost } from './host';

export type HostCallState<T> =
  | { status: 'loading' }
  | { status: 'error'; error: ApiError }
  | { status: 'ready'; value: T };

/** Calls the host when the key changes; ignores answers to calls that are no longer current. */
export function useHostCall<C extends Channel>(channel: C, input: Input<C>, key: string): HostCallState<Output<C>> {
  const [state, setState] = useState<HostCallState<Output<C>>>({ status: 'loading' });
  useEffect(() => {
    let current = true;
    setState({ status: 'loading' });
    callHost(channel, input).then(
      (result) => {
        if (!current) return;
        setState(result.ok ? { status: 'ready', value: result.value } : { status: 'error', error: result.error });
      },
      (error: unknown) => {
        if (!current) return;
        const message = error instanceof Error ? error.message : String(error);
        setState({ status: 'error', error: { code: 'internal', message, messages: { id: message, en: message } } });
      },
    );
    return () => {
      current = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` stands for the input
  }, [channel, key]);
  return state;
}
