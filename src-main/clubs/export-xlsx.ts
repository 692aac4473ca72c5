import { attendanceText, type Club, type ClubCoverage } from '../contract/clubs';
import { tableSheet, tablesWorkbook, type WorkbookInfo, type XlsxColumn } from '../documents/xlsx-table';
import { clubCoverageTitle, coverageLines, type CoverageLine } from './documents/club-coverage';

const CLUB_COLUMNS: XlsxColumn<Club>[] = [
  { header: '№', width: 5, value: (_, i) => i + 1 },
  { header: 'Кружок, секция', width: 30, value: (c) => c.name },
  { header: 'Партнёр', width: 28, value: (c) => c.partnerName },
  { header: 'Руководитель', width: 22, value: (c) => c.leader },
  { header: 'Расписание', width: 22, value: (c) => c.schedule },
  { header: 'Классы (обучающихся)', width: 28, value: (c) => attendanceText(c.attendance) },
  { header: 'Обучающихся', width: 13, value: (c) => c.pupils },
  { header: 'Примечание', width: 22, value: (c) => c.notes },
];

const COVERAGE_COLUMNS: XlsxColumn<CoverageLine>[] = [
  { header: 'Раздел', width: 16, value: (l) => l.section },
  { header: 'Кто считается', width: 36, value: (l) => l.label },
  { header: 'Посещают кружки', width: 14, value: (l) => l.ratio.attended },
  { header: 'Обучающихся всего', width: 14, value: (l) => l.ratio.enrolment },
  // Rounded as the printed document shows it, so Excel never shows another last digit.
  {
    header: 'Охват, %',
    width: 11,
    value: (l) => (l.ratio.percent === null ? 'нет данных' : Number(l.ratio.percent.toFixed(1))),
  },
];

/** The year's clubs (sheet «Кружки») and the coverage by additional education (sheet «Охват»). */
export function clubsXlsx(year: string, clubs: readonly Club[], coverage: ClubCoverage, info: WorkbookInfo) {
  const title = clubCoverageTitle(year);
  return tablesWorkbook(
    [
      tableSheet({ sheetName: 'Кружки', title, columns: CLUB_COLUMNS, rows: clubs }),
      tableSheet({ sheetName: 'Охват', title, columns: COVERAGE_COLUMNS, rows: coverageLines(coverage) }),
    ],
    info,
  );
}
