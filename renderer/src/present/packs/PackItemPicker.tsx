/** Adds a document, or one of its sections, to a pack. */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentSummary } from '../../../../core/content/types';
import type { PackItem } from '../../../../core/present/sessionPack';
import { useHostCall } from '../../api/useHostCall';

export function PackItemPicker({ documents, onAdd }: { documents: DocumentSummary[]; onAdd(item: PackItem): void }) {
  const { t } = useTranslation();
  const [docId, setDocId] = useState('');
  const [sectionId, setSectionId] = useState('');
  const sorted = useMemo(() => [...documents].sort((a, b) => a.title.localeCompare(b.title, 'id')), [documents]);
  return (
    <div className="pack-add">
      <label>
        {t('packs.addDocument')}
        <select
          value={docId}
          onChange={(e) => {
            setDocId(e.target.value);
            setSectionId('');
          }}
        >
          <option value="">{t('packs.chooseDocument')}</option>
          {sorted.map((d) => (
            <option key={d.id} value={d.id}>
              {d.title}
            </option>
          ))}
        </select>
      </label>
      {docId ? (
        <SectionSelect key={docId} docId={docId} value={sectionId} onChange={setSectionId} />
      ) : (
        <label>
          {t('packs.addSection')}
          <select disabled value="">
            <option value="">{t('packs.wholeDocument')}</option>
          </select>
        </label>
      )}
      <button
        type="button"
        disabled={!docId}
        onClick={() => {
          onAdd(sectionId ? { docId, sectionId } : { docId });
          setDocId('');
          setSectionId('');
        }}
      >
        {t('packs.add')}
      </button>
    </div>
  );
}

/** The chosen document's ## sections, loaded when a document is chosen. */
function SectionSelect({ docId, value, onChange }: { docId: string; value: string; onChange(sectionId: string): void }) {
  const { t } = useTranslation();
  const doc = useHostCall('library:get', { id: docId }, docId);
  const sections = doc.status === 'ready' ? doc.value.headings.filter((h) => h.depth === 2) : [];
  return (
    <label>
      {t('packs.addSection')}
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t('packs.wholeDocument')}</option>
        {sections.map((h) => (
          <option key={h.slug} value={h.slug}>
            {h.text}
          </option>
        ))}
      </select>
    </label>
  );
}
