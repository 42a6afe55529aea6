import type { LocalizedText } from '../../../core/api/localized-text.ts';
import { useLocalized } from '../pages/imports/shared.ts';

// A figure's name in the interface language. A frozen month's figures carry only the Indonesian
// words they were frozen with (the snapshot keeps what it froze), and show those.

export function useFigureLabel() {
  const localized = useLocalized();
  return (figure: { label: string; labelText?: LocalizedText | undefined }) => (figure.labelText ? localized(figure.labelText) : figure.label);
}
