import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './i18n/index.ts';
import './grid/register-modules.ts';
import { MantineProvider, Select, createTheme } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { enterChoosesOption } from './components/select-enter.ts';

const theme = createTheme({
  primaryColor: 'blue',
  defaultRadius: 'sm',
  // Dialogs and menus open without moving when the system asks for less motion.
  respectReducedMotion: true,
  fontFamily: 'Segoe UI, system-ui, -apple-system, Roboto, sans-serif',
  components: { Select: Select.extend({ defaultProps: { onKeyDown: enterChoosesOption } }) },
});
const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } } });

const root = document.getElementById('root');
if (!root) throw new Error('#root missing from index.html');
createRoot(root).render(
  <StrictMode>
    <MantineProvider theme={theme}>
      {/* Top centre, over the header's office name: top right covered the language switch, bottom
          right a form's Simpan button, bottom left a page's own Simpan (the backup settings; walk 29). */}
      <Notifications position="top-center" />
      <QueryClientProvider client={queryClient}>
        <App />
      </QueryClientProvider>
    </MantineProvider>
  </StrictMode>,
);
