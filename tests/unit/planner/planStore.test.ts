import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import yauzl from 'yauzl';
import mammoth from 'mammoth';
import { afterEach, describe, expect, it } from 'vitest';
import type { Output } from '../../../core/api';
import { createHost, type Host } from '../../../electron/services/host/createHost';
import { PlanStore } from '../../../electron/services/planner/PlanStore';
import { useTempDir } from '../support/tempDir';
import { bigPlan, bundledDocument, emptyPlan, GUIDE_FILES, PRACTICE_FILE, task } from './plannerFixtures';

const tempDir = useTempDir('pustaka-plans');

/** One entry of a zip (a .docx is one), read with the same library the app's packs use. */
function zipEntry(bytes: Buffer, name: string): Promise<string> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(bytes, { lazyEntries: true }, (error, zip) => {
      if (error || !zip) return reject(error);
      zip.on('entry', (entry: yauzl.Entry) => {
        if (entry.fileName !== name) return zip.readEntry();
        zip.openReadStream(entry, (err, stream) => {
          if (err || !stream) return reject(err);
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c)).on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
        });
      });
      zip.on('end', () => reject(new Error(`${name} not in the zip`)));
      zip.readEntry();
    });
  });
}
let host: Host | null = null;
afterEach(async () => {
  await host?.settle();
  host = null;
});

async function startHost(dir = tempDir()): Promise<Host> {
  const contentDir = path.join(dir, 'content');
  const docs = [PRACTICE_FILE, ...GUIDE_FILES].map(bundledDocument);
  await mkdir(path.join(contentDir, 'documents'), { recursive: true });
  await writeFile(path.join(contentDir, 'library.json'), JSON.stringify({ formatVersion: 2, generatedAt: '2026-12-01T00:00:00Z', documents: docs.map((d) => d.meta) }));
  for (const doc of docs) await writeFile(path.join(contentDir, 'documents', `${doc.meta.id}.json`), JSON.stringify(doc));
  host = await createHost({ userDataDir: path.join(dir, 'data'), contentDir, appInfo: { name: 'Pustaka Inovasi', version: '0.1.0', platform: 'linux' }, openExternal: async () => false });
  return host;
}

async function ok<C extends Parameters<Host['invoke']>[0] & string>(h: Host, channel: C, input?: unknown): Promise<Output<C & keyof import('../../../core/api').Api>> {
  const result = await h.invoke(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as never;
}

describe('plans through the host, as the renderer calls them', () => {
  it('creates a plan from a practice, saves edits, survives a restart, and lists its progress', async () => {
    const h = await startHost();
    const plan = await ok(h, 'planner:create', { practice: 'praktik-aduan-puskesmas-kode-qr' });
    expect(plan.requirements).toHaveLength(6);
    const edited = { ...plan, recipient: { ...plan.recipient, name: 'Dinas Kesehatan Kabupaten Contoh' }, tasks: plan.tasks.map((t, i) => (i < 3 ? { ...t, status: 'selesai' as const } : t)) };
    const saved = await ok(h, 'planner:save', { plan: edited });
    expect(saved.updatedAt > plan.updatedAt).toBe(true);
    await h.settle();
    const again = await startHost();
    const listed = await ok(again, 'planner:list');
    expect(listed.plans).toHaveLength(1);
    expect(listed.plans[0]).toMatchObject({ recipient: 'Dinas Kesehatan Kabupaten Contoh', practice: { doc: 'praktik-aduan-puskesmas-kode-qr' } });
    expect(listed.plans[0]!.progress.done).toBe(3);
  });

  it('refuses a plan with a dependency cycle or an unknown practice, and writes nothing', async () => {
    const h = await startHost();
    const plan = await ok(h, 'planner:create', {});
    const cyclic = { ...plan, tasks: [task('a', { dependsOn: ['b'] }), task('b', { dependsOn: ['a'] })] };
    const refused = await h.invoke('planner:save', { plan: cyclic });
    expect(refused.ok ? '' : refused.error.message).toContain('berputar');
    expect((await ok(h, 'planner:get', { id: plan.id })).tasks).toEqual(plan.tasks);
    const unknown = await h.invoke('planner:create', { practice: 'praktik-tidak-ada' });
    expect(unknown.ok ? '' : unknown.error.code).toBe('not_found');
    expect((await ok(h, 'planner:list')).plans).toHaveLength(1);
  });

  it('undoes the last saves one by one, and says when there is nothing left to undo', async () => {
    const h = await startHost();
    const plan = await ok(h, 'planner:create', { title: 'Awal' });
    await ok(h, 'planner:save', { plan: { ...plan, title: 'Kedua' } });
    const third = await ok(h, 'planner:save', { plan: { ...plan, title: 'Ketiga' } });
    expect(third.title).toBe('Ketiga');
    expect((await ok(h, 'planner:undo', { id: plan.id })).plan.title).toBe('Kedua');
    expect((await ok(h, 'planner:undo', { id: plan.id })).plan.title).toBe('Awal');
    expect(await ok(h, 'planner:undo', { id: plan.id })).toMatchObject({ undone: false, plan: { title: 'Awal' } });
  });

  it('exports JSON that a fresh profile imports into the identical plan; a malformed file changes nothing', async () => {
    const h = await startHost();
    const plan = await ok(h, 'planner:create', { practice: 'praktik-aduan-puskesmas-kode-qr' });
    const saved = await ok(h, 'planner:save', { plan: { ...plan, indicators: [{ id: 'i-1', name: 'Waktu jawab aduan', unit: 'hari', baseline: 14, baselineDate: '2026-11-01', target: 3, targetDate: '2027-06-30', measurements: [{ id: 'm-1', date: '2027-01-31', value: 9, note: '' }] }] } });
    const exported = await ok(h, 'planner:export', { id: plan.id, format: 'json' });
    await h.settle();
    const fresh = await startHost(path.join(tempDir(), 'lain'));
    const bad = await fresh.invoke('planner:import', { json: exported.content.replace('"tasks"', '"tugas"') });
    expect(bad.ok ? '' : bad.error.message).toContain('Tidak ada rencana yang diubah');
    expect((await ok(fresh, 'planner:list')).plans).toEqual([]);
    const imported = await ok(fresh, 'planner:import', { json: exported.content });
    expect(imported.report).toEqual({ added: 1, updated: 0, unchanged: 0 });
    expect(await ok(fresh, 'planner:get', { id: plan.id })).toEqual(saved);
    expect((await ok(fresh, 'planner:import', { json: exported.content })).report).toEqual({ added: 0, updated: 0, unchanged: 1 });
  });

  it('writes a Word document with the cover, fit assessment, action plan table, indicators and signature blocks', async () => {
    const h = await startHost();
    const plan = await ok(h, 'planner:create', { practice: 'praktik-aduan-puskesmas-kode-qr' });
    await ok(h, 'planner:save', {
      plan: {
        ...plan,
        recipient: { name: 'Dinas Kesehatan Kabupaten Contoh', region: 'Kabupaten Contoh (fiktif)', unit: '', contact: 'Rina Wulandari' },
        fit: { ...plan.fit, budget: [{ id: 'b-1', item: 'Cetak kode QR', amount: 1250000, source: 'apbd' }] },
        tasks: plan.tasks.map((t, i) => (i === 0 ? { ...t, owner: 'Seksi Pelayanan', start: '2027-01-04', end: '2027-01-29' } : t)),
      },
    });
    const docx = await ok(h, 'planner:export', { id: plan.id, format: 'docx' });
    expect(docx.fileName).toMatch(/^rencana-replikasi-replikasi-aduan-dan-penilaian.*\.docx$/);
    const bytes = Buffer.from(docx.content, 'base64');
    const xml = await zipEntry(bytes, 'word/document.xml');
    expect(xml).toContain('Penilaian Kecocokan');
    const { value: text } = await mammoth.extractRawText({ buffer: bytes });
    for (const expected of ['Dinas Kesehatan Kabupaten Contoh', 'Keuntungan relatif', 'Rp1.250.000', 'Rencana Aksi', 'Seksi Pelayanan', '4 Januari 2027', 'Disetujui oleh', 'Rina Wulandari']) {
      expect(text).toContain(expected);
    }
    const english = await ok(h, 'planner:export', { id: plan.id, format: 'docx', language: 'en' });
    expect((await mammoth.extractRawText({ buffer: Buffer.from(english.content, 'base64') })).value).toContain('Fit assessment');
    const markdown = await ok(h, 'planner:export', { id: plan.id, format: 'markdown' });
    expect(markdown.content).toContain('- Memasang kode QR yang terhubung ke ruang layanan tertentu, bukan satu kode untuk seluruh kantor (belum)');
    expect(markdown.content).toContain('| Menunjuk penanggung jawab dan koordinator harian |  |  |  | Belum dimulai |');
    expect(markdown.content).toContain('| Cetak kode QR | Rp1.250.000 | APBD |');
  });

  it('deletes a plan by moving its file aside, never unlinking it', async () => {
    const h = await startHost();
    const plan = await ok(h, 'planner:create', {});
    await ok(h, 'planner:delete', { id: plan.id });
    expect((await ok(h, 'planner:list')).plans).toEqual([]);
    const kept = await readdir(path.join(tempDir(), 'data', 'plans', 'terhapus'));
    expect(kept).toHaveLength(1);
    expect(await readFile(path.join(tempDir(), 'data', 'plans', 'terhapus', kept[0]!), 'utf8')).toContain(plan.id);
  });
});

describe('PlanStore on disk', () => {
  it('moves a damaged plan file aside, restores its newest backup, and reports it', async () => {
    const folder = path.join(tempDir(), 'plans');
    const store = new PlanStore(folder);
    await store.init();
    await store.save(emptyPlan({ title: 'Versi baik' }));
    await store.settled();
    await writeFile(path.join(folder, 'rencana-uji.json'), '{"sha256":"00","data":{"plan":');
    const again = new PlanStore(folder);
    await again.init();
    expect(again.get('rencana-uji').title).toBe('Versi baik');
    expect(again.loadNotices()[0]?.notice.movedTo).toMatch(/rencana-uji\.json\.rusak-/);
  });

  it('leaves a plan written by a newer app version untouched and refuses to save over it', async () => {
    const folder = path.join(tempDir(), 'plans');
    await mkdir(folder, { recursive: true });
    const text = JSON.stringify({ plan: { ...emptyPlan(), schemaVersion: 7 } });
    await writeFile(path.join(folder, 'rencana-uji.json'), text);
    const store = new PlanStore(folder);
    await store.init();
    expect(store.newerVersionPlans()).toEqual(['rencana-uji']);
    await expect(store.save(emptyPlan())).rejects.toMatchObject({ code: 'plan_invalid' });
    expect(await readFile(path.join(folder, 'rencana-uji.json'), 'utf8')).toBe(text);
  });

  it('keeps a 1,000-task plan whole across a restart', async () => {
    const folder = path.join(tempDir(), 'plans');
    const store = new PlanStore(folder);
    await store.init();
    const saved = await store.save(bigPlan(1000));
    const again = new PlanStore(folder);
    await again.init();
    expect(again.get('rencana-besar')).toEqual(saved);
  });
});
