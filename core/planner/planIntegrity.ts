/**
 * Checks a schema-valid plan for what a schema cannot see: ids used twice, a task that depends on
 * a task that does not exist, and dependency cycles (a timeline could never be drawn). Each
 * problem is worded in both UI languages.
 */
import type { LocalizedText } from '../inputIssues';
import type { Plan } from './schema';

export function planIntegrityProblems(plan: Plan): LocalizedText[] {
  const problems: LocalizedText[] = [];
  const collections = [
    ['tasks', 'tugas', 'task'],
    ['requirements', 'syarat', 'requirement'],
    ['indicators', 'indikator', 'indicator'],
    ['log', 'catatan pemantauan', 'monitoring entry'],
  ] as const;
  for (const [key, id, en] of collections) {
    const seen = new Set<string>();
    for (const record of plan[key]) {
      if (seen.has(record.id)) problems.push({ id: `id ${id} "${record.id}" dipakai dua kali`, en: `${en} id "${record.id}" is used twice` });
      seen.add(record.id);
    }
  }
  const tasks = new Map(plan.tasks.map((t) => [t.id, t]));
  for (const task of plan.tasks) {
    for (const dep of task.dependsOn) {
      if (!tasks.has(dep)) problems.push({ id: `tugas "${task.title}" bergantung pada tugas yang tidak ada (${dep})`, en: `task "${task.title}" depends on a task that does not exist (${dep})` });
    }
  }
  // Depth-first search for a cycle; colours: 1 visiting, 2 done.
  const colour = new Map<string, number>();
  const visit = (id: string): string | null => {
    colour.set(id, 1);
    for (const dep of tasks.get(id)?.dependsOn ?? []) {
      if (!tasks.has(dep)) continue;
      if (colour.get(dep) === 1) return dep;
      if (!colour.get(dep)) {
        const found = visit(dep);
        if (found) return found;
      }
    }
    colour.set(id, 2);
    return null;
  };
  for (const task of plan.tasks) {
    if (colour.get(task.id)) continue;
    const at = visit(task.id);
    if (at) {
      const title = tasks.get(at)?.title ?? at;
      problems.push({ id: `ketergantungan tugas berputar (melalui "${title}")`, en: `task dependencies go round in a circle (through "${title}")` });
      break;
    }
  }
  return problems;
}
