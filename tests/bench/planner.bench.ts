/**
 * The replication planner with a 1,000-task plan: opening it from disk (the store reads and
 * validates the file), saving one edit (p95 of 100 saves, each durable), and building its Word
 * document.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { localToday } from '../../core/planner/planProgress';
import { planReport } from '../../core/planner/planReport';
import { api } from '../../core/api';
import { createPlannerHandlers } from '../../electron/services/handlers/plannerHandlers';
import { PlanStore } from '../../electron/services/planner/PlanStore';
import { reportToDocx } from '../../electron/services/planner/reportDocx';
import { bigPlan } from '../unit/planner/plannerFixtures';
import { percentile, report, timeMs } from './measure';

export async function benchPlanner(taskCount = 1000): Promise<void> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'pustaka-bench-plans-'));
  try {
    const folder = path.join(dir, 'plans');
    const first = new PlanStore(folder);
    await first.init();
    let plan = await first.save(bigPlan(taskCount));
    await first.settled();

    const opens: number[] = [];
    for (let i = 0; i < 5; i++) {
      opens.push(await timeMs(async () => {
        const store = new PlanStore(folder);
        await store.init();
        store.get(plan.id);
      }));
    }
    report(`planner.open.ms.${taskCount}`, percentile(opens, 50), 'ms');

    // As the renderer saves: one task changed, the whole plan through the contract's validation.
    const handlers = createPlannerHandlers({ plans: first, library: { get: () => Promise.reject(new Error('none')) }, language: () => 'id' });
    const saves: number[] = [];
    for (let i = 0; i < 100; i++) {
      const tasks = plan.tasks.map((t, n) => (n === i ? { ...t, status: 'selesai' as const, notes: `Diperbarui ${i}` } : t));
      const input = JSON.parse(JSON.stringify({ plan: { ...plan, tasks } })) as unknown;
      saves.push(await timeMs(async () => {
        plan = await handlers['planner:save'](api['planner:save'].input.parse(input));
      }));
    }
    report(`planner.save.p95.ms.${taskCount}`, percentile(saves, 95), 'ms');

    const exports: number[] = [];
    for (let i = 0; i < 3; i++) exports.push(await timeMs(() => reportToDocx(planReport(plan, 'id', localToday()), plan.title)));
    report(`planner.export.docx.ms.${taskCount}`, percentile(exports, 50), 'ms');
    await first.settled();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
