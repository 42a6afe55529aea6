import { Center, Loader } from '@mantine/core';
import { HashRouter, Navigate, Route, Routes } from 'react-router';
import { useSetupStatus } from './api/queries.ts';
import { allRoutes } from './features/all-routes.ts';
import { AppLayout } from './layout/AppLayout.tsx';
import { SetupWizard } from './pages/SetupWizard.tsx';

// Hash routes work the same under app:// (Electron) and http://127.0.0.1 (lindung serve).
// Until the office has done the first-start setup, nothing but the wizard is shown.
export function App() {
  const setup = useSetupStatus();
  if (setup.isPending) {
    return (
      <Center h="100vh">
        <Loader />
      </Center>
    );
  }
  if (setup.data?.needsSetup) return <SetupWizard />;
  return (
    <HashRouter>
      <Routes>
        <Route element={<AppLayout />}>
          <Route index element={<Navigate to="/register/perusahaan" replace />} />
          {allRoutes.map((r) => (
            <Route key={r.path} path={r.path} element={r.element} />
          ))}
          <Route path="*" element={<Navigate to="/" replace />} />
        </Route>
      </Routes>
    </HashRouter>
  );
}
