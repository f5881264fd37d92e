/**
 * What the plan list, the home page and the plan itself say about progress: the share of tasks
 * done, the next deadline, and which tasks are overdue or waiting on others. `today` is a
 * YYYY-MM-DD string in the user's own time zone, so a task due today is not yet overdue.
 */
import type { Plan, PlanTask } from './schema';

export interface PlanProgress {
  total: number;
  done: number;
  /** 0–100, whole percent; 0 for a plan with no tasks. */
  percent: number;
  /** The earliest end date among unfinished tasks that is today or later. */
  nextDeadline: { task: string; title: string; date: string } | null;
  overdue: { task: string; title: string; date: string }[];
}

const isOpen = (task: PlanTask) => task.status !== 'selesai';

export function planProgress(plan: Pick<Plan, 'tasks'>, today: string): PlanProgress {
  const total = plan.tasks.length;
  const done = plan.tasks.filter((t) => !isOpen(t)).length;
  const open = plan.tasks.filter((t) => isOpen(t) && t.end);
  const overdue = open
    .filter((t) => t.end < today)
    .sort((a, b) => a.end.localeCompare(b.end))
    .map((t) => ({ task: t.id, title: t.title, date: t.end }));
  const upcoming = open.filter((t) => t.end >= today).sort((a, b) => a.end.localeCompare(b.end))[0];
  return {
    total,
    done,
    percent: total ? Math.floor((done * 100) / total) : 0,
    nextDeadline: upcoming ? { task: upcoming.id, title: upcoming.title, date: upcoming.end } : null,
    overdue,
  };
}

/** Tasks that wait on a task not yet done. */
export function blockedTasks(plan: Pick<Plan, 'tasks'>): Set<string> {
  const status = new Map(plan.tasks.map((t) => [t.id, t.status]));
  return new Set(plan.tasks.filter((t) => isOpen(t) && t.dependsOn.some((d) => status.get(d) !== 'selesai')).map((t) => t.id));
}

export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
