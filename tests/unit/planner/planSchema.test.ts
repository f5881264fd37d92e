import { describe, expect, it } from 'vitest';
import { migratePlan, mergePlans, parsePlanFile, serialisePlans } from '../../../core/planner/planFile';
import { planIntegrityProblems } from '../../../core/planner/planIntegrity';
import { blockedTasks, planProgress } from '../../../core/planner/planProgress';
import { PlanSchema } from '../../../core/planner/schema';
import { emptyPlan, task } from './plannerFixtures';

describe('plan schema', () => {
  it('fills an empty plan with the four-stage, five-attribute structure and nothing scored', () => {
    const plan = emptyPlan();
    expect(plan.model).toBe('mandiri');
    expect(Object.keys(plan.fit.attributes)).toEqual(['keuntunganRelatif', 'kesesuaian', 'kerumitan', 'kemungkinanDicoba', 'kemudahanDiamati']);
    expect(Object.values(plan.fit.attributes).every((a) => a.score === null)).toBe(true);
  });

  it('refuses a date that is not on the calendar, an end before the start, a score of 6 and rupiah with cents', () => {
    const bad = [
      { tasks: [task('a', { end: '2027-02-30' })] },
      { tasks: [task('a', { start: '2027-03-10', end: '2027-03-01' })] },
      { fit: { attributes: { kesesuaian: { score: 6, reason: '' } } } },
      { fit: { budget: [{ id: 'b', item: 'Cetak', amount: 1500.5, source: 'apbd' }] } },
    ];
    for (const overrides of bad) expect(PlanSchema.safeParse({ ...emptyPlan(), ...overrides }).success, JSON.stringify(overrides)).toBe(false);
  });
});

describe('plan integrity', () => {
  it('names a dependency on a missing task, a duplicate id and a cycle', () => {
    expect(planIntegrityProblems(emptyPlan({ tasks: [task('a', { dependsOn: ['x'] })] }))[0]?.id).toContain('bergantung pada tugas yang tidak ada');
    expect(planIntegrityProblems(emptyPlan({ tasks: [task('a'), task('a')] }))[0]?.en).toContain('used twice');
    const cycle = emptyPlan({ tasks: [task('a', { dependsOn: ['c'] }), task('b', { dependsOn: ['a'] }), task('c', { dependsOn: ['b'] })] });
    expect(planIntegrityProblems(cycle).map((p) => p.id).join()).toContain('berputar');
    expect(planIntegrityProblems(emptyPlan({ tasks: [task('a'), task('b', { dependsOn: ['a'] })] }))).toEqual([]);
  });
});

describe('progress and overdue rules', () => {
  const plan = emptyPlan({
    tasks: [
      task('a', { status: 'selesai', end: '2026-11-01' }),
      task('b', { end: '2026-12-02' }),
      task('c', { end: '2026-12-03', dependsOn: ['b'] }),
      task('d', { end: '2026-12-20' }),
      task('e'),
    ],
  });

  it('counts done tasks, flags only unfinished tasks past their end date, and due today is not overdue', () => {
    const p = planProgress(plan, '2026-12-03');
    expect([p.done, p.total, p.percent]).toEqual([1, 5, 20]);
    expect(p.overdue.map((o) => o.task)).toEqual(['b']);
    expect(p.nextDeadline?.task).toBe('c');
    expect(planProgress(emptyPlan(), '2026-12-03')).toMatchObject({ percent: 0, nextDeadline: null, overdue: [] });
  });

  it('marks a task as waiting while a task it depends on is not done', () => {
    expect([...blockedTasks(plan)]).toEqual(['c']);
  });
});

describe('plan file: export, import, migrations', () => {
  it('round-trips a plan through its JSON file unchanged', () => {
    const plan = emptyPlan({ tasks: [task('a', { owner: 'Bu Sari', start: '2027-01-02', end: '2027-01-09' })] });
    const parsed = parsePlanFile(serialisePlans([plan]));
    expect(parsed).toEqual({ ok: true, plans: [plan] });
  });

  it('refuses, in plain words, a file that is not JSON, not a plan export, newer, or invalid', () => {
    const refusal = (text: string) => {
      const parsed = parsePlanFile(text);
      return parsed.ok ? 'accepted' : parsed.messages.id;
    };
    expect(refusal('{ rusak')).toContain('bukan JSON yang sah');
    expect(refusal('{"notes": []}')).toContain('bukan hasil ekspor rencana');
    const file = JSON.parse(serialisePlans([emptyPlan()]));
    file.plans[0].schemaVersion = 9;
    expect(refusal(JSON.stringify(file))).toContain('versi aplikasi yang lebih baru');
    file.plans[0].schemaVersion = 1;
    file.plans[0].tasks = [{ ...task('a'), end: '2027-13-01' }];
    expect(refusal(JSON.stringify(file))).toContain('rencana ke-1');
    file.plans[0].tasks = [task('a', { dependsOn: ['a-lain'] })];
    expect(refusal(JSON.stringify(file))).toContain('tidak ada');
  });

  it('migrates nothing today and refuses what it cannot read', () => {
    expect(migratePlan({ schemaVersion: 1, id: 'x' })).toEqual({ kind: 'ok', plan: { schemaVersion: 1, id: 'x' } });
    expect(migratePlan({ id: 'x' })).toEqual({ kind: 'unreadable' });
    expect(migratePlan({ schemaVersion: 2 })).toEqual({ kind: 'newer', version: 2 });
  });

  it('merges by id: new plans added, newer ones replace, older or equal ones change nothing', () => {
    const mine = emptyPlan({ updatedAt: '2026-12-02T00:00:00.000Z' });
    const newer = { ...mine, title: 'Versi rekan', updatedAt: '2026-12-03T00:00:00.000Z' };
    const other = emptyPlan({ id: 'rencana-lain' });
    const existing = new Map([[mine.id, mine]]);
    expect(mergePlans(existing, [newer, other]).report).toEqual({ added: 1, updated: 1, unchanged: 0 });
    expect(mergePlans(existing, [mine]).report).toEqual({ added: 0, updated: 0, unchanged: 1 });
    expect(mergePlans(existing, [{ ...mine, updatedAt: '2026-12-01T00:00:00.000Z' }]).write).toEqual([]);
  });
});
