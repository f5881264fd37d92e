/** Indicators with baseline, target and dated results (each with a small chart), and the monitoring log. */
import { useTranslation } from 'react-i18next';
import { localToday } from '../../../core/planner/planProgress';
import type { Plan, PlanIndicator } from '../../../core/planner/schema';
import { IndicatorChart } from './IndicatorChart';
import { PlanSection, type ChangePlan } from './planSection';
import { nextId } from './usePlanEditor';

const toNumber = (text: string): number | null => {
  const cleaned = text.trim().replace(/\./g, '').replace(',', '.');
  return cleaned === '' || Number.isNaN(Number(cleaned)) ? null : Number(cleaned);
};
const show = (value: number | null) => (value === null ? '' : String(value).replace('.', ','));

export function IndicatorsSection({ id, plan, change }: { id: string; plan: Plan; change: ChangePlan }) {
  const { t } = useTranslation();
  const setIndicator = (indicatorId: string, patch: Partial<PlanIndicator>) =>
    change((p) => ({ ...p, indicators: p.indicators.map((x) => (x.id === indicatorId ? { ...x, ...patch } : x)) }));

  return (
    <PlanSection id={id} title={t('planner.indicators.title')} lead={t('planner.indicators.lead')}>
      {plan.indicators.map((indicator) => (
        <fieldset key={indicator.id} className="planner-fieldset planner-indicator">
          <legend>{indicator.name}</legend>
          <div className="planner-fields">
            <label>{t('planner.indicators.name')}<input maxLength={200} value={indicator.name} onChange={(e) => setIndicator(indicator.id, { name: e.target.value })} /></label>
            <label>{t('planner.indicators.unit')}<input maxLength={200} value={indicator.unit} onChange={(e) => setIndicator(indicator.id, { unit: e.target.value })} /></label>
            <label>{t('planner.indicators.baseline')}<input inputMode="decimal" defaultValue={show(indicator.baseline)} onBlur={(e) => setIndicator(indicator.id, { baseline: toNumber(e.target.value) })} /></label>
            <label>{t('planner.indicators.baselineDate')}<input type="date" value={indicator.baselineDate} onChange={(e) => setIndicator(indicator.id, { baselineDate: e.target.value })} /></label>
            <label>{t('planner.indicators.target')}<input inputMode="decimal" defaultValue={show(indicator.target)} onBlur={(e) => setIndicator(indicator.id, { target: toNumber(e.target.value) })} /></label>
            <label>{t('planner.indicators.targetDate')}<input type="date" value={indicator.targetDate} onChange={(e) => setIndicator(indicator.id, { targetDate: e.target.value })} /></label>
          </div>
          <div className="planner-indicator-body">
            <div>
              <h4>{t('planner.indicators.measurements')}</h4>
              <ul className="planner-rows">
                {indicator.measurements.map((m, i) => {
                  const set = (patch: Partial<typeof m>) => setIndicator(indicator.id, { measurements: indicator.measurements.map((x, j) => (j === i ? { ...x, ...patch } : x)) });
                  return (
                    <li key={m.id} className="planner-row">
                      <label>{t('planner.indicators.measurementDate')}<input type="date" required value={m.date} onChange={(e) => e.target.value && set({ date: e.target.value })} /></label>
                      <label>{t('planner.indicators.measurementValue')}<input inputMode="decimal" defaultValue={show(m.value)} onBlur={(e) => set({ value: toNumber(e.target.value) ?? m.value })} /></label>
                      <button type="button" onClick={() => setIndicator(indicator.id, { measurements: indicator.measurements.filter((_, j) => j !== i) })}>{t('planner.indicators.removeMeasurement', { date: m.date })}</button>
                    </li>
                  );
                })}
              </ul>
              <button type="button" onClick={() => setIndicator(indicator.id, { measurements: [...indicator.measurements, { id: nextId('m', indicator.measurements), date: localToday(), value: indicator.measurements.at(-1)?.value ?? indicator.baseline ?? 0, note: '' }] })}>
                {t('planner.indicators.addMeasurement')}
              </button>
            </div>
            <IndicatorChart indicator={indicator} />
          </div>
          <button type="button" onClick={() => change((p) => ({ ...p, indicators: p.indicators.filter((x) => x.id !== indicator.id) }))}>{t('planner.indicators.remove', { name: indicator.name })}</button>
        </fieldset>
      ))}
      <button type="button" onClick={() => change((p) => ({ ...p, indicators: [...p.indicators, { id: nextId('i', p.indicators), name: t('planner.indicators.newIndicator'), unit: '', baseline: null, baselineDate: '', target: null, targetDate: '', measurements: [] }] }))}>
        {t('planner.indicators.add')}
      </button>

      <h3>{t('planner.indicators.log')}</h3>
      <ul className="planner-rows">
        {plan.log.map((entry, i) => {
          const set = (patch: Partial<typeof entry>) => change((p) => ({ ...p, log: p.log.map((x, j) => (j === i ? { ...x, ...patch } : x)) }));
          return (
            <li key={entry.id} className="planner-row">
              <label>{t('planner.indicators.logDate')}<input type="date" value={entry.date} onChange={(e) => set({ date: e.target.value })} /></label>
              <label className="planner-grow">{t('planner.indicators.logText')}<input maxLength={4000} value={entry.text} onChange={(e) => set({ text: e.target.value })} /></label>
              <button type="button" onClick={() => change((p) => ({ ...p, log: p.log.filter((_, j) => j !== i) }))}>{t('planner.indicators.removeLog', { date: entry.date })}</button>
            </li>
          );
        })}
      </ul>
      <button type="button" onClick={() => change((p) => ({ ...p, log: [...p.log, { id: nextId('c', p.log), date: localToday(), text: '' }] }))}>{t('planner.indicators.addLog')}</button>
    </PlanSection>
  );
}
