import { Anchor, Badge, Paper, Stack, Table, Text } from '@mantine/core';
import { Fragment } from 'react';
import { Link } from 'react-router';
import { PARTNER_STATUS_LABELS, type PartnerStatus } from '@contract/partners';
import { indicatorValueText } from '@contract/review-text';
import type { PartnerFigures, Review } from '@contract/reviews';
import { DecisionForm } from './DecisionForm';
import { FigureLink } from './FigureLink';
import type { MembersTarget } from './MembersDrawer';
import { EmptyList } from '../../components/EmptyList';

const COLUMNS = [
  'Партнёр',
  'Договор',
  'Проведено из запланированных',
  'Участники',
  'Охват обучающихся',
  'В кружках',
  'Педагогов обучено',
  'Ресурсов получено',
  'Достижения',
];

function statusLabel(status: string): string | null {
  return status in PARTNER_STATUS_LABELS && status !== 'active'
    ? PARTNER_STATUS_LABELS[status as PartnerStatus].toLowerCase()
    : null;
}

function FiguresRow({ partner: p, onMembers }: { partner: PartnerFigures; onMembers(target: MembersTarget): void }) {
  const of = { partnerId: p.partnerId, partnerName: p.name };
  const status = statusLabel(p.status);
  const link = (text: string, target: Omit<MembersTarget, 'partnerId' | 'partnerName'>, label: string) => (
    <FigureLink text={text} label={`${label} — ${p.name}`} onOpen={() => onMembers({ ...target, ...of })} />
  );
  return (
    <Table.Tr data-partner={p.partnerId} style={{ borderTop: '2px solid var(--mantine-color-gray-4)' }}>
      <Table.Td>
        <Anchor component={Link} to={`/partners/${p.partnerId}`} size="sm" fw={600}>
          {p.name}
        </Anchor>
        {status && (
          <Badge ml={6} color="gray" variant="light" data-testid="partner-status">
            {status}
          </Badge>
        )}
      </Table.Td>
      <Table.Td>{p.agreementInForce ? 'действовал' : 'нет'}</Table.Td>
      <Table.Td>
        {p.planned === 0
          ? 'не планировались'
          : link(
              `${p.held} из ${p.planned}`,
              { key: 'planFulfilment', indicator: p.planFulfilment },
              'Выполнение плана',
            )}
        {p.unplannedHeld > 0 && (
          <Text size="xs" c="dimmed">
            вне плана: {p.unplannedHeld}
          </Text>
        )}
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        {p.participants} обуч.
        {p.parents > 0 && (
          <Text size="xs" c="dimmed">
            родителей {p.parents}
          </Text>
        )}
        {p.teachers > 0 && (
          <Text size="xs" c="dimmed">
            педагогов {p.teachers}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        {p.pupilCoverage.value === null
          ? 'нет данных'
          : link(indicatorValueText(p.pupilCoverage), { key: 'pupilCoverage', indicator: p.pupilCoverage }, 'Охват')}
      </Table.Td>
      <Table.Td>
        {p.clubPupils === 0
          ? '—'
          : link(`${p.clubPupils} обуч.`, { key: 'clubCoverage', summary: `${p.clubPupils} обуч.` }, 'Кружки')}
      </Table.Td>
      <Table.Td>
        {p.teachersTrained === 0
          ? '—'
          : link(
              String(p.teachersTrained),
              { key: 'staffDevelopment', summary: `педагогов: ${p.teachersTrained}` },
              'Повышение квалификации',
            )}
      </Table.Td>
      <Table.Td>{p.itemsBorrowed === 0 ? '—' : `${p.itemsBorrowed} шт.`}</Table.Td>
      <Table.Td>
        {p.achievements === 0 ? (
          '—'
        ) : (
          <>
            {link(
              `участий: ${p.achievements}`,
              { key: 'achievementWinners', summary: `участий ${p.achievements}, победителей и призёров ${p.winners}` },
              'Достижения',
            )}
            <Text size="xs" c="dimmed">
              победителей и призёров: {p.winners}
            </Text>
          </>
        )}
      </Table.Td>
    </Table.Tr>
  );
}

/** Each partner of the year: what was done together, and the office's rating and decision on further cooperation. */
export function PartnersTab({ review, onMembers }: { review: Review; onMembers(target: MembersTarget): void }) {
  if (review.decisions.length === 0) {
    return (
      <EmptyList>
        В {review.year} учебном году с партнёрами ничего не было: нет договоров, мероприятий, кружков, ресурсов и
        повышения квалификации. Когда они появятся в разделах «Договоры», «Календарь» и других, партнёры появятся здесь.
      </EmptyList>
    );
  }
  const readOnly = review.approval !== null;
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {readOnly
          ? 'Справка утверждена: оценки и решения изменить нельзя, пока она не открыта для изменений. Выполнить сохранённое решение можно.'
          : 'Для каждого партнёра выберите оценку и решение о дальнейшем сотрудничестве и сохраните. «Выполнить решение» покажет, что будет сделано, и сделает это после подтверждения.'}
      </Text>
      <Paper withBorder>
        {/* Fits the window: its headings and the partners' names wrap rather than scroll the table sideways. */}
        <Table verticalSpacing="xs" data-testid="partners-table">
          <Table.Thead>
            <Table.Tr>
              {COLUMNS.map((c) => (
                <Table.Th key={c}>{c}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {review.decisions.map((partner) => (
              <Fragment key={partner.partnerId}>
                <FiguresRow partner={partner} onMembers={onMembers} />
                <Table.Tr data-decision={partner.partnerId}>
                  <Table.Td colSpan={COLUMNS.length} pb="md" bg="gray.0">
                    <DecisionForm
                      key={`${review.year}-${readOnly}`}
                      year={review.year}
                      partner={partner}
                      readOnly={readOnly}
                    />
                  </Table.Td>
                </Table.Tr>
              </Fragment>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
    </Stack>
  );
}
