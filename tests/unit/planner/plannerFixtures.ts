import { readFileSync } from 'node:fs';
import path from 'node:path';
import { compileDocument } from '../../../core/content/compileDocument';
import type { LibraryDocument } from '../../../core/content/types';
import { PlanSchema, type Plan, type PlanTask } from '../../../core/planner/schema';

const repoRoot = path.resolve(import.meta.dirname, '../../..');

/** A bundled document compiled as the build does, as `library:get` serves it. */
export function bundledDocument(file: string): LibraryDocument {
  const result = compileDocument(file, readFileSync(path.join(repoRoot, file), 'utf8'));
  if (!result.ok) throw new Error(`${file}: ${result.problems.map((p) => p.message).join('; ')}`);
  const { meta, html, headings } = result.document;
  return { meta, html, headings };
}

export const PRACTICE_FILE = 'content/praktik/praktik-aduan-puskesmas-kode-qr.md';
export const GUIDE_FILES = ['content/panduan/panduan-rencana-replikasi.md', 'content/panduan/panduan-monitoring-evaluasi.md', 'content/panduan/panduan-analisis-kesesuaian-konteks.md'];

export function emptyPlan(overrides: Partial<Plan> = {}): Plan {
  return PlanSchema.parse({ schemaVersion: 1, id: 'rencana-uji', title: 'Rencana uji', createdAt: '2026-12-01T08:00:00.000Z', updatedAt: '2026-12-01T08:00:00.000Z', ...overrides });
}

export function task(id: string, overrides: Partial<PlanTask> = {}): PlanTask {
  return { id, stage: 'rencana', title: `Tugas ${id}`, owner: '', start: '', end: '', status: 'belum', dependsOn: [], milestone: false, notes: '', ...overrides };
}

/** A plan with `count` tasks spread over the four stages, dated through 2027. */
export function bigPlan(count: number): Plan {
  const stages = ['persiapan', 'rencana', 'replikasi', 'evaluasi'] as const;
  const tasks = Array.from({ length: count }, (_, i) => {
    const day = String((i % 28) + 1).padStart(2, '0');
    const month = String((i % 12) + 1).padStart(2, '0');
    return task(`t-${i + 1}`, {
      stage: stages[Math.floor((i * 4) / count)]!, title: `Kegiatan nomor ${i + 1} untuk uji rencana besar`, owner: `Petugas ${i % 17}`,
      start: `2027-${month}-01`, end: `2027-${month}-${day}`, status: i % 3 === 0 ? 'selesai' : 'belum', dependsOn: i > 0 && i % 5 === 0 ? [`t-${i}`] : [],
      notes: 'Catatan pelaksanaan singkat.',
    });
  });
  return emptyPlan({ id: 'rencana-besar', title: 'Rencana besar', tasks });
}
