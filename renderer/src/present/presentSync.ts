/**
 * Keeps the audience and presenter views in step. Both are pages of the app's own origin (two
 * Electron windows on app://, or two browser pages in tests and the web preview), so a
 * BroadcastChannel per deck carries the shared state; whichever view the trainer drives sends it.
 * A view that opens says hello; a view that is already showing the deck answers with its state.
 */
export interface SharedPresentState {
  index: number;
  blank: boolean;
  /** When the presentation started (ms since epoch): both views show the same elapsed time. */
  startedAt: number;
  /** When the trainer last acted (0 for a state nobody has touched): the newer state wins. */
  changedAt: number;
}

/** `end`: the trainer left the presenter view; a window opened only for the audience closes. */
export type PresentMessage = { type: 'hello' } | { type: 'end' } | { type: 'state'; state: SharedPresentState };

export function isPresentMessage(value: unknown): value is PresentMessage {
  if (typeof value !== 'object' || value === null) return false;
  const message = value as { type?: unknown; state?: Partial<SharedPresentState> };
  if (message.type === 'hello' || message.type === 'end') return true;
  const s = message.state;
  return (
    message.type === 'state' &&
    typeof s === 'object' &&
    s !== null &&
    Number.isInteger(s.index) &&
    typeof s.blank === 'boolean' &&
    typeof s.startedAt === 'number' &&
    typeof s.changedAt === 'number'
  );
}

/** The state a view should show after hearing another view's. */
export function mergeState(local: SharedPresentState, incoming: SharedPresentState): SharedPresentState {
  if (incoming.changedAt > local.changedAt) return incoming;
  if (incoming.changedAt < local.changedAt) return local;
  // Neither is newer (two views just opened): keep the earlier start so the clocks agree.
  return { ...incoming, startedAt: Math.min(local.startedAt, incoming.startedAt) };
}

export interface PresentLink {
  send(message: PresentMessage): void;
  close(): void;
}

export function openPresentLink(deck: string, onMessage: (message: PresentMessage) => void): PresentLink {
  if (typeof BroadcastChannel === 'undefined') return { send: () => {}, close: () => {} };
  const channel = new BroadcastChannel(`pustaka-presentasi:${deck}`);
  channel.onmessage = (event: MessageEvent<unknown>) => {
    if (isPresentMessage(event.data)) onMessage(event.data);
  };
  return { send: (message) => channel.postMessage(message), close: () => channel.close() };
}
