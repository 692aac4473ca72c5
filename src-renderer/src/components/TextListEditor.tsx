import type { ComponentProps } from 'react';
import { ListEditor } from './ListEditor';

type Props = Omit<ComponentProps<typeof ListEditor<string>>, 'text' | 'withText' | 'create'>;

/** An ordered list of plain texts (appendices, expected effects) edited in place; a new one starts empty. */
export function TextListEditor(props: Props) {
  return <ListEditor<string> {...props} text={(item) => item} withText={(_, text) => text} create={() => ''} />;
}
