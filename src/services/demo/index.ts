// The demo agency: a believable consultancy with ten client relationships, in German or English.
export { buildDemoAgency, DemoBuildError, type BuildOptions, type DemoDispatcher } from './build.ts';
export { demoSummary, planDemoAgency, type DemoOptions, type DemoSummary } from './plan.ts';
export type { DemoLang, DemoPlan, PlannedClient, PlannedContact, PlannedEvent } from './types.ts';
