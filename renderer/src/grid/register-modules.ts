import {
  ColumnAutoSizeModule,
  CustomFilterModule,
  DateFilterModule,
  InfiniteRowModelModule,
  LocaleModule,
  ModuleRegistry,
  NumberFilterModule,
  RowSelectionModule,
  TextFilterModule,
  TooltipModule,
  ValidationModule,
} from 'ag-grid-community';

// Only the modules the registers use, so the bundle stays small.
ModuleRegistry.registerModules([
  InfiniteRowModelModule,
  LocaleModule, // without it ag-grid ignores localeText (error #200)
  TextFilterModule,
  NumberFilterModule,
  DateFilterModule,
  ColumnAutoSizeModule,
  CustomFilterModule,
  RowSelectionModule,
  TooltipModule, // a cut-off name in the change log reads whole on hover
  ...(import.meta.env.DEV ? [ValidationModule] : []),
]);
