/**
 * A new plan, pre-filled from the practice it replicates and seeded with tasks from the
 * replication guides' checklists. Which guide step feeds which stage is the app's suggestion
 * (SOURCES.md names the four stages, not this mapping); the UI says so.
 */
import type { LibraryDocument } from '../content/types';
import { documentParts, listItems, paragraphs, type DocumentPart } from './documentParts';
import { PENTAHELIX_ROLES, PLAN_SCHEMA_VERSION, PlanSchema, type Plan, type PlanTask, type Stage } from './schema';

export interface SeedGuide {
  doc: string;
  /** Checklist sections (by heading id) and the stage their items belong to. */
  steps: { match: RegExp; stage: Stage }[];
}

export const SEED_GUIDES: readonly SeedGuide[] = [
  { doc: 'panduan-analisis-kesesuaian-konteks', steps: [{ match: /^langkah-6-/, stage: 'persiapan' }] },
  {
    doc: 'panduan-rencana-replikasi',
    steps: [
      { match: /^tahap-1-/, stage: 'persiapan' },
      { match: /^tahap-[2-5]-/, stage: 'rencana' },
      { match: /^tahap-[67]-/, stage: 'replikasi' },
    ],
  },
  { doc: 'panduan-monitoring-evaluasi', steps: [{ match: /^langkah-[4-6]-/, stage: 'evaluasi' }] },
];

const ROLE_WORDS: Record<string, (typeof PENTAHELIX_ROLES)[number]> = {
  pemerintah: 'pemerintah',
  akademisi: 'akademisi',
  'dunia usaha': 'dunia-usaha',
  swasta: 'dunia-usaha',
  masyarakat: 'masyarakat',
  komunitas: 'masyarakat',
  media: 'media',
};

export interface SeedInput {
  practice: LibraryDocument | null;
  guides: readonly LibraryDocument[];
  now: Date;
  /** Plan id, e.g. `rencana-…`. */
  id: string;
  title?: string;
}

const cut = (text: string, max = 200) => (text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`);

function part(parts: DocumentPart[], slug: string): DocumentPart | undefined {
  return parts.find((p) => p.slug === slug);
}

export function seedTasks(guides: readonly LibraryDocument[]): PlanTask[] {
  const tasks: PlanTask[] = [];
  for (const seed of SEED_GUIDES) {
    const guide = guides.find((g) => g.meta.id === seed.doc);
    if (!guide) continue;
    for (const p of documentParts(guide.html)) {
      const stage = seed.steps.find((s) => s.match.test(p.slug))?.stage;
      if (!stage) continue;
      for (const item of listItems(p.html).filter((i) => i.task)) {
        tasks.push({
          id: `t-${tasks.length + 1}`, stage, title: cut(item.text), owner: '', start: '', end: '', status: 'belum',
          dependsOn: [], milestone: false, notes: '', from: { doc: seed.doc, slug: p.slug },
        });
      }
    }
  }
  return tasks;
}

export function seedPlan(input: SeedInput): Plan {
  const stamp = input.now.toISOString();
  const base = {
    schemaVersion: PLAN_SCHEMA_VERSION, id: input.id, createdAt: stamp, updatedAt: stamp,
    title: cut(input.title?.trim() || 'Rencana replikasi baru'), tasks: seedTasks(input.guides),
  };
  const practice = input.practice;
  if (!practice) return PlanSchema.parse(base);

  const meta = practice.meta;
  const doc = meta.id;
  const parts = documentParts(practice.html);
  const from = (slug: string) => ({ doc, slug });
  const textOf = (slug: string) => cut(paragraphs(part(parts, slug)?.html ?? ''), 4000);
  const requirements = listItems(part(parts, 'syarat-replikasi')?.html ?? '')
    .filter((i) => i.task)
    .map((item, n) => ({ id: `s-${n + 1}`, text: cut(item.text), done: false, from: from('syarat-replikasi') }));
  const stakeholderPart = parts.find((p) => p.slug.startsWith('pemangku-kepentingan'));
  const stakeholders = listItems(stakeholderPart?.html ?? '').flatMap((item, n) => {
    const role = ROLE_WORDS[item.lead.toLowerCase()];
    return role ? [{ id: `p-${n + 1}`, role, name: '', part: cut(item.rest) }] : [];
  });
  const risks = listItems(part(parts, 'risiko')?.html ?? '').map((item, n) => ({
    id: `r-${n + 1}`, risk: cut(item.lead || item.text), likelihood: 'sedang' as const, impact: 'sedang' as const, mitigation: item.lead ? item.rest : '',
  }));
  const isPractice = meta.type === 'practice';
  return PlanSchema.parse({
    ...base,
    title: cut(input.title?.trim() || `Replikasi: ${meta.title}`),
    practice: { doc, title: cut(meta.title), summary: meta.summary },
    origin: isPractice
      ? { name: cut(meta.agency), region: cut([meta.region.regency, meta.region.province].filter(Boolean).join(', ')), unit: '', contact: '' }
      : undefined,
    fit: {
      regulation: { needed: textOf('regulasi'), draftStatus: '' },
      people: textOf('sdm'),
      budgetNote: textOf('anggaran'),
      stakeholders,
      risks,
      prefilledFrom: ['regulasi', 'sdm', 'anggaran'].filter((slug) => part(parts, slug)).map(from),
    },
    requirements,
  });
}
