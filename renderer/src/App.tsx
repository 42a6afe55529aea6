import { HashRouter, Navigate, Route, Routes } from 'react-router';
import { AppLayout } from './layout/AppLayout.tsx';
import { AuditLogPage } from './pages/AuditLogPage.tsx';
import { OfficeProfilePage } from './pages/OfficeProfilePage.tsx';

// Hash routes work the same under app:// (Electron) and http://127.0.0.1 (lindung serve).
export function App() {
  return (
    <HashRouter>
      <Routes>
        <Route element={<AppLayout />}>
          <Route index element={<Navigate to="/pengaturan/profil" replace />} />
          <Route path="pengaturan/profil" element={<OfficeProfilePage />} />
          <Route path="riwayat" element={<AuditLogPage />} />
          <Route path="*" element={<Navigate to="/" replace />} />
        </Route>
      </Routes>
    </HashRouter>
  );
}
