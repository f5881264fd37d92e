import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Facet, FacetKey } from './facets';
import { facetValueLabel, orderForDisplay, type SourceNames } from './labels';

/** Long lists (provinces, SDGs) show this many values until the user asks for all. */
const COLLAPSED_SIZE = 8;
const COLLAPSE_WHEN_MORE_THAN = 10;

interface FacetGroupProps {
  facet: Facet;
  locale: string;
  formatNumber: (value: number) => string;
  onToggle: (key: FacetKey, value: string) => void;
  sourceNames?: SourceNames;
}

/**
 * One facet as a fieldset of real checkboxes. Values that would leave no document are hidden,
 * except ticked ones, which always stay so they can be unticked.
 */
export function FacetGroup({ facet, locale, formatNumber, onToggle, sourceNames }: FacetGroupProps) {
  const { t } = useTranslation();
  const baseId = useId();
  const [expanded, setExpanded] = useState(false);

  const visible = orderForDisplay(t, facet.key, facet.values, locale, sourceNames).filter((v) => v.count > 0 || v.selected);
  const collapsible = visible.length > COLLAPSE_WHEN_MORE_THAN;
  const shown = collapsible && !expanded ? visible.filter((v, i) => i < COLLAPSED_SIZE || v.selected) : visible;
  const listId = `${baseId}-list`;

  return (
    <fieldset className={`facet facet-${facet.key}${facet.applicable ? '' : ' facet-inapplicable'}`} data-facet={facet.key}>
      <legend>{t(`browse.facets.${facet.key}`)}</legend>
      {!facet.applicable ? <p className="facet-note">{t('browse.practiceOnly')}</p> : null}
      {shown.length > 0 ? (
        <ul className="facet-values" id={listId}>
          {shown.map((v) => {
            const index = facet.values.findIndex((candidate) => candidate.value === v.value);
            const inputId = `${baseId}-${index}`;
            const countId = `${inputId}-count`;
            const { label, detail } = facetValueLabel(t, facet.key, v.value, sourceNames);
            return (
              <li key={v.value} className={v.count === 0 ? 'facet-value facet-value-empty' : 'facet-value'}>
                <input
                  type="checkbox"
                  id={inputId}
                  checked={v.selected}
                  onChange={() => onToggle(facet.key, v.value)}
                  aria-describedby={countId}
                />
                <label htmlFor={inputId}>
                  <span className="facet-label">{label}</span>
                  {detail ? <span className="facet-detail">{detail}</span> : null}
                </label>
                <span className="facet-count" id={countId}>
                  <span aria-hidden="true">{formatNumber(v.count)}</span>
                  <span className="visually-hidden">{t('browse.valueCount', { count: v.count, formatted: formatNumber(v.count) })}</span>
                </span>
              </li>
            );
          })}
        </ul>
      ) : null}
      {collapsible ? (
        <button
          type="button"
          className="facet-more"
          aria-expanded={expanded}
          aria-controls={listId}
          onClick={() => setExpanded((value) => !value)}
        >
          {expanded ? t('browse.showFewer') : t('browse.showAll', { total: formatNumber(visible.length) })}
        </button>
      ) : null}
    </fieldset>
  );
}
