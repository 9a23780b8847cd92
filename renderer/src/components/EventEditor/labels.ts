// Reference rows carry both languages; pick the user's. Icons per kind of event.
import {
  IconAlertTriangle, IconBolt, IconFlag, IconHeart, IconMessageCircle, IconRocket, type Icon,
} from '@tabler/icons-react';
import type { EventKind } from '../../../../src/contract/events.ts';
import type { Locale } from '../../i18n/messages.ts';

export const refLabel = (row: { labelEn: string; labelDe: string }, locale: Locale): string =>
  locale === 'de' ? row.labelDe : row.labelEn;


export const KIND_ICONS: Record<EventKind, Icon> = {
  project: IconRocket,
  crisis: IconBolt,
  misunderstanding: IconAlertTriangle,
  appreciation: IconHeart,
  touchpoint: IconMessageCircle,
  milestone: IconFlag,
};

/** Escalation levels of Glasl's model, in the colours of rising danger. */
export const LEVEL_COLORS: Record<string, string> = { 'win-win': 'yellow', 'win-lose': 'orange', 'lose-lose': 'red' };
