// The writing half of the timeline, behind one small API for whoever shows events:
//
//   const editor = useEventEditor();
//   editor.openNew(clientId, 'crisis');   // kind optional: then the newest draft's kind, else a touchpoint
//   editor.openEdit(event);
//   editor.resolve(event);                // crisis / misunderstanding: "how was it resolved?"
//   editor.confirmDelete(event);          // asks, deletes, offers Undo in a notification
//
// Mount <EventEditorProvider> once inside the unlocked frame. It holds the editor drawer, the resolve and
// delete dialogs, and the in-memory drafts (drafts.ts), which go away when the ledger locks.
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowBackUp } from '@tabler/icons-react';
import { createContext, use, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { TimelineEvent } from '../../../../src/contract/events.ts';
import { useCreateEvent, useDeleteEvent } from '../../api/queries.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { errorMessage } from '../ErrorAlert/ErrorAlert.tsx';
import { DraftStore } from './drafts.ts';
import { EventEditorDrawer, type EditorTarget } from './EventEditorDrawer.tsx';
import { fieldsOfEvent, type EventFormValues, type EventKind } from './formModel.ts';
import { isResolvable, ResolveDialog, type Resolvable } from './ResolveDialog.tsx';

export interface EventEditorApi {
  /** A new event for the client; without a kind, the newest unsaved draft's kind, else a touchpoint. */
  openNew(clientId: number, kind?: EventKind): void;
  /** Edit a stored event (its kind cannot change). */
  openEdit(event: TimelineEvent): void;
  /** Ask, delete, and offer Undo. */
  confirmDelete(event: TimelineEvent): void;
  /** Mark a crisis or misunderstanding resolved (or change its resolution); other kinds are ignored. */
  resolve(event: TimelineEvent): void;
  /** True while the editor or one of its dialogs is open (keyboard shortcuts should stand back). */
  isOpen: boolean;
}

const EventEditorContext = createContext<EventEditorApi | null>(null);

const UNDO_MS = 10_000;

export function EventEditorProvider({ children }: { children: ReactNode }) {
  const { t, fmt } = useI18n();
  const drafts = useRef(new DraftStore<EventFormValues>()).current;
  const [editor, setEditor] = useState<{ target: EditorTarget; session: number } | null>(null);
  const [resolving, setResolving] = useState<Resolvable | null>(null);
  const [deleting, setDeleting] = useState<TimelineEvent | null>(null);
  const remove = useDeleteEvent();
  const recreate = useCreateEvent();
  const sessions = useRef(0);

  // The provider lives inside the unlocked frame: it unmounts when the ledger locks. Then nothing from the
  // ledger may stay on screen or in memory: notifications (titles, names, the Undo snapshots they hold)
  // are taken down, and the drafts are dropped.
  useEffect(() => () => {
    notifications.clean();
    drafts.clear();
  }, [drafts]);

  const openNew = useCallback((clientId: number, kind?: EventKind) => {
    const chosen = kind ?? (drafts.newest(`new:${clientId}:`)?.[1].values.kind ?? 'touchpoint');
    // An open editor is never replaced behind the user's back (its input would be lost unasked).
    setEditor((open) => open ?? { target: { mode: 'new', clientId, kind: chosen }, session: ++sessions.current });
  }, [drafts]);
  const openEdit = useCallback((event: TimelineEvent) => {
    setEditor((open) => open ?? { target: { mode: 'edit', event }, session: ++sessions.current });
  }, []);
  const resolve = useCallback((event: TimelineEvent) => {
    if (isResolvable(event)) setResolving(event);
  }, []);
  const resetRemove = remove.reset;
  const confirmDelete = useCallback((event: TimelineEvent) => {
    resetRemove();
    setDeleting(event);
  }, [resetRemove]);

  const undo = (snapshot: TimelineEvent, id: string) => {
    notifications.hide(id);
    // Undo re-creates the event from the snapshot taken before deleting: same fields, emotions and
    // participants, but the ledger gives it a NEW id (and new timestamps); nothing may rely on the old id.
    recreate.mutate(
      { clientId: snapshot.clientId, event: fieldsOfEvent(snapshot) },
      {
        onSuccess: (event) => notifications.show({ color: 'petrol', message: t.editor.restored(event.title) }),
        onError: (error) =>
          notifications.show({ color: 'red', title: t.editor.undoFailed, message: errorMessage(t, error) }),
      },
    );
  };

  const doDelete = () => {
    const snapshot = deleting;
    if (!snapshot) return;
    remove.mutate(
      { id: snapshot.id, clientId: snapshot.clientId },
      {
        onSuccess: () => {
          setDeleting(null);
          const id = `event-deleted-${snapshot.id}`;
          notifications.show({
            id,
            color: 'gray',
            autoClose: UNDO_MS,
            message: (
              <Group justify="space-between" gap="sm" wrap="nowrap" data-testid="event-deleted-toast">
                <Text size="sm" style={{ minWidth: 0 }}>
                  {t.editor.deleted(snapshot.title)}
                </Text>
                <Button
                  size="compact-sm"
                  variant="light"
                  leftSection={<IconArrowBackUp size={14} />}
                  onClick={() => undo(snapshot, id)}
                  data-testid="event-undo"
                >
                  {t.editor.undo}
                </Button>
              </Group>
            ),
          });
        },
      },
    );
  };

  const api = useMemo<EventEditorApi>(
    () => ({ openNew, openEdit, confirmDelete, resolve, isOpen: editor !== null || resolving !== null || deleting !== null }),
    [openNew, openEdit, confirmDelete, resolve, editor, resolving, deleting],
  );

  return (
    <EventEditorContext value={api}>
      {children}
      {editor ? (
        <EventEditorDrawer key={editor.session} target={editor.target} drafts={drafts} onClosed={() => setEditor(null)} />
      ) : null}
      {resolving ? <ResolveDialog key={resolving.id} event={resolving} onClosed={() => setResolving(null)} /> : null}
      <Modal
        opened={deleting !== null}
        onClose={() => (remove.isPending ? undefined : setDeleting(null))}
        title={t.editor.deleteTitle}
        size="md"
        centered
      >
        {deleting ? (
          <Stack gap="lg" data-testid="delete-dialog">
            <Text size="sm">{t.editor.deleteText(deleting.title, fmt.date(deleting.occurredOn))}</Text>
            {remove.isError ? (
              <Text size="sm" c="red" role="alert">
                {errorMessage(t, remove.error)}
              </Text>
            ) : null}
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={() => setDeleting(null)} data-autofocus>
                {t.app.cancel}
              </Button>
              <Button color="red" onClick={doDelete} loading={remove.isPending} data-testid="delete-confirm">
                {t.editor.delete}
              </Button>
            </Group>
          </Stack>
        ) : null}
      </Modal>
    </EventEditorContext>
  );
}

export function useEventEditor(): EventEditorApi {
  const value = use(EventEditorContext);
  if (!value) throw new Error('useEventEditor must be used inside <EventEditorProvider>.');
  return value;
}
