// The public face of the event editor (the writing half of the timeline).
export { EventEditorProvider, useEventEditor, type EventEditorApi } from './EventEditorProvider.tsx';
export { EventActionsMenu, NewEventButton } from './EventActions.tsx';
export { isResolvable } from './ResolveDialog.tsx';
