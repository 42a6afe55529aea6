// Where the coverage input screens live (the dashboard is /cakupan).
export const coverageInputPaths = {
  denominators: '/cakupan/penyebut',
  denominatorImport: '/cakupan/penyebut/impor',
  aggregates: '/cakupan/agregat',
  aggregateImport: '/cakupan/agregat/impor',
  targets: '/cakupan/target',
} as const;
