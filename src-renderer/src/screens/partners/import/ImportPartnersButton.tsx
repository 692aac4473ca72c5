import { Button } from '@mantine/core';
import { IconFileImport } from '@tabler/icons-react';
import { useState } from 'react';
import { ImportPartnersWizard } from './ImportPartnersWizard';

/** «Импорт»: opens the wizard that loads partners from an XLSX or CSV file. */
export function ImportPartnersButton() {
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button variant="default" leftSection={<IconFileImport size={18} />} onClick={() => setOpened(true)}>
        Импорт
      </Button>
      <ImportPartnersWizard opened={opened} onClose={() => setOpened(false)} />
    </>
  );
}
