// Create or edit one person at a client: role, how to reach them, what is worth remembering, important
// dates and their emotional motivators. An edit sends only what changed; a dirty form asks before closing.
import {
  ActionIcon, Alert, Autocomplete, Button, Checkbox, Group, Input, Modal, SimpleGrid, Stack, Text, Textarea, TextInput,
} from '@mantine/core';
import { DateField } from '../DateField/DateField.tsx';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconCalendar, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import type { Contact } from '../../../../src/contract/contacts.ts';
import { LIMITS } from '../../../../src/contract/primitives.ts';
import { isApiError } from '../../api/client.ts';
import { useCreateContact, useReference, useUpdateContact } from '../../api/queries.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { errorMessage } from '../ErrorAlert/ErrorAlert.tsx';
import { applyIssues, dateValueFormat, DiscardDialog, WithCounter } from '../EventEditor/formKit.tsx';
import { refLabel } from '../EventEditor/labels.ts';
import {
  contactFormPath, emptyContact, toCreateInput, toPatch, validateContact, valuesFromContact, type ContactFormValues,
} from './contactModel.ts';
import classes from './Contacts.module.css';

export function ContactFormModal({
  clientId, contact, onClosed,
}: { clientId: number; contact: Contact | null; onClosed: () => void }) {
  const { t, fmt, locale } = useI18n();
  const reference = useReference();
  const create = useCreateContact();
  const update = useUpdateContact();
  const [asking, setAsking] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const [initial] = useState<ContactFormValues>(() => (contact ? valuesFromContact(contact) : emptyContact()));
  const form = useForm<ContactFormValues>({
    mode: 'controlled',
    initialValues: initial,
    validate: (values) => validateContact(values, t, fmt.number),
  });
  const v = form.values;
  const saving = create.isPending || update.isPending;
  const motivators = [...(reference.data?.motivators ?? [])].sort((a, b) => a.sort - b.sort);

  const requestClose = () => {
    if (saving) return;
    if (form.isDirty()) setAsking(true);
    else onClosed();
  };

  const submit = form.onSubmit(async (values) => {
    setFormError(null);
    try {
      if (contact) {
        const patch = toPatch(initial, values);
        if (Object.keys(patch).length > 0) await update.mutateAsync({ id: contact.id, patch });
        notifications.show({ color: 'petrol', message: t.contacts.saved(values.name.trim()) });
      } else {
        const created = await create.mutateAsync(toCreateInput(clientId, values));
        notifications.show({ color: 'petrol', message: t.contacts.created(created.name) });
      }
      onClosed();
    } catch (error) {
      const unplaced = applyIssues(error, (path, message) => form.setFieldError(path, message), contactFormPath, t, fmt.number);
      const placed = isApiError(error) && error.code === 'INVALID' && unplaced.length === 0;
      setFormError(placed ? t.editor.errors.fixFields : [errorMessage(t, error), ...unplaced.map((u) => u.message)].join(' '));
    }
  });

  return (
    <>
      <Modal
        opened
        onClose={requestClose}
        closeOnEscape={!asking}
        title={contact ? t.contacts.editTitle : t.contacts.newTitle}
        size="xl"
        centered
      >
        <form onSubmit={submit} noValidate data-testid="contact-form">
          <Stack gap="md">
            <SimpleGrid cols={2} spacing="md">
              <TextInput
                label={t.contacts.name}
                placeholder={t.contacts.namePlaceholder}
                withAsterisk
                data-autofocus
                data-testid="contact-name"
                {...form.getInputProps('name')}
              />
              <TextInput label={t.contacts.role} placeholder={t.contacts.rolePlaceholder} data-testid="contact-role" {...form.getInputProps('role')} />
              <TextInput label={t.contacts.email} type="email" data-testid="contact-email" {...form.getInputProps('email')} />
              <TextInput label={t.contacts.phone} type="tel" data-testid="contact-phone" {...form.getInputProps('phone')} />
            </SimpleGrid>

            <WithCounter value={v.personalNotes} max={LIMITS.longText}>
              <Textarea
                label={t.contacts.personalNotes}
                description={t.contacts.personalNotesHint}
                placeholder={t.contacts.personalNotesPlaceholder}
                autosize
                minRows={2}
                maxRows={8}
                data-testid="contact-notes"
                {...form.getInputProps('personalNotes')}
              />
            </WithCounter>

            <Input.Wrapper label={t.contacts.importantDates} description={t.contacts.importantDatesHint} error={form.errors.importantDates}>
              <Stack gap="xs" mt={8}>
                {v.importantDates.map((_, i) => (
                  <Group key={i} gap="sm" align="flex-start" wrap="nowrap" data-testid="contact-date-row">
                    <Autocomplete
                      aria-label={t.contacts.occasion}
                      placeholder={t.contacts.occasionPlaceholder}
                      data={[...t.contacts.occasionSuggestions]}
                      style={{ flex: 1 }}
                      comboboxProps={{ zIndex: 350 }}
                      data-testid="contact-date-label"
                      {...form.getInputProps(`importantDates.${i}.label`)}
                    />
                    <DateField
                      aria-label={t.contacts.date}
                      placeholder={t.contacts.date}
                      valueFormat={dateValueFormat(locale)}
                      leftSection={<IconCalendar size={16} stroke={1.6} />}
                      w={180}
                      popoverProps={{ zIndex: 350 }}
                      data-testid="contact-date-value"
                      {...form.getInputProps(`importantDates.${i}.date`)}
                    />
                    <Checkbox
                      label={t.contacts.yearly}
                      mt={8}
                      data-testid="contact-date-yearly"
                      {...form.getInputProps(`importantDates.${i}.yearly`, { type: 'checkbox' })}
                    />
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      mt={4}
                      size="lg"
                      onClick={() => form.removeListItem('importantDates', i)}
                      aria-label={t.contacts.removeDate}
                    >
                      <IconTrash size={16} />
                    </ActionIcon>
                  </Group>
                ))}
                <Group>
                  <Button
                    variant="light"
                    size="xs"
                    leftSection={<IconPlus size={14} />}
                    onClick={() => form.insertListItem('importantDates', { label: v.importantDates.length === 0 ? t.contacts.occasionSuggestions[0] ?? '' : '', date: null, yearly: true })}
                    disabled={v.importantDates.length >= 50}
                    data-testid="contact-add-date"
                  >
                    {t.contacts.addDate}
                  </Button>
                </Group>
              </Stack>
            </Input.Wrapper>

            <Checkbox.Group
              label={t.contacts.motivators}
              description={t.contacts.motivatorsHint}
              error={form.errors.motivators}
              {...form.getInputProps('motivators')}
              data-testid="contact-motivators"
            >
              <SimpleGrid cols={2} spacing={8} verticalSpacing={8} mt={8}>
                {motivators.map((m) => (
                  <Checkbox.Card key={m.key} value={m.key} className={classes.motivator} radius="md" data-testid={`motivator-${m.key}`}>
                    <Group wrap="nowrap" gap="sm" align="center">
                      <Checkbox.Indicator size="sm" />
                      <Text size="sm">{refLabel(m, locale)}</Text>
                    </Group>
                  </Checkbox.Card>
                ))}
              </SimpleGrid>
            </Checkbox.Group>

            {formError ? (
              <Alert color="red" variant="light" role="alert" data-testid="contact-form-error">
                {formError}
              </Alert>
            ) : null}
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={requestClose}>
                {t.app.cancel}
              </Button>
              <Button type="submit" loading={saving} data-testid="contact-save">
                {contact ? t.editor.save : t.contacts.create}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
      <DiscardDialog
        opened={asking}
        text={t.contacts.unsavedText}
        onKeep={() => setAsking(false)}
        onDiscard={() => {
          setAsking(false);
          onClosed();
        }}
      />
    </>
  );
}
