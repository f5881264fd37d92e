/** Adds a document, or one of its sections, to a pack. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentSummary } from '../../../../core/content/types';
import type { PackItem } from '../../../../core/present/sessionPack';
import { useHostCall } from '../../api/useHostCall';
import { DocumentPicker } from './DocumentPicker';

export function PackItemPicker({ documents, onAdd }: { documents: DocumentSummary[]; onAdd(item: PackItem): void }) {
  const { t } = useTranslation();
  const [docId, setDocId] = useState('');
  const [sectionId, setSectionId] = useState('');
  const [pickerKey, setPickerKey] = useState(0);
  return (
    <div className="pack-add">
      <DocumentPicker
        key={pickerKey}
        documents={documents}
        value={docId}
        onChange={(id) => {
          setDocId(id);
          setSectionId('');
        }}
      />
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
          setPickerKey((key) => key + 1); // an empty picker for the next document
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
