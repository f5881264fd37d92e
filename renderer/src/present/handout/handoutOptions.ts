/** The handout's layout, read from and written to the print route's query (lowercase only). */
export type HandoutLayout = 'dokumen' | 'salindia';
export type SlidesPerPage = 1 | 2 | 6;

export interface HandoutOptions {
  layout: HandoutLayout;
  perPage: SlidesPerPage;
  speakerNotes: boolean;
  myNotes: boolean;
}

export function readHandoutOptions(params: URLSearchParams): HandoutOptions {
  const per = Number(params.get('per'));
  return {
    layout: params.get('tata') === 'salindia' ? 'salindia' : 'dokumen',
    perPage: per === 1 || per === 6 ? per : 2,
    speakerNotes: params.get('catatan') === '1',
    myNotes: params.get('catatansaya') === '1',
  };
}

export function handoutQuery(options: HandoutOptions): string {
  const parts = [`tata=${options.layout}`];
  if (options.layout === 'salindia') parts.push(`per=${options.perPage}`);
  if (options.speakerNotes) parts.push('catatan=1');
  if (options.myNotes) parts.push('catatansaya=1');
  return parts.join('&');
}

export function chunk<T>(items: readonly T[], size: number): T[][] {
  const pages: T[][] = [];
  for (let i = 0; i < items.length; i += size) pages.push(items.slice(i, i + size));
  return pages;
}
