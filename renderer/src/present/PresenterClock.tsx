/**
 * Elapsed time since the presentation started (shared by both views) and a countdown the trainer
 * sets for the session; the countdown turns to a warning in its last two minutes and counts on
 * past zero, so an overrun is visible rather than hidden.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

export function formatClock(ms: number): string {
  const negative = ms < 0;
  const total = Math.floor(Math.abs(ms) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${negative ? '−' : ''}${h > 0 ? `${h}:` : ''}${pad(m)}:${pad(s)}`;
}

function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 250);
    return () => window.clearInterval(timer);
  }, []);
  return now;
}

export function PresenterClock({ startedAt, onRestart, defaultMinutes }: { startedAt: number; onRestart(): void; defaultMinutes: number }) {
  const { t, i18n } = useTranslation();
  const now = useNow();
  const timeOfDay = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'id-ID', { hour: '2-digit', minute: '2-digit' }).format(now);
  const [minutes, setMinutes] = useState(defaultMinutes);
  const [endsAt, setEndsAt] = useState<number | null>(null);
  const remaining = endsAt === null ? minutes * 60_000 : endsAt - now;
  const warn = endsAt !== null && remaining < 2 * 60_000;
  return (
    <div className="presenter-clock">
      <p className="clock-time">
        <span className="clock-label">{t('present.timeOfDay')}</span>
        <strong data-testid="time-of-day" className="clock-value">
          {timeOfDay}
        </strong>
      </p>
      <p className="clock-elapsed">
        <span className="clock-label">{t('present.elapsed')}</span>
        <strong data-testid="elapsed" className="clock-value">
          {formatClock(Math.max(0, now - startedAt))}
        </strong>
        <button type="button" className="button-quiet" onClick={onRestart}>
          {t('present.restartClock')}
        </button>
      </p>
      <p className={`clock-countdown${warn ? ' clock-warn' : ''}`}>
        <span className="clock-label">{t('present.countdown')}</span>
        <strong data-testid="countdown" className="clock-value">
          {formatClock(remaining)}
        </strong>
        <label className="clock-minutes">
          <span className="visually-hidden">{t('present.countdownMinutes')}</span>
          <input
            type="number"
            min={1}
            max={600}
            value={minutes}
            disabled={endsAt !== null}
            onChange={(event) => setMinutes(Math.min(600, Math.max(1, Number(event.target.value) || 1)))}
          />
          <span aria-hidden="true">{t('present.minutesShort')}</span>
        </label>
        <button type="button" className="button-quiet" onClick={() => setEndsAt(endsAt === null ? Date.now() + minutes * 60_000 : null)}>
          {endsAt === null ? t('present.startCountdown') : t('present.stopCountdown')}
        </button>
      </p>
    </div>
  );
}
