// How each kind of event looks on the timeline: its icon (its colour is KIND_COLORS in theme.ts), the icons of
// touchpoint channels, and the colours of emotion clusters and Glasl levels.
import {
  IconAlertTriangle, IconBolt, IconDots, IconFlag, IconHeart, IconMail, IconMapPin, IconMessage, IconMessageCircle,
  IconPhone, IconRocket, IconUsers, IconVideo, type Icon,
} from '@tabler/icons-react';
import type { EventKind } from '../../../../src/contract/schemas.ts';

export const KIND_ICONS: Record<EventKind, Icon> = {
  project: IconRocket,
  crisis: IconBolt,
  misunderstanding: IconAlertTriangle,
  appreciation: IconHeart,
  touchpoint: IconMessageCircle,
  milestone: IconFlag,
};

export const CHANNEL_ICONS: Record<string, Icon> = {
  call: IconPhone,
  meeting: IconUsers,
  video: IconVideo,
  mail: IconMail,
  message: IconMessage,
  visit: IconMapPin,
  other: IconDots,
};

/**
 * Emotion chips take their cluster's colour: the three positive clusters (NEV, seed 004) in calm greens and
 * blues, the destroying one in red. A cluster added later falls back by its valence.
 */
const CLUSTER_COLORS: Record<string, string> = {
  advocacy: 'teal',
  recommendation: 'green',
  attention: 'cyan',
  destroying: 'red',
};

export const clusterColor = (key: string | undefined, valence: number | undefined): string =>
  (key ? CLUSTER_COLORS[key] : undefined) ?? ((valence ?? 0) < 0 ? 'red' : 'teal');

/** Glasl's three levels: still win–win, already win–lose, lose–lose. */
export const GLASL_LEVEL_COLORS: Record<string, string> = {
  'win-win': 'yellow',
  'win-lose': 'orange',
  'lose-lose': 'red',
};
