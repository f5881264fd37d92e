import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { MODELS, type Plan } from '../../../core/planner/schema';
import { PlanSection, type ChangePlan } from './planSection';

type Agency = Plan['origin'];
const NO_AGENCY: Agency = { name: '', region: '', unit: '', contact: '' };

function AgencyFields({ legend, agency, onChange }: { legend: string; agency: Agency; onChange: (a: Agency) => void }) {
  const { t } = useTranslation();
  const field = (key: keyof Agency, label: string) => (
    <label>
      {label}
      <input maxLength={200} value={agency[key]} onChange={(e) => onChange({ ...agency, [key]: e.target.value })} />
    </label>
  );
  return (
    <fieldset className="planner-fieldset">
      <legend>{legend}</legend>
      <div className="planner-fields">
        {field('name', t('planner.actors.name'))}
        {field('region', t('planner.actors.region'))}
        {field('unit', t('planner.actors.unit'))}
        {field('contact', t('planner.actors.contact'))}
      </div>
    </fieldset>
  );
}

export function ActorsSection({ id, plan, change }: { id: string; plan: Plan; change: ChangePlan }) {
  const { t } = useTranslation();
  return (
    <PlanSection id={id} title={t('planner.actors.title')} lead={t('planner.actors.lead')}>
      {plan.practice ? (
        <p>
          {t('planner.actors.practice')}: <Link to={`/dokumen/${plan.practice.doc}`}>{plan.practice.title}</Link>
        </p>
      ) : null}
      <label className="planner-wide">
        {t('planner.actors.model')}
        <select value={plan.model} onChange={(e) => change((p) => ({ ...p, model: e.target.value as Plan['model'] }))} aria-describedby={`${id}-model-hint`}>
          {MODELS.map((m) => (
            <option key={m} value={m}>
              {t(`planner.models.${m}`)}
            </option>
          ))}
        </select>
      </label>
      <p id={`${id}-model-hint`} className="planner-hint">
        {t('planner.actors.modelHint')}
      </p>
      <AgencyFields legend={t('planner.actors.origin')} agency={plan.origin} onChange={(origin) => change((p) => ({ ...p, origin }))} />
      <AgencyFields legend={t('planner.actors.recipient')} agency={plan.recipient} onChange={(recipient) => change((p) => ({ ...p, recipient }))} />
      {plan.facilitator ? (
        <>
          <AgencyFields legend={t('planner.actors.facilitator')} agency={plan.facilitator} onChange={(facilitator) => change((p) => ({ ...p, facilitator }))} />
          <button type="button" onClick={() => change((p) => ({ ...p, facilitator: null }))}>
            {t('planner.actors.removeFacilitator')}
          </button>
        </>
      ) : (
        <button type="button" onClick={() => change((p) => ({ ...p, facilitator: NO_AGENCY }))}>
          {t('planner.actors.addFacilitator')}
        </button>
      )}
    </PlanSection>
  );
}
