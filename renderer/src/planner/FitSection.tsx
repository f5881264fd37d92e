/**
 * Kecocokan: Rogers' five attributes scored 1–5 with a reason, the context (regulation, budget in
 * rupiah, people, facilities, data), pentahelix stakeholders, risks, and the verdict the user
 * writes. Fields pre-filled from the practice profile say so and link to the passage.
 */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { BUDGET_SOURCES, LEVELS, PENTAHELIX_ROLES, ROGERS_ATTRIBUTES, type Plan } from '../../../core/planner/schema';
import { localeFor } from '../i18n';
import { formatRupiah } from './planDates';
import { PlanSection, type ChangePlan } from './planSection';
import { nextId } from './usePlanEditor';

type Fit = Plan['fit'];

export function FitSection({ id, plan, change }: { id: string; plan: Plan; change: ChangePlan }) {
  const { t, i18n } = useTranslation();
  const fit = plan.fit;
  const setFit = (patch: Partial<Fit>) => change((p) => ({ ...p, fit: { ...p.fit, ...patch } }));
  const scored = ROGERS_ATTRIBUTES.map((a) => fit.attributes[a].score).filter((s): s is number => s !== null);
  const average = scored.length ? new Intl.NumberFormat(localeFor(i18n.language), { maximumFractionDigits: 1 }).format(scored.reduce((a, b) => a + b, 0) / scored.length) : null;
  const prefilled = (slug: string) => fit.prefilledFrom.find((l) => l.slug === slug);
  const fromLink = (slug: string) => {
    const link = prefilled(slug);
    return link ? (
      <Link className="planner-from" to={`/dokumen/${link.doc}#${link.slug}`}>
        {t('planner.prefilled')}
      </Link>
    ) : null;
  };
  const text = (key: 'people' | 'facilities' | 'data' | 'budgetNote' | 'verdict', label: string, slug?: string, hint?: string) => (
    <label className="planner-wide">
      {label} {slug ? fromLink(slug) : null}
      <textarea rows={3} maxLength={4000} value={fit[key]} onChange={(e) => setFit({ [key]: e.target.value })} aria-describedby={hint ? `${id}-${key}-hint` : undefined} />
      {hint ? <span id={`${id}-${key}-hint`} className="planner-hint">{hint}</span> : null}
    </label>
  );

  return (
    <PlanSection id={id} title={t('planner.fit.title')} lead={t('planner.fit.lead')}>
      <div className="planner-attributes">
        {ROGERS_ATTRIBUTES.map((attribute) => {
          const name = t(`planner.attributes.${attribute}`);
          const value = fit.attributes[attribute];
          const setAttribute = (patch: Partial<typeof value>) => setFit({ attributes: { ...fit.attributes, [attribute]: { ...value, ...patch } } });
          return (
            <fieldset key={attribute} className="planner-fieldset planner-attribute">
              <legend>{name}</legend>
              <p className="planner-hint">{t(`planner.attributeHints.${attribute}`)}</p>
              <div className="planner-scores" role="radiogroup" aria-label={t('planner.fit.score', { attribute: name })}>
                {[1, 2, 3, 4, 5].map((n) => (
                  <label key={n} className="planner-score">
                    <input type="radio" name={`${id}-${attribute}`} checked={value.score === n} onChange={() => setAttribute({ score: n })} />
                    {t('planner.fit.scoreValue', { value: n })}
                  </label>
                ))}
              </div>
              <label>
                {t('planner.fit.reason', { attribute: name })}
                <textarea rows={2} maxLength={4000} value={value.reason} onChange={(e) => setAttribute({ reason: e.target.value })} />
              </label>
            </fieldset>
          );
        })}
      </div>
      <p className="planner-average" role="status">
        {average ? t('planner.fit.average', { value: average, count: scored.length }) : t('planner.fit.notScored')}
      </p>

      <div className="planner-fields">
        <label>
          {t('planner.fit.regulation')} {fromLink('regulasi')}
          <textarea rows={3} maxLength={4000} value={fit.regulation.needed} onChange={(e) => setFit({ regulation: { ...fit.regulation, needed: e.target.value } })} />
        </label>
        <label>
          {t('planner.fit.draftStatus')}
          <input maxLength={200} value={fit.regulation.draftStatus} onChange={(e) => setFit({ regulation: { ...fit.regulation, draftStatus: e.target.value } })} />
        </label>
      </div>

      <h3>{t('planner.fit.budget')}</h3>
      <table className="planner-grid">
        <thead>
          <tr>
            <th scope="col">{t('planner.fit.budgetItem')}</th>
            <th scope="col">{t('planner.fit.budgetAmount')}</th>
            <th scope="col">{t('planner.fit.budgetSource')}</th>
            <th scope="col"><span className="visually-hidden">{t('planner.fit.removeBudget', { item: '' })}</span></th>
          </tr>
        </thead>
        <tbody>
          {fit.budget.map((line, i) => {
            const set = (patch: Partial<typeof line>) => setFit({ budget: fit.budget.map((b, j) => (j === i ? { ...b, ...patch } : b)) });
            return (
              <tr key={line.id}>
                <td><input aria-label={t('planner.fit.budgetItem')} maxLength={200} value={line.item} onChange={(e) => set({ item: e.target.value })} /></td>
                <td>
                  <input aria-label={t('planner.fit.budgetAmount')} inputMode="numeric" value={new Intl.NumberFormat('id-ID').format(line.amount)}
                    onChange={(e) => set({ amount: Math.min(1e15, Number(e.target.value.replace(/\D/g, '')) || 0) })} />
                </td>
                <td>
                  <select aria-label={t('planner.fit.budgetSource')} value={line.source} onChange={(e) => set({ source: e.target.value as typeof line.source })}>
                    {BUDGET_SOURCES.map((s) => <option key={s} value={s}>{t(`planner.budgetSources.${s}`)}</option>)}
                  </select>
                </td>
                <td><button type="button" onClick={() => setFit({ budget: fit.budget.filter((_, j) => j !== i) })}>{t('planner.fit.removeBudget', { item: line.item })}</button></td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p>
        <button type="button" onClick={() => setFit({ budget: [...fit.budget, { id: nextId('b', fit.budget), item: '', amount: 0, source: 'apbd' }] })}>{t('planner.fit.addBudget')}</button>{' '}
        <strong>{t('planner.fit.budgetTotal', { total: formatRupiah(fit.budget.reduce((sum, b) => sum + b.amount, 0)) })}</strong>
      </p>
      {text('budgetNote', t('planner.fit.budgetNote'), 'anggaran')}
      <div className="planner-fields">
        {text('people', t('planner.fit.people'), 'sdm')}
        {text('facilities', t('planner.fit.facilities'))}
        {text('data', t('planner.fit.data'))}
      </div>

      <h3>{t('planner.fit.stakeholders')}</h3>
      <ul className="planner-rows">
        {fit.stakeholders.map((s, i) => {
          const set = (patch: Partial<typeof s>) => setFit({ stakeholders: fit.stakeholders.map((x, j) => (j === i ? { ...x, ...patch } : x)) });
          return (
            <li key={s.id} className="planner-row">
              <label>{t('planner.fit.role')}
                <select value={s.role} onChange={(e) => set({ role: e.target.value as typeof s.role })}>
                  {PENTAHELIX_ROLES.map((r) => <option key={r} value={r}>{t(`planner.roles.${r}`)}</option>)}
                </select>
              </label>
              <label>{t('planner.fit.stakeholderName')}<input maxLength={200} value={s.name} onChange={(e) => set({ name: e.target.value })} /></label>
              <label className="planner-grow">{t('planner.fit.stakeholderPart')}<input maxLength={200} value={s.part} onChange={(e) => set({ part: e.target.value })} /></label>
              <button type="button" onClick={() => setFit({ stakeholders: fit.stakeholders.filter((_, j) => j !== i) })}>{t('planner.fit.removeStakeholder', { name: s.name || t(`planner.roles.${s.role}`) })}</button>
            </li>
          );
        })}
      </ul>
      <button type="button" onClick={() => setFit({ stakeholders: [...fit.stakeholders, { id: nextId('p', fit.stakeholders), role: 'pemerintah', name: '', part: '' }] })}>{t('planner.fit.addStakeholder')}</button>

      <h3>{t('planner.fit.risks')}</h3>
      <ul className="planner-rows">
        {fit.risks.map((r, i) => {
          const set = (patch: Partial<typeof r>) => setFit({ risks: fit.risks.map((x, j) => (j === i ? { ...x, ...patch } : x)) });
          return (
            <li key={r.id} className="planner-row">
              <label className="planner-grow">{t('planner.fit.risk')}<input maxLength={200} value={r.risk} onChange={(e) => set({ risk: e.target.value })} /></label>
              <label>{t('planner.fit.likelihood')}
                <select value={r.likelihood} onChange={(e) => set({ likelihood: e.target.value as typeof r.likelihood })}>{LEVELS.map((l) => <option key={l} value={l}>{t(`planner.levels.${l}`)}</option>)}</select>
              </label>
              <label>{t('planner.fit.impact')}
                <select value={r.impact} onChange={(e) => set({ impact: e.target.value as typeof r.impact })}>{LEVELS.map((l) => <option key={l} value={l}>{t(`planner.levels.${l}`)}</option>)}</select>
              </label>
              <label className="planner-grow">{t('planner.fit.mitigation')}<input maxLength={4000} value={r.mitigation} onChange={(e) => set({ mitigation: e.target.value })} /></label>
              <button type="button" onClick={() => setFit({ risks: fit.risks.filter((_, j) => j !== i) })}>{t('planner.fit.removeRisk', { risk: r.risk })}</button>
            </li>
          );
        })}
      </ul>
      <button type="button" onClick={() => setFit({ risks: [...fit.risks, { id: nextId('r', fit.risks), risk: '', likelihood: 'sedang', impact: 'sedang', mitigation: '' }] })}>{t('planner.fit.addRisk')}</button>

      {plan.requirements.length ? (
        <>
          <h3>{t('planner.fit.requirements')}</h3>
          <ul className="planner-checklist">
            {plan.requirements.map((req, i) => (
              <li key={req.id}>
                <label>
                  <input type="checkbox" checked={req.done} onChange={(e) => change((p) => ({ ...p, requirements: p.requirements.map((x, j) => (j === i ? { ...x, done: e.target.checked } : x)) }))} />
                  {req.text}
                </label>
              </li>
            ))}
          </ul>
        </>
      ) : null}

      {text('verdict', t('planner.fit.verdict'), undefined, t('planner.fit.verdictHint'))}
    </PlanSection>
  );
}
