import { describe, expect, it } from 'vitest';
import { seedPlan } from '../../../core/planner/seedPlan';
import { bundledDocument, GUIDE_FILES, PRACTICE_FILE } from './plannerFixtures';

const practice = bundledDocument(PRACTICE_FILE);
const guides = GUIDE_FILES.map(bundledDocument);
const now = new Date('2026-12-03T09:00:00Z');

describe('seeding a plan from a practice profile and the replication guides', () => {
  const plan = seedPlan({ practice, guides, now, id: 'rencana-dari-praktik' });

  it('takes the practice, its origin agency and region, and links back to it', () => {
    expect(plan.title).toBe(`Replikasi: ${practice.meta.title}`.slice(0, 200));
    expect(plan.practice).toMatchObject({ doc: 'praktik-aduan-puskesmas-kode-qr', summary: practice.meta.summary });
    expect(plan.origin.name).toBe('Dinas Kesehatan Kota Seruni');
    expect(plan.origin.region).toBe('Kota Seruni (fiktif), Nusa Pelangi (fiktif)');
  });

  it('turns every "Syarat Replikasi" checklist item into a requirement linked to that section', () => {
    expect(plan.requirements.map((r) => r.text)).toEqual([
      'Memasang kode QR yang terhubung ke ruang layanan tertentu, bukan satu kode untuk seluruh kantor',
      'Menyediakan jalur kertas bagi pengguna tanpa ponsel',
      'Menetapkan batas waktu jawaban dan penanggung jawab setiap ruang',
      'Menunjuk pengelola pengaduan dan cadangannya',
      'Mengumumkan aduan, jawaban, dan perbaikan secara berkala',
      'Memisahkan jalur aduan tentang dugaan pelanggaran serius',
    ]);
    expect(plan.requirements.every((r) => r.from?.slug === 'syarat-replikasi' && r.from.doc === practice.meta.id)).toBe(true);
  });

  it('pre-fills stakeholders by pentahelix role, risks with their mitigation, and the cost and people passages', () => {
    expect(plan.fit.stakeholders.map((s) => s.role)).toEqual(['pemerintah', 'masyarakat', 'media']);
    expect(plan.fit.stakeholders[0]!.part).toContain('Dinas Kesehatan menyediakan sistem');
    expect(plan.fit.risks[0]).toMatchObject({ risk: 'Petugas merasa diawasi, bukan dibantu' });
    expect(plan.fit.risks[0]!.mitigation).toContain('Nilai per ruang dibahas');
    expect(plan.fit.budgetNote).toContain('formulir daring');
    expect(plan.fit.prefilledFrom.map((l) => l.slug)).toEqual(['regulasi', 'sdm', 'anggaran']);
  });

  it('seeds tasks in all four stages from the guides’ checklists, in the guides’ order, each linked to its step', () => {
    const stages = [...new Set(plan.tasks.map((t) => t.stage))];
    expect(stages).toEqual(['persiapan', 'rencana', 'replikasi', 'evaluasi']);
    expect(plan.tasks.find((t) => t.title === 'Menunjuk penanggung jawab dan koordinator harian')).toMatchObject({
      stage: 'rencana', status: 'belum', from: { doc: 'panduan-rencana-replikasi', slug: 'tahap-2-bentuk-tim-replikasi' },
    });
    expect(plan.tasks.find((t) => t.title === 'Membandingkan capaian dengan data dasar dan target')?.stage).toBe('evaluasi');
    expect(new Set(plan.tasks.map((t) => t.id)).size).toBe(plan.tasks.length);
  });

  it('starts an empty plan with the seeded tasks when no practice is given, and fewer tasks when a guide is missing', () => {
    const empty = seedPlan({ practice: null, guides, now, id: 'rencana-kosong', title: '  Rencana saya ' });
    expect(empty.title).toBe('Rencana saya');
    expect(empty.practice).toBeNull();
    expect(empty.tasks.length).toBe(plan.tasks.length);
    const fewer = seedPlan({ practice: null, guides: guides.slice(0, 1), now, id: 'rencana-sedikit' });
    expect(fewer.tasks.length).toBeLessThan(plan.tasks.length);
    expect(fewer.tasks.length).toBeGreaterThan(0);
  });
});
