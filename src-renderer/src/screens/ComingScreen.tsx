import { Card, List, Text, ThemeIcon } from '@mantine/core';
import { IconHourglassLow } from '@tabler/icons-react';
import { PageHeader } from '../components/PageHeader';

/** A section whose work arrives in a later version: it says plainly what it will hold. */
export function ComingScreen({ title, intro, items }: { title: string; intro: string; items: string[] }) {
  return (
    <>
      <PageHeader title={title} />
      <Card withBorder padding="xl" maw={760}>
        <ThemeIcon variant="light" size="xl" mb="md">
          <IconHourglassLow />
        </ThemeIcon>
        <Text fw={600} mb="xs">
          Раздел готовится
        </Text>
        <Text mb="md">{intro}</Text>
        <List spacing="xs">
          {items.map((item) => (
            <List.Item key={item}>{item}</List.Item>
          ))}
        </List>
      </Card>
    </>
  );
}
