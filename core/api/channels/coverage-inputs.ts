import { z } from 'zod';
import { read, write } from '../channel.ts';
import {
  aggregateInputSchema, coverageInputListInput, retireAggregateInput, coverageInputUid, denominatorInputSchema, retireDenominatorInput, targetInputSchema,
  type Aggregate, type Denominator, type Target,
} from '../coverage-inputs.ts';

// The coverage inputs: denominators (with retire), aggregate inputs and targets, and the
// published Bali figures as demo data. Their spreadsheet import goes through the shared import
// channels (registers 'coverage_denominator' and 'coverage_aggregate').

export interface CoverageInputsDemoResult {
  denominators: number;
  aggregates: number;
  targets: number;
}

export const coverageInputChannels = {
  'coverageInputs.denominators.list': read(coverageInputListInput, 'records.read')<Denominator[]>(),
  'coverageInputs.denominators.get': read(coverageInputUid, 'records.read')<Denominator>(),
  'coverageInputs.denominators.save': write(denominatorInputSchema, 'records.write')<Denominator>(),
  'coverageInputs.denominators.retire': write(retireDenominatorInput, 'records.write')<Denominator>(),
  'coverageInputs.denominators.remove': write(coverageInputUid, 'records.write')<{ removed: true }>(),
  'coverageInputs.aggregates.list': read(coverageInputListInput, 'records.read')<Aggregate[]>(),
  'coverageInputs.aggregates.get': read(coverageInputUid, 'records.read')<Aggregate>(),
  'coverageInputs.aggregates.save': write(aggregateInputSchema, 'records.write')<Aggregate>(),
  'coverageInputs.aggregates.retire': write(retireAggregateInput, 'records.write')<Aggregate>(),
  'coverageInputs.aggregates.remove': write(coverageInputUid, 'records.write')<{ removed: true }>(),
  'coverageInputs.targets.list': read(coverageInputListInput, 'records.read')<Target[]>(),
  'coverageInputs.targets.get': read(coverageInputUid, 'records.read')<Target>(),
  'coverageInputs.targets.save': write(targetInputSchema, 'records.write')<Target>(),
  'coverageInputs.targets.remove': write(coverageInputUid, 'records.write')<{ removed: true }>(),
  /** The published Bali figures (Sakernas, BPJS, Gianyar, Denpasar APBD, targets), entered as an office would. */
  'coverageInputs.demo': write(z.object({}).strict(), 'records.import')<CoverageInputsDemoResult>(),
} as const;
