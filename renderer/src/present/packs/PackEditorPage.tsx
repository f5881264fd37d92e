/**
 * One session pack: its details, its ordered documents (and sections), and what can be done with
 * it. A new pack is `/presentasi/paket/baru`. Nothing is lost on a failed save: the form keeps it.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import type { DocumentSummary } from '../../../../core/content/types';
import type { ApiError } from '../../../../core/errors';
import type { PackDraft, PackItem } from '../../../../core/present/sessionPack';
import { callHost } from '../../api/host';
import { useHostCall } from '../../api/useHostCall';
import { ErrorState, Loading } from '../../components/StatusMessage';
import { usePresentActions } from '../usePresentActions';
import { BundledPackView } from './BundledPackView';
import { downloadJson } from './packFiles';
import { PackItemPicker } from './PackItemPicker';
import { useSectionTitles } from './useSectionTitles';
import '../present.css';
import { ArrowDown, ArrowUp, X } from 'lucide-react';
import { DateField } from '../../components/DateField';

const EMPTY: PackDraft = { title: '', date: '', audience: '', trainer: '', durationMinutes: 90, items: [] };

export function PackEditorPage() {
  const { id = 'baru' } = useParams();
  const listing = useHostCall('library:list', undefined, 'all');
  const documents = listing.status === 'ready' ? listing.value.documents : [];
  if (id === 'baru') return <PackEditor key={id} packId={null} initial={EMPTY} documents={documents} />;
  return <SavedPack key={id} id={id} documents={documents} />;
}

function SavedPack({ id, documents }: { id: string; documents: DocumentSummary[] }) {
  const pack = useHostCall('packs:get', { id }, id);
  if (pack.status === 'loading') return <Loading />;
  if (pack.status === 'error') return <ErrorState error={pack.error} />;
  if (pack.value.bundled) return <BundledPackView pack={pack.value} documents={documents} />;
  return <PackEditor packId={id} initial={pack.value} documents={documents} />;
}

function PackEditor({ packId, initial, documents }: { packId: string | null; initial: PackDraft; documents: DocumentSummary[] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { present, presenter } = usePresentActions();
  const [draft, setDraft] = useState<PackDraft>(() => ({
    title: initial.title,
    date: initial.date,
    audience: initial.audience,
    trainer: initial.trainer,
    durationMinutes: initial.durationMinutes,
    items: initial.items,
  }));
  const [error, setError] = useState<ApiError | null>(null);
  const location = useLocation();
  // A new pack's first save lands on its own address; say it was saved there too.
  const [saved, setSaved] = useState(() => (location.state as { saved?: boolean } | null)?.saved === true);
  const [dirty, setDirty] = useState(false);
  const byId = useMemo(() => new Map(documents.map((d) => [d.id, d])), [documents]);
  const sectionTitles = useSectionTitles(draft.items);
  const missing = documents.length > 0 ? [...new Set(draft.items.map((i) => i.docId).filter((docId) => !byId.has(docId)))] : [];

  const change = (patch: Partial<PackDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setDirty(true);
    setSaved(false);
  };
  const move = (from: number, to: number) => {
    if (to < 0 || to >= draft.items.length) return;
    const items = [...draft.items];
    const [item] = items.splice(from, 1);
    items.splice(to, 0, item!);
    change({ items });
  };

  const save = async () => {
    setError(null);
    const result = await callHost('packs:save', { id: packId ?? undefined, pack: draft });
    if (!result.ok) return setError(result.error);
    setDirty(false);
    setSaved(true);
    if (!packId) void navigate(`/presentasi/paket/${result.value.id}`, { replace: true, state: { saved: true } });
  };

  const act = async <T,>(run: () => Promise<{ ok: true; value: T } | { ok: false; error: ApiError }>, then: (value: T) => void) => {
    setError(null);
    const result = await run();
    if (result.ok) then(result.value);
    else setError(result.error);
  };

  const label = (item: PackItem) => {
    const doc = byId.get(item.docId);
    return doc ? doc.title : item.docId;
  };

  return (
    <div className="page pack-editor">
      <p className="document-nav">
        <Link to="/presentasi" className="back-link">
          {t('packs.back')}
        </Link>
      </p>
      <header className="page-header">
        <h1>{packId ? draft.title || t('packs.untitled') : t('packs.newTitle')}</h1>
      </header>
      {error ? <ErrorState error={error} /> : null}
      {missing.length > 0 ? (
        <p className="present-notice present-notice-warning" role="alert">
          {t('packs.missingDocuments', { ids: missing.join(', ') })}
        </p>
      ) : null}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <label>
          {t('packs.fieldTitle')}
          <input required maxLength={200} value={draft.title} onChange={(e) => change({ title: e.target.value })} />
        </label>
        <div className="pack-fields">
          <DateField label={t('packs.fieldDate')} value={draft.date} onChange={(date) => change({ date })} />
          <label>
            {t('packs.fieldDuration')}
            <input
              type="number"
              min={0}
              max={1440}
              value={draft.durationMinutes}
              onChange={(e) => change({ durationMinutes: Math.max(0, Math.min(1440, Math.trunc(Number(e.target.value) || 0))) })}
            />
          </label>
          <label>
            {t('packs.fieldAudience')}
            <input maxLength={300} value={draft.audience} onChange={(e) => change({ audience: e.target.value })} />
          </label>
          <label>
            {t('packs.fieldTrainer')}
            <input maxLength={200} value={draft.trainer} onChange={(e) => change({ trainer: e.target.value })} />
          </label>
        </div>
        <h2>{t('packs.itemsTitle')}</h2>
        {draft.items.length === 0 ? <p className="present-notice">{t('packs.itemsEmpty')}</p> : null}
        <ol className="pack-items" aria-label={t('packs.itemsTitle')}>
          {draft.items.map((item, i) => (
            <li key={`${item.docId}-${item.sectionId ?? ''}-${i}`}>
              <span className={`pack-item-label${byId.has(item.docId) || documents.length === 0 ? '' : ' pack-item-missing'}`}>
                {i + 1}. {label(item)}
                {item.sectionId ? ` › ${sectionTitles.get(`${item.docId}#${item.sectionId}`) ?? item.sectionId}` : ''}
              </span>
              <button type="button" aria-label={t('packs.moveUp', { title: label(item) })} disabled={i === 0} onClick={() => move(i, i - 1)}>
                <ArrowUp className="icon" aria-hidden="true" />
              </button>
              <button
                type="button"
                aria-label={t('packs.moveDown', { title: label(item) })}
                disabled={i === draft.items.length - 1}
                onClick={() => move(i, i + 1)}
              >
                <ArrowDown className="icon" aria-hidden="true" />
              </button>
              <button type="button" aria-label={t('packs.remove', { title: label(item) })} onClick={() => change({ items: draft.items.filter((_, j) => j !== i) })}>
                <X className="icon" aria-hidden="true" />
              </button>
            </li>
          ))}
        </ol>
        <PackItemPicker documents={documents} onAdd={(item) => change({ items: [...draft.items, item] })} />
        <div className="present-toolbar">
          <button type="submit" className="button-primary">
            {t('packs.save')}
          </button>
          {saved ? <span role="status">{t('packs.saved')}</span> : null}
          {dirty && packId ? <span className="present-hint">{t('packs.unsaved')}</span> : null}
        </div>
      </form>
      {packId ? (
        <section className="present-section" aria-label={t('packs.actions')}>
          <div className="present-toolbar">
            <button type="button" className="button-primary" disabled={dirty || draft.items.length === 0} onClick={() => void present('paket', packId)}>
              {t('present.start')}
            </button>
            <button type="button" disabled={dirty || draft.items.length === 0} onClick={() => presenter('paket', packId)}>
              {t('present.openPresenter')}
            </button>
            <Link className="button" to={`/cetak/paket/${packId}?tata=dokumen`}>
              {t('handout.make')}
            </Link>
            <button type="button" onClick={() => void act(() => callHost('packs:export', { id: packId }), (file) => downloadJson(file.fileName, file.json))}>
              {t('packs.export')}
            </button>
            <button type="button" onClick={() => void act(() => callHost('packs:duplicate', { id: packId }), (copy) => void navigate(`/presentasi/paket/${copy.id}`))}>
              {t('packs.duplicate')}
            </button>
            <button
              type="button"
              onClick={() => {
                if (window.confirm(t('packs.confirmDelete', { title: draft.title }))) {
                  void act(() => callHost('packs:delete', { id: packId }), () => void navigate('/presentasi'));
                }
              }}
            >
              {t('packs.delete')}
            </button>
          </div>
          {dirty ? <p className="present-hint">{t('packs.saveFirst')}</p> : null}
        </section>
      ) : null}
    </div>
  );
}
