/**
 * What the native error dialog says when the main process cannot start: what went wrong and where
 * the log file is, in the system's language (the user's settings may be what failed to load).
 */
import type { Language } from '../../../core/errors';

const MAX_MESSAGE_CHARS = 600;

export function startupFailureDialog(
  language: Language,
  error: unknown,
  log: { path: string; written: boolean },
): { title: string; content: string } {
  const raw = error instanceof Error ? error.message : String(error);
  const message = raw.length > MAX_MESSAGE_CHARS ? `${raw.slice(0, MAX_MESSAGE_CHARS)}…` : raw;
  if (language === 'id') {
    return {
      title: 'Pustaka Inovasi tidak dapat dibuka',
      content: [
        'Terjadi kesalahan saat memulai aplikasi:',
        message,
        log.written ? `Rinciannya dicatat dalam berkas log:\n${log.path}` : `Berkas log juga tidak dapat ditulis:\n${log.path}`,
        'Silakan buka kembali aplikasi. Bila kesalahan ini terus muncul, kirimkan berkas log tersebut kepada pengelola aplikasi.',
      ].join('\n\n'),
    };
  }
  return {
    title: 'Pustaka Inovasi could not start',
    content: [
      'Something went wrong while starting the app:',
      message,
      log.written ? `The details are in the log file:\n${log.path}` : `The log file could not be written either:\n${log.path}`,
      'Please open the app again. If this keeps happening, send that log file to whoever looks after the app.',
    ].join('\n\n'),
  };
}

/** Indonesian unless the system asks for English (the app's own default is Indonesian). */
export function systemLanguage(locale: string): Language {
  return /^en\b/i.test(locale) ? 'en' : 'id';
}
