import type { coverageInputChannels } from '../api/channels/coverage-inputs.ts';
import type { HandlersOf } from '../handler-types.ts';
import { listAggregates, getAggregate, removeAggregate, retireAggregate, saveAggregate } from './aggregate-service.ts';
import { loadCoverageDemo } from './demo-service.ts';
import { getDenominator, listDenominators, removeDenominator, retireDenominator, saveDenominator } from './denominator-service.ts';
import { getTarget, listTargets, removeTarget, saveTarget } from './target-service.ts';

export const coverageInputHandlers: HandlersOf<typeof coverageInputChannels> = {
  'coverageInputs.denominators.list': (ctx, input) => listDenominators(ctx, input),
  'coverageInputs.denominators.get': (ctx, input) => getDenominator(ctx, input.uid),
  'coverageInputs.denominators.save': (ctx, input) => saveDenominator(ctx, input),
  'coverageInputs.denominators.retire': (ctx, input) => retireDenominator(ctx, input),
  'coverageInputs.denominators.remove': (ctx, input) => removeDenominator(ctx, input.uid),
  'coverageInputs.aggregates.list': (ctx, input) => listAggregates(ctx, input),
  'coverageInputs.aggregates.get': (ctx, input) => getAggregate(ctx, input.uid),
  'coverageInputs.aggregates.save': (ctx, input) => saveAggregate(ctx, input),
  'coverageInputs.aggregates.retire': (ctx, input) => retireAggregate(ctx, input),
  'coverageInputs.aggregates.remove': (ctx, input) => removeAggregate(ctx, input.uid),
  'coverageInputs.targets.list': (ctx, input) => listTargets(ctx, input),
  'coverageInputs.targets.get': (ctx, input) => getTarget(ctx, input.uid),
  'coverageInputs.targets.save': (ctx, input) => saveTarget(ctx, input),
  'coverageInputs.targets.remove': (ctx, input) => removeTarget(ctx, input.uid),
  'coverageInputs.demo': (ctx) => loadCoverageDemo(ctx),
};
