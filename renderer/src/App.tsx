import { Center, Loader } from '@mantine/core';
import { HashRouter, Navigate, Route, Routes } from 'react-router';
import { usePermissionCheck } from './api/auth.ts';
import { useSetupStatus } from './api/queries.ts';
import { allRoutes } from './features/all-routes.ts';
import { homePath } from './home/paths.ts';
import { NoAccessPage } from './layout/NoAccessPage.tsx';
import { AppLayout } from './layout/AppLayout.tsx';
import { AuthGate } from './pages/accounts/AuthGate.tsx';
import { SetupWizard } from './pages/SetupWizard.tsx';

// Hash routes work the same under app:// (Electron) and http://127.0.0.1 (lindung serve).
// Nothing before a sign-in (AuthGate); until the office has done the first-start setup,
// nothing but the wizard; then the screens the signed-in user's role may open, Beranda first.
export function App() {
  return (
    <AuthGate>
      <SignedIn />
    </AuthGate>
  );
}

function SignedIn() {
  const setup = useSetupStatus();
  const can = usePermissionCheck();
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
          <Route index element={<Navigate to={`/${homePath}`} replace />} />
          {/* A screen the role may not open says so at its address (the navigation leaves it out: routesFor). */}
          {allRoutes.map((r) => (
            <Route key={r.path} path={r.path} element={can(r.permission ?? 'records.read') ? r.element : <NoAccessPage />} />
          ))}
          <Route path="*" element={<Navigate to="/" replace />} />
        </Route>
      </Routes>
    </HashRouter>
  );
}
