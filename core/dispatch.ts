/**
 * The single entry every transport goes through: known channel, validated input, handler,
 * and every failure turned into data. Nothing the handler throws leaks a stack to the renderer.
 */
import { api, type Channel, type HandlerTable, type Output } from './api';
import { ApiFailure, makeApiError, type Language, type Result } from './errors';

function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(api, value);
}

function describeIssues(issues: { path: PropertyKey[]; message: string }[]): string {
  return issues
    .slice(0, 3)
    .map((issue) => (issue.path.length ? `${issue.path.map(String).join('.')}: ` : '') + issue.message)
    .join('; ');
}

export async function dispatch(
  handlers: HandlerTable,
  channel: unknown,
  rawInput: unknown,
  language: () => Language,
  onUnexpected: (error: unknown) => void = () => {},
): Promise<Result<Output<Channel>>> {
  if (!isChannel(channel)) {
    return { ok: false, error: makeApiError('unknown_channel', language(), String(channel).slice(0, 80)) };
  }
  const parsed = api[channel].input.safeParse(rawInput);
  if (!parsed.success) {
    return { ok: false, error: makeApiError('invalid_input', language(), describeIssues(parsed.error.issues)) };
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
