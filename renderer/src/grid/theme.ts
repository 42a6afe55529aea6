import { themeQuartz } from 'ag-grid-community';

// ag-grid's theming API, tuned to sit beside Mantine's default look.
export const gridTheme = themeQuartz.withParams({
  fontFamily: 'inherit',
  fontSize: 14,
  headerFontWeight: 600,
  accentColor: '#1c7ed6',
  rowHeight: 36,
  headerHeight: 40,
  borderRadius: 4,
});
