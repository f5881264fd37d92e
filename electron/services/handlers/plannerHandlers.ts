import type { HandlerTable } from '../../../core/api';
import type { LibraryDocument } from '../../../core/content/types';
import { ApiFailure, type Language } from '../../../core/errors';
import type { PlanSummary } from '../../../core/planner/contract';
import { mergePlans, parsePlanFile, serialisePlans } from '../../../core/planner/planFile';
import { localToday, planProgress } from '../../../core/planner/planProgress';
import { kippOutlineReport, planReport, planSummaryReport } from '../../../core/planner/planReport';
import { reportToMarkdown } from '../../../core/planner/reportMarkdown';
import type { Plan } from '../../../core/planner/schema';
import { SEED_GUIDES, seedPlan } from '../../../core/planner/seedPlan';
import type { PlanStore } from '../planner/PlanStore';
import { reportToDocx } from '../planner/reportDocx';

type PlannerChannel = Extract<keyof HandlerTable, `planner:${string}`>;

export interface PlannerHandlerDeps {
  plans: PlanStore;
  library: { get(id: string): Promise<LibraryDocument> };
  language: () => Language;
  now?: () => Date;
}

function fileStem(plan: Plan): string {
  const slug = plan.title.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60);
  return `rencana-replikasi-${slug || 'tanpa-judul'}`;
}

export function summarisePlan(plan: Plan, today: string): PlanSummary {
  return {
    id: plan.id, title: plan.title, status: plan.status, updatedAt: plan.updatedAt,
    practice: plan.practice ? { doc: plan.practice.doc, title: plan.practice.title } : null,
    recipient: plan.recipient.name, progress: planProgress(plan, today),
  };
}

export function createPlannerHandlers(deps: PlannerHandlerDeps): Pick<HandlerTable, PlannerChannel> {
  const now = deps.now ?? (() => new Date());
  const today = () => localToday(now());
  const list = () => deps.plans.list().map((p) => summarisePlan(p, today()));
  return {
    'planner:list': async () => ({ plans: list() }),
    'planner:get': async ({ id }) => deps.plans.get(id),
    'planner:create': async ({ practice, title }) => {
      // A missing practice is an error the user should see; a missing guide only means fewer seeded tasks.
      const source = practice ? await deps.library.get(practice) : null;
      const guides = (await Promise.all(SEED_GUIDES.map((g) => deps.library.get(g.doc).catch(() => null)))).filter((g): g is LibraryDocument => g !== null);
      const plan = seedPlan({ practice: source, guides, now: now(), id: deps.plans.newPlanId(), title });
      return deps.plans.save(plan);
    },
    'planner:save': async ({ plan }) => {
      if (!deps.plans.list().some((p) => p.id === plan.id)) throw new ApiFailure('plan_not_found', plan.id); // new plans come from planner:create or an import
      return deps.plans.save(plan, { validated: true });
    },
    'planner:delete': async ({ id }) => ({ deleted: await deps.plans.delete(id) }),
    'planner:undo': async ({ id }) => deps.plans.undo(id),
    'planner:export': async ({ id, format, language }) => {
      const plan = deps.plans.get(id);
      const lang = language ?? deps.language();
      const stem = fileStem(plan);
      switch (format) {
        case 'json':
          return { fileName: `${stem}.json`, mimeType: 'application/json', content: serialisePlans([plan]), encoding: 'utf8' };
        case 'markdown':
          return { fileName: `${stem}.md`, mimeType: 'text/markdown', content: reportToMarkdown(planReport(plan, lang, today())), encoding: 'utf8' };
        case 'summary':
          return { fileName: `${stem}-ringkasan.md`, mimeType: 'text/markdown', content: reportToMarkdown(planSummaryReport(plan, lang, today())), encoding: 'utf8' };
        case 'kipp':
          return { fileName: `${stem}-kerangka-kipp.md`, mimeType: 'text/markdown', content: reportToMarkdown(kippOutlineReport(plan, lang)), encoding: 'utf8' };
        case 'docx': {
          const bytes = await reportToDocx(planReport(plan, lang, today()), plan.title);
          return {
            fileName: `${stem}.docx`,
            mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
            content: bytes.toString('base64'),
            encoding: 'base64',
          };
        }
      }
    },
    'planner:import': async ({ json }) => {
      const parsed = parsePlanFile(json);
      if (!parsed.ok) throw new ApiFailure('plan_import_invalid', parsed.messages);
      const existing = new Map(deps.plans.list().map((p) => [p.id, p]));
      const { write, report } = mergePlans(existing, parsed.plans);
      await deps.plans.importPlans(write);
      return { report, plans: list() };
    },
  };
}
