/** A small line chart of one indicator: its measurements over time, with the baseline and the target as dashed lines. */
import { useTranslation } from 'react-i18next';
import type { PlanIndicator } from '../../../core/planner/schema';
import { localeFor } from '../i18n';

const W = 360;
const H = 140;
const PAD = { left: 44, right: 12, top: 12, bottom: 24 };

export function IndicatorChart({ indicator }: { indicator: PlanIndicator }) {
  const { t, i18n } = useTranslation();
  const number = (v: number | null) => (v === null ? '–' : new Intl.NumberFormat(localeFor(i18n.language), { maximumFractionDigits: 2 }).format(v));
  const points = [...indicator.measurements].sort((a, b) => a.date.localeCompare(b.date));
  const values = [...points.map((p) => p.value), indicator.baseline, indicator.target].filter((v): v is number => v !== null);
  const label = t('planner.indicators.chart', { name: indicator.name, baseline: number(indicator.baseline), target: number(indicator.target), count: points.length });
  if (values.length === 0) return null;
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const span = hi - lo || Math.abs(hi) || 1;
  const y = (v: number) => PAD.top + (H - PAD.top - PAD.bottom) * (1 - (v - lo + span * 0.1) / (span * 1.2));
  const times = points.map((p) => Date.parse(p.date));
  const t0 = Math.min(...times);
  const t1 = Math.max(...times);
  const x = (time: number) => (t1 === t0 ? (W + PAD.left - PAD.right) / 2 : PAD.left + ((W - PAD.left - PAD.right) * (time - t0)) / (t1 - t0));
  const line = points.map((p, i) => `${i ? 'L' : 'M'} ${x(Date.parse(p.date)).toFixed(1)} ${y(p.value).toFixed(1)}`).join(' ');
  return (
    <svg className="indicator-chart" viewBox={`0 0 ${W} ${H}`} width={W} height={H} role="img" aria-label={label}>
      <line x1={PAD.left} x2={PAD.left} y1={PAD.top} y2={H - PAD.bottom} className="chart-axis" />
      <line x1={PAD.left} x2={W - PAD.right} y1={H - PAD.bottom} y2={H - PAD.bottom} className="chart-axis" />
      {indicator.baseline !== null ? (
        <g className="chart-baseline">
          <line x1={PAD.left} x2={W - PAD.right} y1={y(indicator.baseline)} y2={y(indicator.baseline)} />
          <text x={2} y={y(indicator.baseline) + 4}>{number(indicator.baseline)}</text>
        </g>
      ) : null}
      {indicator.target !== null ? (
        <g className="chart-target">
          <line x1={PAD.left} x2={W - PAD.right} y1={y(indicator.target)} y2={y(indicator.target)} />
          <text x={2} y={y(indicator.target) + 4}>{number(indicator.target)}</text>
        </g>
      ) : null}
      {line ? <path d={line} className="chart-line" /> : null}
      {points.map((p) => (
        <circle key={p.id} cx={x(Date.parse(p.date))} cy={y(p.value)} r={4} className="chart-point">
          <title>{`${p.date}: ${number(p.value)}`}</title>
        </circle>
      ))}
    </svg>
  );
}
