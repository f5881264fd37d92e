/**
 * The one contract between the renderer and the host. Every call the renderer may make is
 * declared here once: a `domain:action` channel, a zod schema for its input and the type of its
 * output. The preload, the handler table, the e2e harness and the renderer all derive from it.
 */
import { z } from 'zod';
import { call, NoInput } from './contractCall';
import type { ChannelName, HostEvent } from './channels';
import type { Result } from './errors';
import type { DocumentSummary, LibraryDocument } from './content/types';
import { DeckKeySchema, PackDraftSchema, PackIdSchema, type SessionPack } from './present/sessionPack';
import { notesApi } from './notes/contract';
import { DOCUMENT_KEY_PATTERN, DocumentKeySchema } from './sources/documentKey';
import { sourcesApi } from './sources/contract';
import { plannerApi } from './planner/contract';
import type { SourcesEventPayload } from './sources/types';

export type { Result } from './errors';


export const LanguageSchema = z.enum(['id', 'en']);
export const ThemeSchema = z.enum(['system', 'light', 'dark']);
export type UiLanguage = z.infer<typeof LanguageSchema>;
export type ThemePreference = z.infer<typeof ThemeSchema>;

/** A document key (core/sources/documentKey.ts): a bundled document's id, or `<source>~<id>`. */
export const DocumentIdSchema = DocumentKeySchema;

export const ChecklistItemIdSchema = z.string().regex(/^[a-z0-9-]{1,80}$/, 'id butir daftar periksa tidak valid');
export const ReaderFontSizeSchema = z.number().int().min(14).max(26);

export interface AppInfo {
  name: string;
  version: string;
  platform: string;
  language: UiLanguage;
  theme: ThemePreference;
  readerFontSize: number;
}

export interface RecentDocument {
  id: string;
  /** ISO timestamp */
  openedAt: string;
  /** How far down the document the reader was, 0 (top) to 1 (end). */
  position?: number;
}

export interface LibraryListing {
  documents: DocumentSummary[];
  /** Problems met while loading the compiled library, for an honest empty state. */
  problems: string[];
}

/** App routes a presenter or audience window may show (never an outside address). */
export const PresentRouteSchema = z.string().regex(new RegExp(`^/(tampil|penyaji)/(dokumen/${DOCUMENT_KEY_PATTERN}|paket/[a-z0-9][a-z0-9-]{0,119})$`), 'rute presentasi tidak valid');
export const HandoutRouteSchema = z
  .string()
  .regex(new RegExp(`^/cetak/(dokumen/${DOCUMENT_KEY_PATTERN}|paket/[a-z0-9][a-z0-9-]{0,119}|rencana/rencana-[a-z0-9-]{1,60})(\\?[a-z0-9=&-]{0,120})?$`), 'rute cetak tidak valid');

export const api = {
  'app:info': call(NoInput).returns<AppInfo>(),
  'app:setLanguage': call(z.object({ language: LanguageSchema }).strict()).returns<{
    language: UiLanguage;
  }>(),
  'app:setTheme': call(z.object({ theme: ThemeSchema }).strict()).returns<{
    theme: ThemePreference;
  }>(),
  'app:openExternal': call(
    z
      .object({ url: z.string().max(2048).regex(/^https?:\/\//i, 'hanya tautan http(s)') })
      .strict(),
  ).returns<{ opened: boolean }>(),
  'app:setReaderFontSize': call(z.object({ size: ReaderFontSizeSchema }).strict()).returns<{ size: number }>(),
  'library:list': call(NoInput).returns<LibraryListing>(),
  'library:get': call(z.object({ id: DocumentIdSchema }).strict()).returns<LibraryDocument>(),
  'progress:getChecklist': call(z.object({ id: DocumentIdSchema }).strict()).returns<{ checked: string[] }>(),
  'progress:setChecklistItem': call(
    z.object({ id: DocumentIdSchema, item: ChecklistItemIdSchema, checked: z.boolean() }).strict(),
  ).returns<{ checked: string[] }>(),
  'reading:markOpened': call(z.object({ id: DocumentIdSchema, position: z.number().min(0).max(1).optional() }).strict()).returns<{ recent: RecentDocument[] }>(),
  'reading:recent': call(NoInput).returns<{ recent: RecentDocument[] }>(),
  // Presenting (issue #6): session packs, where each deck was left, presenter windows, handouts.
  'packs:list': call(NoInput).returns<{ packs: SessionPack[] }>(),
  'packs:get': call(z.object({ id: PackIdSchema }).strict()).returns<SessionPack>(),
  'packs:save': call(z.object({ id: PackIdSchema.optional(), pack: PackDraftSchema }).strict()).returns<SessionPack>(),
  'packs:duplicate': call(z.object({ id: PackIdSchema }).strict()).returns<SessionPack>(),
  'packs:delete': call(z.object({ id: PackIdSchema }).strict()).returns<{ deleted: boolean }>(),
  'packs:export': call(z.object({ id: PackIdSchema }).strict()).returns<{ fileName: string; json: string }>(),
  'packs:import': call(z.object({ json: z.string().max(1_000_000) }).strict()).returns<{
    pack: SessionPack;
    /** Documents the pack names that this library does not have; the pack is kept all the same. */
    missingDocuments: string[];
  }>(),
  'present:position': call(z.object({ deck: DeckKeySchema }).strict()).returns<{ index: number | null }>(),
  'present:savePosition': call(z.object({ deck: DeckKeySchema, index: z.number().int().min(0).max(10_000) }).strict()).returns<{
    index: number;
  }>(),
  'present:openWindow': call(
    z.object({ view: z.enum(['audience', 'presenter']), route: PresentRouteSchema }).strict(),
  ).returns<{ opened: boolean }>(),
  'handout:savePdf': call(
    z.object({ route: HandoutRouteSchema, fileName: z.string().regex(/^[a-z0-9-]{1,80}\.pdf$/, 'nama berkas tidak valid') }).strict(),
  ).returns<{ saved: boolean; path?: string; cancelled?: boolean }>(),
  ...notesApi,
  ...sourcesApi,
  ...plannerApi,
} as const;

export type Api = typeof api;
export type Channel = keyof Api;
export type Input<C extends Channel> = z.input<Api[C]['input']>;
export type ParsedInput<C extends Channel> = z.output<Api[C]['input']>;
export type Output<C extends Channel> = NonNullable<Api[C]['output']>;

export { CHANNEL_NAMES as CHANNELS, HOST_EVENTS } from './channels';
export type { HostEvent } from './channels';

// Compile-time proof that core/channels.ts lists exactly the contract's channels.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const channelListMatchesContract: Same<Channel, ChannelName> = true;
void channelListMatchesContract;

/** Events the host pushes to the renderer (menu commands). */
export interface HostEventPayload extends SourcesEventPayload {
  'menu:navigate': { route: string };
  'menu:focusSearch': Record<string, never>;
}

/** What `window.pustaka` is, in Electron (preload) and in the harness alike. */
export interface PustakaBridge {
  invoke<C extends Channel>(channel: C, input?: Input<C>): Promise<Result<Output<C>>>;
  on<E extends HostEvent>(event: E, listener: (payload: HostEventPayload[E]) => void): () => void;
}

/** Server side: one async function per channel, receiving validated input. */
export type HandlerTable = {
  [C in Channel]: (input: ParsedInput<C>) => Promise<Output<C>>;
};
