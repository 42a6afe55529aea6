import type { regulationChannels } from '../api/channels/regulations.ts';
import type { HandlersOf } from '../handler-types.ts';
import { removeCommitment, saveCommitment } from './commitment-service.ts';
import { startDemoRegulations } from './demo-service.ts';
import { searchRegulationDocuments } from './document-hits.ts';
import { dueList } from './due-list.ts';
import { regulationProgrammes } from './funded-programmes.ts';
import { exportJdihn, stageJdihn } from './jdihn/jdihn-service.ts';
import { pickRegulations } from './pick.ts';
import { getRegulation, regulationStatusAt, saveRegulation, setRegulationStatus } from './regulation-service.ts';
import { addRelation, removeRelation } from './relation-service.ts';

export const regulationHandlers: HandlersOf<typeof regulationChannels> = {
  'regulations.get': (ctx, input) => getRegulation(ctx, input.uid),
  'regulations.save': (ctx, input) => saveRegulation(ctx, input),
  'regulations.setStatus': (ctx, input) => setRegulationStatus(ctx, input),
  'regulations.statusAt': (ctx, input) => regulationStatusAt(ctx, input),
  'regulations.pick': (ctx, input) => pickRegulations(ctx, input),
  'regulations.programmes': (ctx, input) => regulationProgrammes(ctx, input.uid),
  'regulations.searchDocuments': (ctx, input) => searchRegulationDocuments(ctx, input),
  'regulations.relations.add': (ctx, input) => addRelation(ctx, input),
  'regulations.relations.remove': (ctx, input) => removeRelation(ctx, input),
  'regulations.commitments.save': (ctx, input) => saveCommitment(ctx, input),
  'regulations.commitments.remove': (ctx, input) => removeCommitment(ctx, input),
  'regulations.jdihn.stage': (ctx, input) => stageJdihn(ctx, input.fileToken),
  'regulations.jdihn.export': (ctx) => exportJdihn(ctx),
  'regulations.demo': (ctx) => startDemoRegulations(ctx),
  'dueList.list': (ctx, input) => dueList(ctx, input),
};
