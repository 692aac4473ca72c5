import { Alert, Button, Group, Loader, Stepper, Text } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import classes from './import.module.css';
import { closeImport, type ImportClosing } from './ImportModal';

/** An import's steps: an earlier one can be gone back to, a later one only by the wizard's own buttons. */
export function ImportStepper({
  step,
  busy,
  onStep,
  children,
}: {
  step: number;
  busy: boolean;
  onStep(step: number): void;
  children: ReactNode;
}) {
  return (
    <Stepper
      active={step}
      onStepClick={(target) => !busy && target < step && onStep(target)}
      allowNextStepsSelect={false}
      size="sm"
    >
      {children}
    </Stepper>
  );
}

/** The last step, shown while the import writes: «Загружаю партнёров…». */
export function ImportWriting({ children }: { children: ReactNode }) {
  return (
    <Group justify="center" py="xl">
      <Loader size="sm" />
      <Text>{children}</Text>
    </Group>
  );
}

/** Why the import did not write, where the user is looking: nothing is written when this shows. */
export function ImportError({ text, testId }: { text: string | null; testId: string }) {
  if (!text) return null;
  return (
    <Alert color="red" variant="light" icon={<IconAlertCircle />} data-testid={testId}>
      {text}
    </Alert>
  );
}

/**
 * The foot of an import, in sight while a long step scrolls: why it did not write (when so), «Отмена» on the left
 * (not while it writes), the step's own buttons on the right.
 */
export function ImportFooter({
  error,
  errorTestId,
  closing,
  children,
}: {
  error: string | null;
  errorTestId: string;
  /** «Отмена» closes as Esc does: asking first once a file is chosen. */
  closing: ImportClosing;
  children: ReactNode;
}) {
  return (
    <>
      <ImportError text={error} testId={errorTestId} />
      <Group justify="space-between" className={classes.footer}>
        <Button variant="default" onClick={() => closeImport(closing)} disabled={closing.writing}>
          Отмена
        </Button>
        <Group>{children}</Group>
      </Group>
    </>
  );
}
