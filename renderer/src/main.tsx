import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './i18n/index.ts';
import './grid/register-modules.ts';
import { MantineProvider, Modal, PasswordInput, Select, createTheme } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode, useMemo, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { useTranslation } from 'react-i18next';
import { App } from './App.tsx';
import { enterChoosesOption } from './components/select-enter.ts';

/** The theme in the interface language: every dialog's × is named ("Tutup"), not a nameless button to a screen reader (walk 33). */
function Themed({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const theme = useMemo(
    () =>
      createTheme({
        primaryColor: 'blue',
        defaultRadius: 'sm',
        // Dialogs and menus open without moving when the system asks for less motion.
        respectReducedMotion: true,
        fontFamily: 'Segoe UI, system-ui, -apple-system, Roboto, sans-serif',
        components: {
          Select: Select.extend({ defaultProps: { onKeyDown: enterChoosesOption } }),
          Modal: Modal.extend({ defaultProps: { closeButtonProps: { 'aria-label': t('common.close') } } }),
          // The eye button's name in the interface language (Mantine's own is "Toggle password visibility").
          PasswordInput: PasswordInput.extend({ defaultProps: { visibilityToggleButtonProps: { 'aria-label': t('common.showPassword') } } }),
        },
      }),
    // Made anew when the language changes (t changes with it).
    [t],
  );
  return <MantineProvider theme={theme}>{children}</MantineProvider>;
}
const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } } });

const root = document.getElementById('root');
if (!root) throw new Error('#root missing from index.html');
createRoot(root).render(
  <StrictMode>
    <Themed>
      {/* Top centre, over the header's office name: top right covered the language switch, bottom
          right a form's Simpan button, bottom left a page's own Simpan (the backup settings; walk 29). */}
      <Notifications position="top-center" />
      <QueryClientProvider client={queryClient}>
        <App />
      </QueryClientProvider>
    </Themed>
  </StrictMode>,
);
