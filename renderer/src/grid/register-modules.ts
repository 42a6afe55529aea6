import {
  ColumnAutoSizeModule,
  CustomFilterModule,
  DateFilterModule,
  InfiniteRowModelModule,
  ModuleRegistry,
  NumberFilterModule,
  RowSelectionModule,
  TextFilterModule,
  ValidationModule,
} from 'ag-grid-community';

// Only the modules the registers use, so the bundle stays small.
ModuleRegistry.registerModules([
  InfiniteRowModelModule,
  TextFilterModule,
  NumberFilterModule,
  DateFilterModule,
  ColumnAutoSizeModule,
  CustomFilterModule,
  RowSelectionModule,
  ...(import.meta.env.DEV ? [ValidationModule] : []),
]);
