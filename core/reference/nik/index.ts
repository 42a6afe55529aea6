export type {
  AnalyzeNikOptions,
  LocalizedText,
  NikAnalysis,
  NikContentErrorCode,
  NikIssue,
  NikIssueCode,
  NikRepairChangeCode,
  NikRepairFailureCode,
  NikRepairOutcome,
  NikRepairResult,
  NikSex,
  NikWarningCode,
  RegionCodeLookup,
  RegionCodeSets,
} from '../../api/nik.ts';
export { analyzeNik, createSetLookup } from './analyze-nik.ts';
export { NIK_LENGTH, repairNikCell } from './repair-nik.ts';
