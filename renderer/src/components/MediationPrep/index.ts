// The mediation prep workspace: prepare a difficult talk with a client, section by section, saved as typed.
export { PrepWorkspace } from './PrepWorkspace.tsx';
export { GlaslScale, LEVEL_COLORS } from './GlaslScale.tsx';
