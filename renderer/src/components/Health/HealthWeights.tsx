// The factor weights (Settings): five sliders with number inputs, each factor's share of the score, and
// its own Save, because every health score changes with them.
import { Button, Group, NumberInput, Slider, Stack, Text, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDeviceFloppy, IconRestore } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import type { Settings } from '../../../../src/contract/schemas.ts';
import { DEFAULT_HEALTH_WEIGHTS, FACTOR_KEYS } from '../../../../src/domain/health/weights.ts';
import { useUpdateHealthWeights } from '../../api/queries.ts';
import { errorMessage } from '../ErrorAlert/ErrorAlert.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { useHealthFormat } from './format.ts';
import classes from './Health.module.css';

type Weights = Settings['healthWeights'];

const clampWeight = (v: unknown) => {
  const n = typeof v === 'number' ? v : Number(v);
  return Number.isFinite(n) ? Math.min(100, Math.max(0, Math.round(n))) : 0;
};
const same = (a: Weights, b: Weights) => FACTOR_KEYS.every((k) => a[k] === b[k]);

export function HealthWeightsForm({ weights }: { weights: Weights }) {
  const { t } = useI18n();
  const h = useHealthFormat();
  const update = useUpdateHealthWeights();
  const [values, setValues] = useState<Weights>(weights);
  // When the stored weights change (saved here or elsewhere), start from them again.
  useEffect(() => setValues(weights), [weights]);

  const total = FACTOR_KEYS.reduce((s, k) => s + values[k], 0);
  const valid = total > 0;
  const dirty = !same(values, weights);
  const set = (key: keyof Weights, v: unknown) => setValues((prev) => ({ ...prev, [key]: clampWeight(v) }));

  const save = () =>
    update
      .mutateAsync(values)
      .then(() => notifications.show({ color: 'petrol', message: t.health.weightsSaved }))
      .catch(() => undefined);

  return (
    <Stack gap="sm" data-testid="health-weights">
      {FACTOR_KEYS.map((key) => (
        <div key={key} className={classes.weightRow}>
          <Tooltip label={t.health.factorHints[key]} multiline w={280} position="top-start">
            <Text size="sm" fw={500} className={classes.weightName}>
              {t.health.factors[key]}
            </Text>
          </Tooltip>
          <Slider
            value={values[key]}
            onChange={(v) => set(key, v)}
            min={0}
            max={100}
            step={1}
            label={null}
            aria-label={t.health.factors[key]}
            thumbLabel={t.health.factors[key]}
            className={classes.weightSlider}
          />
          <NumberInput
            value={values[key]}
            onChange={(v) => set(key, v)}
            min={0}
            max={100}
            allowDecimal={false}
            allowNegative={false}
            clampBehavior="strict"
            size="xs"
            w={72}
            aria-label={t.health.factors[key]}
            data-testid={`weight-${key}`}
          />
          <Text size="xs" c="dimmed" className={classes.weightShare} data-testid={`weight-share-${key}`}>
            {t.health.weightShare(valid ? h.percent(values[key] / total) : h.percent(0))}
          </Text>
        </div>
      ))}
      {!valid ? (
        <Text size="sm" c="red" role="alert">
          {t.health.weightsAtLeastOne}
        </Text>
      ) : null}
      {update.isError ? (
        <Text size="sm" c="red" role="alert">
          {errorMessage(t, update.error)}
        </Text>
      ) : null}
      <Group justify="flex-end" gap="sm">
        <Button
          variant="subtle"
          color="gray"
          leftSection={<IconRestore size={16} />}
          onClick={() => setValues(DEFAULT_HEALTH_WEIGHTS)}
          disabled={same(values, DEFAULT_HEALTH_WEIGHTS)}
          data-testid="weights-reset"
        >
          {t.health.weightsReset}
        </Button>
        <Button
          leftSection={<IconDeviceFloppy size={16} />}
          onClick={() => void save()}
          loading={update.isPending}
          disabled={!dirty || !valid}
          data-testid="weights-save"
        >
          {t.health.weightsSave}
        </Button>
      </Group>
    </Stack>
  );
}
