import { Skeleton, Stack } from '@mantine/core';

/** A calm placeholder while a list loads (usually a few milliseconds). */
export function LoadingRows({ rows = 5 }: { rows?: number }) {
  return (
    <Stack gap="xs" aria-busy="true">
      {Array.from({ length: rows }, (_, i) => (
        <Skeleton key={i} height={44} radius="md" />
      ))}
    </Stack>
  );
}
