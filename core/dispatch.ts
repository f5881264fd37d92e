/**
 * The single entry every transport goes through: known channel, validated input, handler,
 * and every failure turned into data. Nothing the handler throws leaks a stack to the renderer.
 */
import { api, type Channel, type HandlerTable, type Output } from './api';
import { ApiFailure, makeApiError, type Language, type Result } from './errors';
import { cutEcho, describeIssues } from './inputIssues';

function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(api, value);
}

export async function dispatch(
  handlers: HandlerTable,
  channel: unknown,
  rawInput: unknown,
  language: () => Language,
  onUnexpected: (error: unknown) => void = () => {},
): Promise<Result<Output<Channel>>> {
  if (!isChannel(channel)) {
    return { ok: false, error: makeApiError('unknown_channel', language(), cutEcho(String(channel))) };
  }
  const parsed = api[channel].input.safeParse(rawInput);
  if (!parsed.success) {
    return { ok: false, error: makeApiError('invalid_input', language(), describeIssues(parsed.error.issues, rawInput)) };
  }
  try {
    const handler = handlers[channel] as (input: unknown) => Promise<Output<Channel>>;
    return { ok: true, value: await handler(parsed.data) };
  } catch (error) {
    if (error instanceof ApiFailure) return { ok: false, error: makeApiError(error.code, language(), error.detail) };
    onUnexpected(error);
    return { ok: false, error: makeApiError('internal', language()) };
  }
}
