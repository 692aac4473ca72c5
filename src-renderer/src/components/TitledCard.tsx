import { Card, Text, Title, type CardProps } from '@mantine/core';
import type { ReactNode } from 'react';

interface Props extends Omit<CardProps, 'title'> {
  title: ReactNode;
  /** A line under the title: what the part holds or how it is filled in. */
  description?: ReactNode;
  children: ReactNode;
}

/** One part of a long form or of a screen: a bordered card under its title. */
export function TitledCard({ title, description, children, ...props }: Props) {
  return (
    <Card withBorder padding="lg" {...props}>
      <Title order={4} mb={description ? 'xs' : 'md'}>
        {title}
      </Title>
      {description && (
        <Text size="sm" c="dimmed" mb="md">
          {description}
        </Text>
      )}
      {children}
    </Card>
  );
}
