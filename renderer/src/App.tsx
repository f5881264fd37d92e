import type { ReactNode } from 'react';
import { HashRouter, Route, Routes } from 'react-router';
import { AppBoundary, PageBoundary } from './components/ErrorBoundaries';
import { BrowsePage } from './library/browse/BrowsePage';
import { DocumentPage } from './library/document/DocumentPage';
import { HelpPage } from './library/home/HelpPage';
import { LibraryHome } from './library/LibraryHome';
import { NotesPage } from './notes/NotesPage';
import { AudienceView } from './present/AudienceView';
import { HandoutPage } from './present/handout/HandoutPage';
import { PackEditorPage } from './present/packs/PackEditorPage';
import { PresentPage } from './present/PresentPage';
import { PresenterView } from './present/PresenterView';
import { PlanPage } from './planner/PlanPage';
import { PlanPrintPage } from './planner/PlanPrintPage';
import { PlansPage } from './planner/PlansPage';
import { SearchPage } from './search/SearchPage';
import { SettingsPage } from './settings/SettingsPage';
import { SettingsProvider } from './settings/SettingsContext';
import { SourcesPage } from './sources/SourcesPage';
import { AppShell } from './shell/AppShell';

/** Each route's page has its own error boundary: a page that fails leaves the shell and the other pages working. */
const page = (element: ReactNode) => <PageBoundary>{element}</PageBoundary>;

/** Hash routing: the app is served from app:// and from a static file server alike. */
export function App() {
  return (
    <AppBoundary>
      <SettingsProvider>
        <HashRouter>
          <Routes>
            <Route element={<AppShell />}>
              <Route index element={page(<LibraryHome />)} />
              <Route path="dokumen/:id" element={page(<DocumentPage />)} />
              <Route path="jelajah" element={page(<BrowsePage />)} />
              <Route path="cari" element={page(<SearchPage />)} />
              <Route path="catatan" element={page(<NotesPage />)} />
              <Route path="presentasi" element={page(<PresentPage />)} />
              <Route path="presentasi/paket/:id" element={page(<PackEditorPage />)} />
              <Route path="rencana" element={page(<PlansPage />)} />
              <Route path="rencana/:id" element={page(<PlanPage />)} />
              <Route path="pengaturan" element={page(<SettingsPage />)} />
              <Route path="bantuan" element={page(<HelpPage />)} />
              <Route path="pengaturan/sumber" element={page(<SourcesPage />)} />
              <Route path="*" element={page(<LibraryHome />)} />
            </Route>
            {/* Presenting and printing: full window, without the app's chrome. */}
            <Route path="tampil/:kind/:id" element={page(<AudienceView />)} />
            <Route path="penyaji/:kind/:id" element={page(<PresenterView />)} />
            <Route path="cetak/rencana/:id" element={page(<PlanPrintPage />)} />
            <Route path="cetak/:kind/:id" element={page(<HandoutPage />)} />
          </Routes>
        </HashRouter>
      </SettingsProvider>
    </AppBoundary>
  );
}
