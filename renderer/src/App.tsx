import { HashRouter, Route, Routes } from 'react-router';
import { BrowsePage } from './library/browse/BrowsePage';
import { DocumentPage } from './library/document/DocumentPage';
import { LibraryHome } from './library/LibraryHome';
import { NotesPage } from './notes/NotesPage';
import { AudienceView } from './present/AudienceView';
import { HandoutPage } from './present/handout/HandoutPage';
import { PackEditorPage } from './present/packs/PackEditorPage';
import { PresentPage } from './present/PresentPage';
import { PresenterView } from './present/PresenterView';
import { SearchPage } from './search/SearchPage';
import { SettingsPage } from './settings/SettingsPage';
import { SettingsProvider } from './settings/SettingsContext';
import { AppShell } from './shell/AppShell';

/** Hash routing: the app is served from app:// and from a static file server alike. */
export function App() {
  return (
    <SettingsProvider>
      <HashRouter>
        <Routes>
          <Route element={<AppShell />}>
            <Route index element={<LibraryHome />} />
            <Route path="dokumen/:id" element={<DocumentPage />} />
            <Route path="jelajah" element={<BrowsePage />} />
            <Route path="cari" element={<SearchPage />} />
            <Route path="catatan" element={<NotesPage />} />
            <Route path="presentasi" element={<PresentPage />} />
            <Route path="presentasi/paket/:id" element={<PackEditorPage />} />
            <Route path="pengaturan" element={<SettingsPage />} />
            <Route path="*" element={<LibraryHome />} />
          </Route>
          {/* Presenting and printing: full window, without the app's chrome. */}
          <Route path="tampil/:kind/:id" element={<AudienceView />} />
          <Route path="penyaji/:kind/:id" element={<PresenterView />} />
          <Route path="cetak/:kind/:id" element={<HandoutPage />} />
        </Routes>
      </HashRouter>
    </SettingsProvider>
  );
}
