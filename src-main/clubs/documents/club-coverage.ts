import { LEVEL_GRADES } from '../../contract/classes';
import { attendanceText, type Club, type ClubCoverage, type CoverageRatio } from '../../contract/clubs';
import { decimal } from '../../contract/text';
import { sectionedRows, yearListHead, type DocumentModel } from '../../documents/model';

/** «Дополнительное образование у социальных партнёров, 2026/2027 учебный год»: the print job's and the file's name. */
export function clubCoverageTitle(year: string): string {
  return `Дополнительное образование у социальных партнёров, ${year} учебный год`;
}

/** «37,5 %»; «нет данных» when there is no enrolment to count out of. */
export function percentText(ratio: CoverageRatio): string {
  return ratio.percent === null ? 'нет данных' : `${decimal(ratio.percent)} %`;
}

/** A line of the coverage table: what is counted, m, N and m / N. */
export interface CoverageLine {
  section: string;
  label: string;
  ratio: CoverageRatio;
}

/** The school, its levels, each partner (out of the whole school) and each class, in that order. */
export function coverageLines(coverage: ClubCoverage): CoverageLine[] {
  return [
    { section: 'Школа', label: 'Все обучающиеся', ratio: coverage.overall },
    ...coverage.levels.map((l) => ({
      section: 'По уровням',
      label: `${l.level} (${LEVEL_GRADES[l.level]})`,
      ratio: l,
    })),
    ...coverage.partners.map((p) => ({ section: 'По партнёрам', label: p.partnerName, ratio: p })),
    ...coverage.classes.map((c) => ({ section: 'По классам', label: `${c.className} класс`, ratio: c })),
  ];
}

/** The year's clubs at partners, then the coverage by additional education: the school, levels, partners, classes. */
export function buildClubCoverage(data: {
  schoolFullName: string;
  year: string;
  clubs: readonly Club[];
  coverage: ClubCoverage;
}): DocumentModel {
  const coverageRows = sectionedRows(
    coverageLines(data.coverage),
    (line) => line.section,
    (line) => [line.label, String(line.ratio.attended), String(line.ratio.enrolment), percentText(line.ratio)],
  );
  return {
    title: clubCoverageTitle(data.year),
    orientation: 'landscape',
    blocks: [
      ...yearListHead(
        data.schoolFullName,
        'Дополнительное образование обучающихся у социальных партнёров',
        `на ${data.year} учебный год`,
      ),
      { type: 'heading', level: 2, text: 'Кружки и секции' },
      data.clubs.length === 0
        ? { type: 'paragraph', align: 'left', runs: ['Кружков у партнёров в этом учебном году не записано.'] }
        : {
            type: 'table',
            small: true,
            columns: [
              { title: '№', width: 4, align: 'center' },
              { title: 'Кружок, секция', width: 20 },
              { title: 'Партнёр', width: 18 },
              { title: 'Руководитель', width: 14 },
              { title: 'Расписание', width: 12 },
              { title: 'Классы (обучающихся)', width: 19 },
              { title: 'Обучающихся', width: 13, align: 'center' },
            ],
            rows: data.clubs.map((club, i) => ({
              cells: [
                `${i + 1}.`,
                club.name,
                club.partnerName,
                club.leader,
                club.schedule,
                attendanceText(club.attendance),
                String(club.pupils),
              ],
            })),
          },
      { type: 'heading', level: 2, text: 'Охват дополнительным образованием' },
      {
        type: 'paragraph',
        align: 'justify',
        firstLineIndent: true,
        runs: [
          'Охват = обучающиеся, посещающие кружки партнёров (по каждому классу не более его численности) / ' +
            'численность обучающихся × 100 %.',
        ],
      },
      {
        type: 'table',
        columns: [
          { title: 'Кто считается', width: 40 },
          { title: 'Посещают кружки', width: 15, align: 'center' },
          { title: 'Обучающихся всего', width: 15, align: 'center' },
          { title: 'Охват', width: 12, align: 'center' },
        ],
        rows: coverageRows,
      },
    ],
  };
}
