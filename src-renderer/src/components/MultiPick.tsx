import { MultiSelect, type MultiSelectProps } from '@mantine/core';
import { useState } from 'react';

/**
 * A choice of several values whose list closes once a value is picked (Mantine's stays open, covering what lies
 * under it: a dialog's buttons); it opens again on a click, a typed letter or the arrow keys.
 */
export function MultiPick<Value extends string | number = string>(props: MultiSelectProps<Value>) {
  const [opened, setOpened] = useState(false);
  return (
    <MultiSelect<Value>
      maxDropdownHeight={220}
      {...props}
      dropdownOpened={opened}
      onDropdownOpen={() => {
        setOpened(true);
        props.onDropdownOpen?.();
      }}
      onDropdownClose={() => {
        setOpened(false);
        props.onDropdownClose?.();
      }}
      onOptionSubmit={(value) => {
        setOpened(false);
        props.onOptionSubmit?.(value);
      }}
    />
  );
}
