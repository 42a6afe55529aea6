import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../api/error-text.ts';

// A write the server refused (an approved cycle, evidence still under an indicator, …) says so in
// its own words, which name what is at fault and how to fix it.
export function useSayRefusal() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  return (error: unknown) => notifications.show({ color: 'red', title: t('paritrana.lock.refused'), message: errorText(error), autoClose: 10_000 });
}
