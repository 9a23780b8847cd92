// The shortcuts overlay: every keyboard shortcut of the app in one place, opened with `?` or the header button.
import { ActionIcon, Group, Kbd, Modal, Stack, Table, Text, Tooltip } from '@mantine/core';
import { IconKeyboard } from '@tabler/icons-react';
import { Fragment, useSyncExternalStore, type ReactNode } from 'react';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { modKeyLabel } from '../../lib/platform.ts';
import { usePlainKeys } from './usePlainKeys.ts';

// A tiny store, so the header button, the `?` key and any page can open the same overlay.
let opened = false;
const listeners = new Set<() => void>();
const setOpened = (next: boolean) => {
  if (opened === next) return;
  opened = next;
  for (const l of listeners) l();
};
export const openShortcuts = () => setOpened(true);
export const closeShortcuts = () => setOpened(false);
const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};
const useOpened = () => useSyncExternalStore(subscribe, () => opened);

/** Keys as they are pressed one after another, e.g. [['mod', 'K']]; alternatives are separate entries. */
type Combo = readonly string[];

function Keys({ combos, orLabel }: { combos: readonly Combo[]; orLabel: string }) {
  return (
    <Group gap={6} wrap="nowrap" justify="flex-end">
      {combos.map((combo, i) => (
        <Fragment key={i}>
          {i > 0 ? (
            <Text span size="xs" c="dimmed">
              {orLabel}
            </Text>
          ) : null}
          <Group gap={3} wrap="nowrap">
            {combo.map((key) => (
              <Kbd key={key} size="sm">
                {key === 'mod' ? modKeyLabel : key}
              </Kbd>
            ))}
          </Group>
        </Fragment>
      ))}
    </Group>
  );
}

type Row = [label: string, combos: readonly Combo[], range?: boolean];

function Section({ title, rows, orLabel, toLabel }: { title: string; rows: Row[]; orLabel: string; toLabel: string }) {
  return (
    <div>
      <Text size="xs" fw={600} c="dimmed" tt="uppercase" mb={4} style={{ letterSpacing: '0.04em' }}>
        {title}
      </Text>
      <Table verticalSpacing={6} horizontalSpacing={0} withRowBorders>
        <Table.Tbody>
          {rows.map(([label, combos, range]) => (
            <Table.Tr key={label} data-testid="shortcut-row">
              <Table.Td>
                <Text size="sm">{label}</Text>
              </Table.Td>
              <Table.Td w={170}>
                <Keys combos={combos} orLabel={range ? toLabel : orLabel} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </div>
  );
}

/** The header button and the overlay; `?` opens it from anywhere (outside fields and dialogs). */
export function Shortcuts({ button = true }: { button?: boolean }): ReactNode {
  const { t } = useI18n();
  const isOpen = useOpened();
  usePlainKeys({ '?': () => openShortcuts() });
  const s = t.shortcuts;

  return (
    <>
      {button ? (
        <Tooltip label={s.open}>
          <ActionIcon
            variant="default"
            size={30}
            onClick={openShortcuts}
            aria-label={s.open}
            data-testid="shortcuts-button"
          >
            <IconKeyboard size={17} stroke={1.6} />
          </ActionIcon>
        </Tooltip>
      ) : null}
      <Modal opened={isOpen} onClose={closeShortcuts} title={s.title} size="lg" data-testid="shortcuts-overlay">
        {/* Focus lands on the list, not on the close button (no ring on opening). */}
        <Stack gap="lg" data-testid="shortcuts-list" data-autofocus tabIndex={-1} style={{ outline: 'none' }}>
          <Section
            title={s.everywhere}
            orLabel={s.or}
            toLabel={s.to}
            rows={[
              [s.search, [['mod', 'K']]],
              [s.sections, [['mod', '1'], ['mod', '5']], true],
              [s.lock, [['mod', 'L']]],
              [s.theme, [['mod', 'J']]],
              [s.help, [['?']]],
              [s.leave, [['Esc']]],
            ]}
          />
          <Section
            title={s.clientPage}
            orLabel={s.or}
            toLabel={s.to}
            rows={[
              [s.newEvent, [['n']]],
              [s.timelineSearch, [['/']]],
              [s.next, [['j']]],
              [s.previous, [['k']]],
              [s.openEvent, [['Enter']]],
            ]}
          />
          <Section
            title={s.portfolio}
            orLabel={s.or}
            toLabel={s.to}
            rows={[
              [s.rows, [['↑'], ['↓']]],
              [s.rowsEnds, [['Home'], ['End']]],
              [s.openRow, [['Enter']]],
            ]}
          />
          <Section title={s.clientList} orLabel={s.or} toLabel={s.to} rows={[[s.newClient, [['mod', 'N']]]]} />
          <Section
            title={s.writing}
            orLabel={s.or}
            toLabel={s.to}
            rows={[
              [s.save, [['mod', 'Enter']]],
              [s.cancel, [['Esc']]],
            ]}
          />
          <Section title={t.reports.shortcuts} orLabel={s.or} toLabel={s.to} rows={[[t.reports.shortcutExport, [['mod', 'E']]]]} />
        </Stack>
      </Modal>
    </>
  );
}
