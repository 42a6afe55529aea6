// The Paritrana Award (issue 16), for other parts of the app: the channels' handlers, and the
// plain sources the package, the brief and the self-assessment builders take (core/award/package).
// Services: cycle-service (cycles), rubric-service / rubric-copy / rubric-export / rubric-import
// (the rubric as data), evidence-service (items, self-assessment, brief points), approval (the
// head's approval and what it freezes), cycle-lock (the lock, and the documents guard).
export { awardHandlers } from './handlers.ts';
export { loadBriefSource, loadPackageSource } from './package-source-loader.ts';
export { starterRubric, innovationAspectCode } from './starter-rubric.ts';
