// 4. The three conversations of every difficult conversation (Stone, Patton, Heen): what happened (three
// stories, intent versus impact, contribution instead of blame), feelings, and identity.
import { Divider, Input, SimpleGrid, Stack } from '@mantine/core';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import type { Body } from './model.ts';
import { usePrepContext } from './PrepContext.tsx';
import { Block, SectionFrame } from './SectionFrame.tsx';
import { EmotionChips, Note } from './fields.tsx';

type TextKey = Exclude<keyof Body['conversations'], 'theirFeelings'>;

export function ConversationsSection() {
  const { t } = useI18n();
  const { body, update } = usePrepContext();
  const c = body.conversations;
  const l = t.prep.conversations;
  const field = (key: TextKey, minRows = 2) => (
    <Note
      label={l.fields[key]}
      description={l.hints[key]}
      value={c[key]}
      onChange={(v) => update('conversations', { ...c, [key]: v })}
      testId={`conv-${key}`}
      minRows={minRows}
    />
  );
  return (
    <SectionFrame section="conversations" source={t.prep.sources.stone}>
      <Block title={l.happened} hint={l.happenedHint} testId="conv-happened">
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          {field('myStory', 3)}
          {field('theirStory', 3)}
        </SimpleGrid>
        {field('thirdStory')}
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          {field('intent')}
          {field('impact')}
        </SimpleGrid>
        {field('contribution')}
      </Block>
      <Divider />
      <Block title={l.feelings} hint={l.feelingsHint} testId="conv-feelings">
        <Stack gap="md">
          {field('ourFeelings')}
          <div>
            <Input.Label>{l.theirFeelings}</Input.Label>
            <Input.Description mb={8}>{l.theirFeelingsHint}</Input.Description>
            <EmotionChips
              value={c.theirFeelings}
              onChange={(theirFeelings) => update('conversations', { ...c, theirFeelings })}
              testId="conv-their-feelings"
            />
          </div>
        </Stack>
      </Block>
      <Divider />
      <Block title={l.identity} hint={l.identityHint} testId="conv-identity">
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          {field('identityUs')}
          {field('identityThem')}
        </SimpleGrid>
      </Block>
    </SectionFrame>
  );
}
