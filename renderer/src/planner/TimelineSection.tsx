/**
 * A Gantt view of the dated tasks, drawn as SVG: one row per task, a bar from start to end (a
 * diamond for a milestone or a task with only an end date), months along the top and a line at
 * today. Done tasks are filled, overdue ones marked; the same facts are in the Action Plan as text.
 */
import { useTranslation } from 'react-i18next';
import { localToday } from '../../../core/planner/planProgress';
import type { Plan } from '../../../core/planner/schema';
import { localeFor } from '../i18n';
import { formatPlanDate } from './planDates';
import { PlanSection } from './planSection';

const DAY = 86_400_000;
const LABEL_W = 300;
const ROW_H = 26;
const HEAD_H = 44;
const CHART_W = 760;

const toDay = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY;

export function TimelineSection({ id, plan }: { id: string; plan: Plan }) {
  const { t, i18n } = useTranslation();
  const today = localToday();
  const rows = plan.tasks.filter((task) => task.start || task.end);
  if (rows.length === 0) {
    return (
      <PlanSection id={id} title={t('planner.timeline.title')} lead={t('planner.timeline.lead')}>
        <p className="planner-hint">{t('planner.timeline.empty')}</p>
      </PlanSection>
    );
  }
  const days = rows.flatMap((task) => [task.start, task.end].filter(Boolean).map(toDay));
  const first = Math.min(...days, toDay(today)) - 3;
  const last = Math.max(...days, toDay(today)) + 3;
  const scale = CHART_W / Math.max(1, last - first);
  const x = (day: number) => LABEL_W + (day - first) * scale;
  const height = HEAD_H + rows.length * ROW_H + 8;
  const months: { day: number; label: string }[] = [];
  const cursor = new Date(first * DAY);
  cursor.setUTCDate(1);
  const monthFormat = new Intl.DateTimeFormat(localeFor(i18n.language), { month: 'short', year: '2-digit', timeZone: 'UTC' });
  while (cursor.getTime() / DAY <= last) {
    const day = cursor.getTime() / DAY;
    if (day >= first) months.push({ day, label: monthFormat.format(cursor) });
    cursor.setUTCMonth(cursor.getUTCMonth() + 1);
  }
  const label = t('planner.timeline.label', { count: rows.length, from: formatPlanDate(new Date(first * DAY).toISOString().slice(0, 10), i18n.language), to: formatPlanDate(new Date(last * DAY).toISOString().slice(0, 10), i18n.language) });

  return (
    <PlanSection id={id} title={t('planner.timeline.title')} lead={t('planner.timeline.lead')}>
      <div className="planner-timeline" tabIndex={0} role="group" aria-label={label}>
        <svg viewBox={`0 0 ${LABEL_W + CHART_W + 10} ${height}`} width="100%" role="img" aria-label={label}>
          {months.map((m) => (
            <g key={m.day} className="gantt-month">
              <line x1={x(m.day)} x2={x(m.day)} y1={22} y2={height} />
              <text x={x(m.day) + 3} y={16}>{m.label}</text>
            </g>
          ))}
          {rows.map((task, i) => {
            const y = HEAD_H + i * ROW_H;
            const done = task.status === 'selesai';
            const overdue = !done && task.end !== '' && task.end < today;
            const cls = `gantt-bar${done ? ' gantt-done' : ''}${overdue ? ' gantt-overdue' : ''}`;
            const name = task.title.length > 44 ? `${task.title.slice(0, 43)}…` : task.title;
            const when = [task.start, task.end].filter(Boolean).map((d) => formatPlanDate(d, i18n.language)).join(' – ');
            const diamond = task.milestone || !task.start || !task.end;
            const at = x(toDay(task.end || task.start));
            return (
              <g key={task.id} className="gantt-row">
                <title>{`${task.title}: ${when} (${t(`planner.taskStatus.${task.status}`)})`}</title>
                <text x={4} y={y + 17} className="gantt-label">{name}</text>
                {diamond ? (
                  <path d={`M ${at} ${y + 4} l 9 9 l -9 9 l -9 -9 z`} className={cls} />
                ) : (
                  <rect x={x(toDay(task.start))} y={y + 5} width={Math.max(4, (toDay(task.end) - toDay(task.start) + 1) * scale)} height={ROW_H - 10} rx={3} className={cls} />
                )}
              </g>
            );
          })}
          <line x1={x(toDay(today))} x2={x(toDay(today))} y1={HEAD_H - 20} y2={height} className="gantt-today" />
          <text x={x(toDay(today)) + 4} y={HEAD_H - 8} className="gantt-today-label">{t('planner.timeline.today')}</text>
        </svg>
      </div>
    </PlanSection>
  );
}
