import { SimpleGrid, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import classes from './FactList.module.css';

export interface Fact {
  label: string;
  value: ReactNode;
  testId?: string;
}

/** Label over value, in a grid: the header facts of a relationship. */
export function FactList({ facts, cols = 4 }: { facts: Fact[]; cols?: number }) {
  return (
    <SimpleGrid cols={{ base: 2, md: cols }} spacing="lg" verticalSpacing="md" component="dl" className={classes.list}>
      {facts.map((fact) => (
        <div key={fact.label} className={classes.item} data-testid={fact.testId}>
          <Text component="dt" className={classes.label}>
            {fact.label}
          </Text>
          <Text component="dd" className={classes.value}>
            {fact.value}
          </Text>
        </div>
      ))}
    </SimpleGrid>
  );
}
