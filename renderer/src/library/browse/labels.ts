/** Human labels for facet values, all through i18n; the raw values stay in the URL. */
import type { TFunction } from 'i18next';
import type { FacetKey, FacetValueCount } from './facets';

export interface ValueLabel {
  label: string;
  /** A second, quieter line (the SDG's name). */
  detail?: string;
}

export function facetValueLabel(t: TFunction, key: FacetKey, value: string): ValueLabel {
  switch (key) {
    case 'type':
      return { label: t(`types.${value}`) };
    case 'sector':
      return { label: t(`sectors.${value}`) };
    case 'status':
      return { label: t(`document.statusValues.${value}`) };
    case 'sdg':
      return { label: t('browse.sdg', { number: value }), detail: t(`browse.sdgNames.${value}`) };
    case 'province':
    case 'year':
      return { label: value };
  }
}

/** Sectors read best in the alphabetical order of their label in the current language. */
export function orderForDisplay(t: TFunction, key: FacetKey, values: FacetValueCount[], locale: string): FacetValueCount[] {
  if (key !== 'sector') return values;
  const collator = new Intl.Collator(locale);
  return [...values].sort((a, b) => collator.compare(facetValueLabel(t, key, a.value).label, facetValueLabel(t, key, b.value).label));
}
