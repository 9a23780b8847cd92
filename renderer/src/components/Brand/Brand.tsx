import { Group, Text } from '@mantine/core';
import classes from './Brand.module.css';

/** Two rings, interlaced: a relationship kept over years. Drawn inline, so no image source is needed. */
export function BrandMark({ size = 32 }: { size?: number }) {
  return (
    <svg className={classes.mark} width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="8" className={classes.tile} />
      <circle cx="12.5" cy="16" r="6.25" className={classes.ring} />
      <circle cx="19.5" cy="16" r="6.25" className={classes.ring} />
    </svg>
  );
}

export function Brand({ name, detail }: { name: string; detail?: string | null | undefined }) {
  return (
    <Group gap="sm" wrap="nowrap" className={classes.brand}>
      <BrandMark />
      <Text component="span" className={classes.name}>
        {name}
      </Text>
      {detail ? (
        <Text component="span" className={classes.detail} truncate="end">
          {detail}
        </Text>
      ) : null}
    </Group>
  );
}
