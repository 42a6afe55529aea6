import { employerRegister } from './employer/employer-register.ts';
import type { RegisterDefinition } from './register-definition.ts';
import { workerRegister } from './worker/worker-register.ts';
import { regulationRegister } from './regulation/regulation-register.ts';
import { aggregateRegister } from './coverage/aggregate-register.ts';
import { denominatorRegister } from './coverage/denominator-register.ts';

// The one list that binds the registers into the app (as actual's app.combine does for its
// handler modules). A new register adds its declaration here.
export const appRegisters: readonly RegisterDefinition[] = [employerRegister, workerRegister, regulationRegister, denominatorRegister, aggregateRegister];
