// 3. What lies under the pretext (seed 002): the stated reason, often price, is rarely the real one. The
// root causes are reference data with descriptions; each one that applies gets a note on what we see.
import { Checkbox, Collapse, Stack, Text, Textarea } from '@mantine/core';
import { LIMITS } from '../../../../src/contract/primitives.ts';
import { useReference } from '../../api/queries.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { usePrepContext } from './PrepContext.tsx';
import { SectionFrame } from './SectionFrame.tsx';
import classes from './MediationPrep.module.css';

export function RootCausesSection() {
  const { t, locale } = useI18n();
  const { body, update } = usePrepContext();
  const reference = useReference();
  const causes = [...(reference.data?.rootCauses ?? [])].sort((a, b) => a.sort - b.sort);
  const picked = new Map(body.rootCauses.map((r) => [r.key, r]));

  const toggle = (key: string, on: boolean) =>
    update('rootCauses', on ? [...body.rootCauses, { key, note: null }] : body.rootCauses.filter((r) => r.key !== key));
  const setNote = (key: string, note: string) =>
    update('rootCauses', body.rootCauses.map((r) => (r.key === key ? { ...r, note } : r)));

  return (
    <SectionFrame section="rootCauses">
      <Stack gap="xs" data-testid="root-causes">
        {causes.map((cause) => {
          const row = picked.get(cause.key);
          const label = locale === 'de' ? cause.labelDe : cause.labelEn;
          return (
            <div key={cause.key} className={classes.cause} data-checked={row ? 'true' : undefined}>
              <Checkbox
                checked={!!row}
                onChange={(e) => toggle(cause.key, e.currentTarget.checked)}
                label={<Text size="sm" fw={500}>{label}</Text>}
                description={locale === 'de' ? cause.descriptionDe : cause.descriptionEn}
                data-testid={`prep-cause-${cause.key}`}
              />
              <Collapse expanded={!!row}>
                <Textarea
                  mt="xs"
                  ml={30}
                  placeholder={t.prep.rootCauses.notePlaceholder}
                  aria-label={t.prep.rootCauses.note(label)}
                  value={row?.note ?? ''}
                  onChange={(e) => setNote(cause.key, e.currentTarget.value)}
                  autosize
                  minRows={1}
                  maxRows={6}
                  maxLength={LIMITS.shortText}
                  data-testid={`prep-cause-note-${cause.key}`}
                />
              </Collapse>
            </div>
          );
        })}
      </Stack>
    </SectionFrame>
  );
}
