// 7. Logistics: who sits at the table (our people; theirs from the client's contacts), a neutral third
// party (prominent when the diagnosis recommends one: from Glasl stage 3 on), the day and the place.
import { Alert, Checkbox, Group, Paper, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { DateField } from '../DateField/DateField.tsx';
import { IconCalendar, IconMapPin, IconScale } from '@tabler/icons-react';
import { INTERVENTIONS, glaslStage, type GlaslStageNumber } from '../../../../src/domain/mediation/index.ts';
import { LIMITS } from '../../../../src/contract/primitives.ts';
import { useContacts } from '../../api/queries.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { dayFormat } from './dates.ts';
import type { Body } from './model.ts';
import { needsThirdParty, usePrepContext } from './PrepContext.tsx';
import { Block, SectionFrame } from './SectionFrame.tsx';
import { LEVEL_COLORS } from './GlaslScale.tsx';
import classes from './MediationPrep.module.css';

export function LogisticsSection() {
  const { t, locale } = useI18n();
  const { body, update, prep, stage } = usePrepContext();
  const l = body.logistics;
  const s = t.prep.logistics;
  const contacts = useContacts(prep.clientId);
  const set = (patch: Partial<Body['logistics']>) => update('logistics', { ...l, ...patch });
  const recommended = needsThirdParty(stage);
  const info = stage ? glaslStage(Math.min(9, Math.max(1, stage)) as GlaslStageNumber) : null;

  const thirdParty = (
    <TextInput
      label={s.thirdParty}
      description={recommended ? s.thirdPartyHintRecommended : s.thirdPartyHint}
      placeholder={s.thirdPartyPlaceholder}
      value={l.thirdParty ?? ''}
      onChange={(e) => set({ thirdParty: e.currentTarget.value })}
      maxLength={LIMITS.shortText}
      data-testid="logistics-third-party"
    />
  );

  return (
    <SectionFrame section="logistics">
      {recommended && info ? (
        <Alert
          color={LEVEL_COLORS[info.level]}
          variant="light"
          icon={<IconScale size={20} stroke={1.7} />}
          title={s.recommendedTitle}
          className={classes.thirdPartyAlert}
          styles={{
            root: {
              backgroundColor: `light-dark(color-mix(in srgb, var(--mantine-color-${LEVEL_COLORS[info.level]}-6) 8%, white), color-mix(in srgb, var(--mantine-color-${LEVEL_COLORS[info.level]}-6) 12%, var(--mantine-color-dark-7)))`,
              border: `1px solid color-mix(in srgb, var(--mantine-color-${LEVEL_COLORS[info.level]}-6) 45%, transparent)`,
            },
          }}
          data-testid="third-party-recommended"
        >
          <Stack gap="sm">
            <Text size="sm">{s.recommendedText(info.stage, info.label[locale], INTERVENTIONS[info.intervention].label[locale])}</Text>
            <Text size="xs" c="dimmed">
              {INTERVENTIONS[info.intervention].why[locale]}
            </Text>
            {thirdParty}
          </Stack>
        </Alert>
      ) : null}

      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Paper withBorder p="md" className={classes.side}>
          <Block title={s.ourPeople} hint={s.ourPeopleHint}>
            <Textarea
              placeholder={s.ourPeoplePlaceholder}
              aria-label={s.ourPeople}
              value={l.ourPeople ?? ''}
              onChange={(e) => set({ ourPeople: e.currentTarget.value })}
              autosize
              minRows={2}
              maxLength={LIMITS.shortText}
              data-testid="logistics-our-people"
            />
          </Block>
        </Paper>
        <Paper withBorder p="md" className={classes.side}>
          <Block title={s.theirPeople(prep.clientName)} hint={s.theirPeopleHint}>
            {contacts.data && contacts.data.length > 0 ? (
              <Checkbox.Group
                value={l.participantIds.map(String)}
                onChange={(ids) => set({ participantIds: ids.map(Number) })}
                aria-label={s.theirPeople(prep.clientName)}
                data-testid="logistics-participants"
              >
                <Stack gap={8} mt={4}>
                  {contacts.data.map((c) => (
                    <Checkbox
                      key={c.id}
                      value={String(c.id)}
                      label={c.name}
                      description={c.role ?? undefined}
                      data-testid={`participant-${c.id}`}
                    />
                  ))}
                </Stack>
              </Checkbox.Group>
            ) : (
              <Text size="sm" c="dimmed">
                {contacts.isPending ? t.app.loading : s.noContacts}
              </Text>
            )}
          </Block>
        </Paper>
      </SimpleGrid>

      {recommended ? null : thirdParty}

      <Group grow align="flex-start" gap="md">
        <DateField
          label={s.date}
          placeholder={s.datePlaceholder}
          valueFormat={dayFormat(locale)}
          leftSection={<IconCalendar size={16} stroke={1.6} />}
          clearable
          value={l.date}
          onChange={(v) => set({ date: v ? String(v).slice(0, 10) : null })}
          data-testid="logistics-date"
        />
        <TextInput
          label={s.place}
          placeholder={s.placePlaceholder}
          leftSection={<IconMapPin size={16} stroke={1.6} />}
          value={l.place ?? ''}
          onChange={(e) => set({ place: e.currentTarget.value })}
          maxLength={LIMITS.shortText}
          data-testid="logistics-place"
        />
      </Group>
    </SectionFrame>
  );
}
