// Relationship health in the renderer: the explanation drawer and the pieces the client page mounts.
export { BandBadge } from './BandBadge.tsx';
export { ClientReminders } from './ClientReminders.tsx';
export { HealthExplainDrawer } from './HealthExplainDrawer.tsx';
export { HeaderHealth } from './HeaderHealth.tsx';
export { HealthPanel } from './HealthPanel.tsx';
export { HealthWeightsForm } from './HealthWeights.tsx';
export { ClientNevChart, NevChart } from './NevChart.tsx';
export { ReminderList, type ReminderEntry } from './ReminderList.tsx';
export * from './model.ts';
