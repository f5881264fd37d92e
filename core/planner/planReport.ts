/**
 * The plan as a report, in one neutral structure that every output renders the same way: the
 * Markdown export, the one-page summary, the KIPP outline and the Word document. Wording lives
 * here once, in both languages.
 */
import type { Language } from '../errors';
import { ATTRIBUTE_LABELS, BUDGET_SOURCE_LABELS, LEVEL_LABELS, MODEL_LABELS, PLAN_STATUS_LABELS, ROLE_LABELS, STAGE_LABELS, TASK_STATUS_LABELS, formatNumber, longDate, rupiah } from './planLabels';
import { planProgress } from './planProgress';
import { ROGERS_ATTRIBUTES, STAGES, type Plan } from './schema';

export type ReportBlock =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'facts'; rows: [string, string][] }
  | { kind: 'table'; header: string[]; rows: string[][] }
  | { kind: 'list'; items: string[] }
  | { kind: 'signatures'; blocks: { role: string; name: string }[] };

const W = {
  title: { id: 'Rencana Aksi Replikasi Inovasi', en: 'Innovation Replication Action Plan' },
  practice: { id: 'Praktik yang direplikasi', en: 'Practice replicated' },
  status: { id: 'Status rencana', en: 'Plan status' },
  model: { id: 'Model replikasi', en: 'Replication model' },
  origin: { id: 'Instansi Asal', en: 'Originating agency (Instansi Asal)' },
  recipient: { id: 'Instansi Penerima', en: 'Adopting agency (Instansi Penerima)' },
  facilitator: { id: 'Instansi Fasilitator', en: 'Facilitating agency (Instansi Fasilitator)' },
  unit: { id: 'Unit', en: 'Unit' },
  contact: { id: 'Narahubung', en: 'Contact person' },
  date: { id: 'Tanggal', en: 'Date' },
  progress: { id: 'Kemajuan', en: 'Progress' },
  fit: { id: 'Penilaian Kecocokan', en: 'Fit assessment' },
  attribute: { id: 'Atribut (Rogers)', en: 'Attribute (Rogers)' },
  score: { id: 'Nilai (1–5)', en: 'Score (1–5)' },
  reason: { id: 'Alasan', en: 'Reason' },
  regulation: { id: 'Regulasi yang diperlukan', en: 'Regulation needed' },
  draftStatus: { id: 'Status rancangan', en: 'Draft status' },
  budget: { id: 'Anggaran', en: 'Budget' },
  item: { id: 'Uraian', en: 'Item' },
  amount: { id: 'Jumlah', en: 'Amount' },
  source: { id: 'Sumber dana', en: 'Funding source' },
  total: { id: 'Total', en: 'Total' },
  budgetNote: { id: 'Catatan biaya dari praktik asal', en: 'Cost notes from the original practice' },
  people: { id: 'SDM dan keterampilan', en: 'People and skills' },
  facilities: { id: 'Sarana dan TI', en: 'Facilities and IT' },
  data: { id: 'Data', en: 'Data' },
  stakeholders: { id: 'Pemangku kepentingan (pentahelix)', en: 'Stakeholders (pentahelix)' },
  role: { id: 'Unsur', en: 'Role' },
  name: { id: 'Nama', en: 'Name' },
  part: { id: 'Peran', en: 'Part' },
  risks: { id: 'Risiko', en: 'Risks' },
  likelihood: { id: 'Kemungkinan', en: 'Likelihood' },
  impact: { id: 'Dampak', en: 'Impact' },
  mitigation: { id: 'Mitigasi', en: 'Mitigation' },
  verdict: { id: 'Kesimpulan', en: 'Conclusion' },
  requirements: { id: 'Syarat replikasi', en: 'Replication requirements' },
  actionPlan: { id: 'Rencana Aksi', en: 'Action plan' },
  task: { id: 'Kegiatan', en: 'Task' },
  owner: { id: 'Penanggung jawab', en: 'Owner' },
  start: { id: 'Mulai', en: 'Start' },
  end: { id: 'Selesai', en: 'End' },
  indicators: { id: 'Indikator', en: 'Indicators' },
  indicator: { id: 'Indikator', en: 'Indicator' },
  baseline: { id: 'Data dasar', en: 'Baseline' },
  target: { id: 'Target', en: 'Target' },
  latest: { id: 'Capaian terakhir', en: 'Latest value' },
  log: { id: 'Catatan pemantauan', en: 'Monitoring log' },
  signatures: { id: 'Pengesahan', en: 'Approval' },
  preparedBy: { id: 'Disusun oleh', en: 'Prepared by' },
  approvedBy: { id: 'Disetujui oleh', en: 'Approved by' },
  none: { id: '(belum diisi)', en: '(not filled in)' },
  done: { id: 'terpenuhi', en: 'met' },
  open: { id: 'belum', en: 'not yet' },
  milestone: { id: 'tonggak', en: 'milestone' },
  summary: { id: 'Ringkasan Rencana Replikasi', en: 'Replication Plan Summary' },
  nextDeadline: { id: 'Tenggat terdekat', en: 'Next deadline' },
  overdue: { id: 'Terlambat', en: 'Overdue' },
  kipp: { id: 'Kerangka Proposal KIPP Kelompok Replikasi', en: 'KIPP Replication Group Proposal Outline' },
  kippNote: {
    id: 'Kerangka ini saran aplikasi untuk mulai menulis; ikuti pedoman KIPP tahun berjalan untuk format dan aspek penilaian resmi.',
    en: 'This outline is the app’s suggestion for a first draft; follow the current year’s KIPP guidelines for the official format and assessment aspects.',
  },
} as const;

export function planReport(plan: Plan, language: Language, today: string): ReportBlock[] {
  const t = (w: Record<Language, string>) => w[language];
  const or = (text: string) => text.trim() || t(W.none);
  const progress = planProgress(plan, today);
  const agencyRows = (label: string, a: Plan['origin']): [string, string][] => [
    [label, or([a.name, a.region].filter(Boolean).join(', '))],
    ...(a.unit ? [[t(W.unit), a.unit] as [string, string]] : []),
    ...(a.contact ? [[t(W.contact), a.contact] as [string, string]] : []),
  ];
  const fit = plan.fit;
  const totalBudget = fit.budget.reduce((sum, line) => sum + line.amount, 0);
  const blocks: ReportBlock[] = [
    { kind: 'heading', level: 1, text: plan.title },
    { kind: 'paragraph', text: t(W.title) },
    {
      kind: 'facts',
      rows: [
        ...(plan.practice ? [[t(W.practice), plan.practice.title] as [string, string]] : []),
        [t(W.status), t(PLAN_STATUS_LABELS[plan.status])],
        [t(W.model), t(MODEL_LABELS[plan.model])],
        ...agencyRows(t(W.origin), plan.origin),
        ...agencyRows(t(W.recipient), plan.recipient),
        ...(plan.facilitator ? agencyRows(t(W.facilitator), plan.facilitator) : []),
        [t(W.progress), `${progress.done}/${progress.total} (${progress.percent}%)`],
        [t(W.date), longDate(today, language)],
      ],
    },
    { kind: 'heading', level: 2, text: t(W.fit) },
    {
      kind: 'table',
      header: [t(W.attribute), t(W.score), t(W.reason)],
      rows: ROGERS_ATTRIBUTES.map((a) => [t(ATTRIBUTE_LABELS[a]), fit.attributes[a].score === null ? '–' : String(fit.attributes[a].score), fit.attributes[a].reason]),
    },
    { kind: 'facts', rows: [[t(W.regulation), or(fit.regulation.needed)], [t(W.draftStatus), or(fit.regulation.draftStatus)], [t(W.people), or(fit.people)], [t(W.facilities), or(fit.facilities)], [t(W.data), or(fit.data)]] },
    { kind: 'heading', level: 3, text: t(W.budget) },
    {
      kind: 'table',
      header: [t(W.item), t(W.amount), t(W.source)],
      rows: [...fit.budget.map((b) => [b.item, rupiah(b.amount), t(BUDGET_SOURCE_LABELS[b.source])]), [t(W.total), rupiah(totalBudget), '']],
    },
    ...(fit.budgetNote ? [{ kind: 'paragraph' as const, text: `${t(W.budgetNote)}: ${fit.budgetNote}` }] : []),
    { kind: 'heading', level: 3, text: t(W.stakeholders) },
    { kind: 'table', header: [t(W.role), t(W.name), t(W.part)], rows: fit.stakeholders.map((s) => [t(ROLE_LABELS[s.role]), s.name, s.part]) },
    { kind: 'heading', level: 3, text: t(W.risks) },
    {
      kind: 'table',
      header: [t(W.risks), t(W.likelihood), t(W.impact), t(W.mitigation)],
      rows: fit.risks.map((r) => [r.risk, t(LEVEL_LABELS[r.likelihood]), t(LEVEL_LABELS[r.impact]), r.mitigation]),
    },
    { kind: 'heading', level: 3, text: t(W.verdict) },
    { kind: 'paragraph', text: or(fit.verdict) },
  ];
  if (plan.requirements.length) {
    blocks.push({ kind: 'heading', level: 2, text: t(W.requirements) });
    blocks.push({ kind: 'list', items: plan.requirements.map((r) => `${r.text} (${t(r.done ? W.done : W.open)})`) });
  }
  blocks.push({ kind: 'heading', level: 2, text: t(W.actionPlan) });
  for (const stage of STAGES) {
    const tasks = plan.tasks.filter((task) => task.stage === stage);
    if (!tasks.length) continue;
    blocks.push({ kind: 'heading', level: 3, text: t(STAGE_LABELS[stage]) });
    blocks.push({
      kind: 'table',
      header: [t(W.task), t(W.owner), t(W.start), t(W.end), t(W.status)],
      rows: tasks.map((task) => [
        task.milestone ? `${task.title} (${t(W.milestone)})` : task.title,
        task.owner,
        longDate(task.start, language),
        longDate(task.end, language),
        t(TASK_STATUS_LABELS[task.status]),
      ]),
    });
  }
  if (plan.indicators.length) {
    blocks.push({ kind: 'heading', level: 2, text: t(W.indicators) });
    blocks.push({
      kind: 'table',
      header: [t(W.indicator), t(W.baseline), t(W.target), t(W.latest)],
      rows: plan.indicators.map((i) => {
        const latest = [...i.measurements].sort((a, b) => a.date.localeCompare(b.date)).at(-1);
        const unit = i.unit ? ` ${i.unit}` : '';
        return [
          i.name,
          `${formatNumber(i.baseline, language)}${unit}${i.baselineDate ? ` (${longDate(i.baselineDate, language)})` : ''}`,
          `${formatNumber(i.target, language)}${unit}${i.targetDate ? ` (${longDate(i.targetDate, language)})` : ''}`,
          latest ? `${formatNumber(latest.value, language)}${unit} (${longDate(latest.date, language)})` : '–',
        ];
      }),
    });
  }
  if (plan.log.length) {
    blocks.push({ kind: 'heading', level: 2, text: t(W.log) });
    blocks.push({ kind: 'list', items: [...plan.log].sort((a, b) => a.date.localeCompare(b.date)).map((e) => `${longDate(e.date, language)}: ${e.text}`) });
  }
  blocks.push({ kind: 'heading', level: 2, text: t(W.signatures) });
  blocks.push({ kind: 'signatures', blocks: [{ role: t(W.preparedBy), name: plan.recipient.contact }, { role: t(W.approvedBy), name: '' }] });
  return blocks;
}

/** One page: who, what, how far, what is next. */
export function planSummaryReport(plan: Plan, language: Language, today: string): ReportBlock[] {
  const t = (w: Record<Language, string>) => w[language];
  const p = planProgress(plan, today);
  return [
    { kind: 'heading', level: 1, text: `${t(W.summary)}: ${plan.title}` },
    {
      kind: 'facts',
      rows: [
        ...(plan.practice ? [[t(W.practice), plan.practice.title] as [string, string]] : []),
        [t(W.recipient), [plan.recipient.name, plan.recipient.region].filter(Boolean).join(', ') || t(W.none)],
        [t(W.status), t(PLAN_STATUS_LABELS[plan.status])],
        [t(W.progress), `${p.done}/${p.total} (${p.percent}%)`],
        [t(W.nextDeadline), p.nextDeadline ? `${p.nextDeadline.title} (${longDate(p.nextDeadline.date, language)})` : '–'],
        [t(W.overdue), String(p.overdue.length)],
      ],
    },
    ...STAGES.map((stage) => {
      const tasks = plan.tasks.filter((task) => task.stage === stage);
      const done = tasks.filter((task) => task.status === 'selesai').length;
      return { kind: 'paragraph' as const, text: `${t(STAGE_LABELS[stage])}: ${done}/${tasks.length}` };
    }),
    { kind: 'heading', level: 2, text: t(W.verdict) },
    { kind: 'paragraph', text: plan.fit.verdict.trim() || t(W.none) },
  ];
}

const KIPP_SECTIONS = [
  { id: 'Masalah di instansi kami (dengan data)', en: 'The problem in our agency (with data)' },
  { id: 'Inovasi asal dan instansi asalnya', en: 'The original innovation and its agency' },
  { id: 'Apa yang diadaptasi atau dimodifikasi, dan mengapa', en: 'What was adapted or changed, and why' },
  { id: 'Hasil: sebelum dan sesudah', en: 'Results: before and after' },
  { id: 'Peran unsur pentahelix', en: 'The part of each pentahelix actor' },
  { id: 'Keberlanjutan: regulasi, anggaran, SDM, dukungan masyarakat', en: 'Sustainability: regulation, budget, people, community support' },
];

/** An outline following the narrative the bundled KIPP replication-group guide recommends. */
export function kippOutlineReport(plan: Plan, language: Language): ReportBlock[] {
  const t = (w: Record<Language, string>) => w[language];
  const fill: string[] = [
    '',
    plan.practice ? `${plan.practice.title} — ${[plan.origin.name, plan.origin.region].filter(Boolean).join(', ')}` : '',
    plan.fit.verdict,
    plan.indicators.map((i) => `${i.name}: ${formatNumber(i.baseline, language)} → ${formatNumber(i.measurements.at(-1)?.value ?? null, language)}`).join('; '),
    plan.fit.stakeholders.map((s) => `${t(ROLE_LABELS[s.role])}${s.name ? ` (${s.name})` : ''}: ${s.part}`).join('; '),
    [plan.fit.regulation.needed, plan.fit.people].filter(Boolean).join(' '),
  ];
  return [
    { kind: 'heading', level: 1, text: `${t(W.kipp)}: ${plan.title}` },
    { kind: 'paragraph', text: t(W.kippNote) },
    ...KIPP_SECTIONS.flatMap((section, i) => [
      { kind: 'heading' as const, level: 2 as const, text: `${i + 1}. ${t(section)}` },
      { kind: 'paragraph' as const, text: fill[i]?.trim() || t(W.none) },
    ]),
  ];
}
