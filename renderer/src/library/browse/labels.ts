/** Human labels for facet values, all through i18n; the raw values stay in the URL. */
import type { TFunction } from 'i18next';
import { BUNDLED_SOURCE_ID } from '../../../../core/sources/documentKey';
import type { FacetKey, FacetValueCount } from './facets';

/** A source's name as the user gave it, by source id (from useSources). */
export type SourceNames = ReadonlyMap<string, string>;
const NO_NAMES: SourceNames = new Map();

export interface ValueLabel {
  label: string;
  /** A second, quieter line (the SDG's name). */
  detail?: string;
}

export function facetValueLabel(t: TFunction, key: FacetKey, value: string, sources: SourceNames = NO_NAMES): ValueLabel {
  switch (key) {
    case 'source':
      return { label: value === BUNDLED_SOURCE_ID ? t('browse.sourceBundled') : (sources.get(value) ?? value) };
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
export function orderForDisplay(t: TFunction, key: FacetKey, values: FacetValueCount[], locale: string, sources: SourceNames = NO_NAMES): FacetValueCount[] {
  if (key !== 'sector' && key !== 'source') return values;
  const collator = new Intl.Collator(locale);
  const label = (value: string) => facetValueLabel(t, key, value, sources).label;
  // Sources: the bundled library first, then the user's own by name.
  const first = (value: string) => Number(key === 'source' && value === BUNDLED_SOURCE_ID);
  return [...values].sort((a, b) => first(b.value) - first(a.value) || collator.compare(label(a.value), label(b.value)));
}
