import { Button } from '@mantine/core';
import { IconTableImport } from '@tabler/icons-react';
import { useState } from 'react';
import { ImportModelDialog } from './ImportModelDialog';

/** «Импорт модели»: the school's «Модель взаимодействия» from Word or Excel into the partners' forms and effects. */
export function ImportModelButton() {
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button variant="default" leftSection={<IconTableImport size={18} />} onClick={() => setOpened(true)}>
        Импорт модели
      </Button>
      <ImportModelDialog opened={opened} onClose={() => setOpened(false)} />
    </>
  );
}
