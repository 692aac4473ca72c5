import { Checkbox, Chip, Group, Input, Stack, TagsInput } from '@mantine/core';
import { classNameSchema, LEVELS, type Participant } from '@contract/plans';
import { compareClassNames } from '@contract/classes';
import { quoted } from '@contract/quote';

type Level = (typeof LEVELS)[number];

const LATIN_LOOKALIKES: Record<string, string> = {
  A: 'А',
  B: 'В',
  C: 'С',
  E: 'Е',
  H: 'Н',
  K: 'К',
  M: 'М',
  O: 'О',
  P: 'Р',
  T: 'Т',
  X: 'Х',
};

/** «5 а» → «5А»: no spaces, a capital Cyrillic letter (a Latin look-alike typed by mistake becomes Cyrillic). */
export function normalizeClassName(raw: string): string {
  return raw
    .replace(/\s+/g, '')
    .toUpperCase()
    .replace(/[ABCEHKMOPTX]/g, (ch) => LATIN_LOOKALIKES[ch] ?? ch);
}

interface Props {
  value: Participant[];
  onChange(value: Participant[]): void;
  /** A refusal's message about any participant. */
  error?: string | undefined;
}

/** Who takes part: classes («5А»), whole levels (НОО, ООО, СОО), parents, teachers. */
export function ParticipantsFields({ value, onChange, error }: Props) {
  const classes = value.flatMap((p) => (p.kind === 'class' ? [p.value] : []));
  const levels = value.flatMap((p) => (p.kind === 'level' ? [p.value] : []));
  const parents = value.some((p) => p.kind === 'parents');
  const teachers = value.some((p) => p.kind === 'teachers');

  const emit = (next: { classes?: string[]; levels?: Level[]; parents?: boolean; teachers?: boolean }) => {
    const c = next.classes ?? classes;
    const l = next.levels ?? levels;
    onChange([
      ...c.map((v): Participant => ({ kind: 'class', value: v })),
      ...LEVELS.filter((level) => l.includes(level)).map((v): Participant => ({ kind: 'level', value: v })),
      ...((next.parents ?? parents) ? [{ kind: 'parents', value: '' } as const] : []),
      ...((next.teachers ?? teachers) ? [{ kind: 'teachers', value: '' } as const] : []),
    ]);
  };

  const wrongClasses = classes.filter((c) => !classNameSchema.safeParse(c).success);
  const classError =
    wrongClasses.length > 0
      ? `${wrongClasses.map(quoted).join(', ')}: класс пишется как «5А» — номер от 1 до 11 и заглавная буква`
      : error;

  return (
    <Input.Wrapper label="Участники">
      <Stack gap="xs" mt={4}>
        <TagsInput
          aria-label="Классы"
          placeholder={classes.length === 0 ? 'Классы: введите «5А» и нажмите Enter' : undefined}
          value={classes}
          onChange={(tags) => {
            const typed = tags.flatMap((tag) => tag.split(/[,;\s]+/)).map(normalizeClassName);
            emit({ classes: [...new Set(typed.filter(Boolean))].sort(compareClassNames) });
          }}
          splitChars={[',', ' ', ';']}
          acceptValueOnBlur
          clearable
          error={classError}
        />
        <Group gap="xs">
          <Chip.Group multiple value={levels} onChange={(next) => emit({ levels: next as Level[] })}>
            {LEVELS.map((level) => (
              <Chip key={level} value={level} size="sm">
                {level}
              </Chip>
            ))}
          </Chip.Group>
          <Checkbox
            ml="md"
            label="Родители"
            checked={parents}
            onChange={(event) => emit({ parents: event.currentTarget.checked })}
          />
          <Checkbox
            label="Педагоги"
            checked={teachers}
            onChange={(event) => emit({ teachers: event.currentTarget.checked })}
          />
        </Group>
      </Stack>
    </Input.Wrapper>
  );
}
