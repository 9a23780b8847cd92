import { Badge, type BadgeProps } from '@mantine/core';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { BAND_COLORS, type HealthBand } from './model.ts';

/** The health band as a coloured badge, in the reader's language. */
export function BandBadge({ band, label, ...props }: { band: HealthBand; label?: { en: string; de: string } } & Omit<BadgeProps, 'color' | 'children'>) {
  const { t, locale } = useI18n();
  const dark = band === 'in_crisis';
  return (
    <Badge color={BAND_COLORS[band]} variant={dark ? 'filled' : 'light'} data-band={band} {...props}>
      {label ? label[locale] : t.health.bands[band]}
    </Badge>
  );
}
