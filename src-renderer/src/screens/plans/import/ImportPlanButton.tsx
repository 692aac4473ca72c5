import { Button, type ButtonProps } from '@mantine/core';
import { IconFileImport } from '@tabler/icons-react';
import { useState } from 'react';
import { ImportPlanWizard } from './ImportPlanWizard';

/** «Импорт плана»: opens the wizard that reads a plan from a Word table, an Excel sheet or a CSV file. */
export function ImportPlanButton(props: ButtonProps) {
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button
        variant="default"
        leftSection={<IconFileImport size={18} />}
        onClick={() => setOpened(true)}
        data-testid="plan-import"
        {...props}
      >
        Импорт плана
      </Button>
      <ImportPlanWizard opened={opened} onClose={() => setOpened(false)} />
    </>
  );
}
