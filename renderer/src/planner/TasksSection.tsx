/**
 * The action plan, stage by stage: each task with its owner, dates, status, milestone flag, the
 * task it waits for, and notes. Tasks move up and down within their stage by button, so the order
 * can be changed without a mouse.
 */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { blockedTasks, localToday } from '../../../core/planner/planProgress';
import { STAGES, TASK_STATUSES, type Plan, type PlanTask, type Stage } from '../../../core/planner/schema';
import { PlanSection, type ChangePlan } from './planSection';
import { nextId } from './usePlanEditor';

export function TasksSection({ id, plan, change }: { id: string; plan: Plan; change: ChangePlan }) {
  const { t } = useTranslation();
  const today = localToday();
  const blocked = blockedTasks(plan);
  const setTask = (taskId: string, patch: Partial<PlanTask>) => change((p) => ({ ...p, tasks: p.tasks.map((x) => (x.id === taskId ? { ...x, ...patch } : x)) }));
  const move = (taskId: string, stage: Stage, step: -1 | 1) =>
    change((p) => {
      const inStage = p.tasks.filter((x) => x.stage === stage);
      const at = inStage.findIndex((x) => x.id === taskId);
      const other = inStage[at + step];
      if (!other) return p;
      const tasks = [...p.tasks];
      const a = tasks.findIndex((x) => x.id === taskId);
      const b = tasks.findIndex((x) => x.id === other.id);
      [tasks[a], tasks[b]] = [tasks[b]!, tasks[a]!];
      return { ...p, tasks };
    });
  const removeTask = (taskId: string) =>
    change((p) => ({ ...p, tasks: p.tasks.filter((x) => x.id !== taskId).map((x) => ({ ...x, dependsOn: x.dependsOn.filter((d) => d !== taskId) })) }));
  const addTask = (stage: Stage) =>
    change((p) => {
      const task: PlanTask = { id: nextId('t', p.tasks), stage, title: t('planner.tasks.newTask'), owner: '', start: '', end: '', status: 'belum', dependsOn: [], milestone: false, notes: '' };
      const last = p.tasks.map((x) => x.stage).lastIndexOf(stage);
      const tasks = [...p.tasks];
      tasks.splice(last < 0 ? tasks.length : last + 1, 0, task);
      return { ...p, tasks };
    });

  return (
    <PlanSection id={id} title={t('planner.tasks.title')} lead={t('planner.tasks.lead')}>
      {STAGES.map((stage) => {
        const tasks = plan.tasks.filter((x) => x.stage === stage);
        const done = tasks.filter((x) => x.status === 'selesai').length;
        const stageName = t(`planner.stages.${stage}`);
        return (
          <section key={stage} className="planner-stage" aria-label={stageName}>
            <h3>
              {stageName} <small className="planner-muted">({t('planner.tasks.count', { done, total: tasks.length })})</small>
            </h3>
            <ol className="planner-tasks">
              {tasks.map((task, i) => {
                const overdue = task.status !== 'selesai' && task.end !== '' && task.end < today;
                return (
                  <li key={task.id} className={`planner-task${task.status === 'selesai' ? ' planner-task-done' : ''}${overdue ? ' planner-task-overdue' : ''}`}>
                    <div className="planner-task-main">
                      <label className="planner-grow">
                        {t('planner.tasks.task')}
                        <input maxLength={200} value={task.title} onChange={(e) => setTask(task.id, { title: e.target.value })} />
                      </label>
                      <label>
                        {t('planner.tasks.owner')}
                        <input maxLength={200} value={task.owner} onChange={(e) => setTask(task.id, { owner: e.target.value })} />
                      </label>
                      <label>
                        {t('planner.tasks.start')}
                        <input type="date" value={task.start} max={task.end || undefined} onChange={(e) => setTask(task.id, { start: e.target.value })} />
                      </label>
                      <label>
                        {t('planner.tasks.end')}
                        <input type="date" value={task.end} min={task.start || undefined} onChange={(e) => setTask(task.id, { end: e.target.value })} />
                      </label>
                      <label>
                        {t('planner.tasks.status')}
                        <select value={task.status} onChange={(e) => setTask(task.id, { status: e.target.value as PlanTask['status'] })}>
                          {TASK_STATUSES.map((s) => <option key={s} value={s}>{t(`planner.taskStatus.${s}`)}</option>)}
                        </select>
                      </label>
                      <label>
                        {t('planner.tasks.dependsOn')}
                        <select value={task.dependsOn[0] ?? ''} onChange={(e) => setTask(task.id, { dependsOn: e.target.value ? [e.target.value] : [] })}>
                          <option value="">{t('planner.tasks.none')}</option>
                          {plan.tasks.filter((x) => x.id !== task.id).map((x) => <option key={x.id} value={x.id}>{x.title}</option>)}
                        </select>
                      </label>
                      <label className="planner-check">
                        <input type="checkbox" checked={task.milestone} onChange={(e) => setTask(task.id, { milestone: e.target.checked })} />
                        {t('planner.tasks.milestone')}
                      </label>
                    </div>
                    <div className="planner-task-meta">
                      {overdue ? <strong className="planner-overdue">{t('planner.tasks.overdue')}</strong> : null}
                      {blocked.has(task.id) ? <span className="planner-waiting">{t('planner.tasks.waiting')}</span> : null}
                      {task.from ? <Link to={`/dokumen/${task.from.doc}#${task.from.slug}`} className="planner-from">{t('planner.tasks.fromGuide')}</Link> : null}
                      <button type="button" aria-label={t('planner.tasks.moveUp', { title: task.title })} disabled={i === 0} onClick={() => move(task.id, stage, -1)}>↑</button>
                      <button type="button" aria-label={t('planner.tasks.moveDown', { title: task.title })} disabled={i === tasks.length - 1} onClick={() => move(task.id, stage, 1)}>↓</button>
                      <button type="button" aria-label={t('planner.tasks.remove', { title: task.title })} onClick={() => removeTask(task.id)}>✕</button>
                    </div>
                    <details className="planner-task-notes">
                      <summary>{t('planner.tasks.notes')}</summary>
                      <textarea aria-label={`${t('planner.tasks.notes')}: ${task.title}`} rows={2} maxLength={4000} value={task.notes} onChange={(e) => setTask(task.id, { notes: e.target.value })} />
                    </details>
                  </li>
                );
              })}
            </ol>
            <button type="button" onClick={() => addTask(stage)}>{t('planner.tasks.add', { stage: stageName })}</button>
          </section>
        );
      })}
    </PlanSection>
  );
}
