import { chartSvg, CHART_WIDTH_MM } from './chart-svg';
import { escapeHtml } from './escape-html';
import { fontFaceCss, DOCUMENT_FONT_FAMILY } from './fonts';
import { NO_BREAK_HYPHEN, printedText } from './line-breaks';
import {
  linesOf,
  PAGE,
  rowMayBreak,
  runOf,
  APPROVAL_WIDTH_MM,
  SIGNATURE_BLANK,
  type Alignment,
  type ApprovalEntry,
  type Block,
  type DocumentModel,
  type Inline,
  type Party,
  type TableBlock,
} from './model';
import { keptWithNext } from './keep-together';
import { approvalLines } from './approval';
import { columnWidthsMm } from './column-widths';

/** The page may load nothing and run nothing: its styles and fonts are inline. */
const DOCUMENT_CSP = "default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:";

/**
 * Times New Roman, as the Word file names it, so that the PDF breaks its lines and pages where Word does (PT Serif
 * is some 9 % wider and a one-page amendment took two); Liberation Serif and Tinos have its metrics where it is
 * missing, and the bundled PT Serif prints wherever none of them is installed.
 */
const FONT_STACK = `'Times New Roman', 'Liberation Serif', Tinos, '${DOCUMENT_FONT_FAMILY}', serif`;
/** Word's «single» line of Times New Roman: its ascent, descent and gap, 1.15 of the font's size. */
const LINE_HEIGHT = 1.15;

function pageCss(orientation: DocumentModel['orientation']): string {
  const { margin } = PAGE;
  const [width, height] = orientation === 'landscape' ? [PAGE.height, PAGE.width] : [PAGE.width, PAGE.height];
  return `
@page {
  size: A4${orientation === 'landscape' ? ' landscape' : ''}; margin: ${margin.top}mm ${margin.right}mm ${margin.bottom}mm ${margin.left}mm;
  @top-center { content: counter(page); font-family: ${FONT_STACK}; font-size: 12pt; }
}
/* Pages are numbered from the second, at the top centre (ГОСТ Р 7.0.97-2016). */
@page :first { @top-center { content: none; } }
* { box-sizing: border-box; }
html { font-family: ${FONT_STACK}; font-size: 14pt; line-height: ${LINE_HEIGHT}; color: #000; background: #fff; }
body { margin: 0; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
@media screen {
  html { background: #e9ecef; }
  body { width: ${width}mm; min-height: ${height}mm; margin: 16px auto; padding: ${margin.top}mm ${margin.right}mm ${margin.bottom}mm ${margin.left}mm; background: #fff; box-shadow: 0 1px 6px rgba(0, 0, 0, 0.25); }
}
h1, h2, h3 { font-weight: 700; font-size: 14pt; margin: 0 0 6pt; break-after: avoid; page-break-after: avoid; }
h2 { margin-top: 12pt; }
h3 { font-size: 13pt; margin-top: 6pt; }
p { margin: 0 0 6pt; orphans: 2; widows: 2; }
p.indent { text-indent: 12.5mm; }
ol, ul { margin: 0 0 6pt; padding-left: 12.5mm; }
ul { list-style-type: '– '; }
li { margin: 0 0 2pt; }
.left { text-align: left; } .center { text-align: center; } .right { text-align: right; } .justify { text-align: justify; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
table.grid { font-size: 12pt; margin: 6pt 0 12pt; width: calc(100% - 1pt); }
table.grid.small { font-size: 10.5pt; }
table.grid th, table.grid td { border: 0.75pt solid #000; padding: 2pt 4pt; vertical-align: top; overflow-wrap: break-word; }
table.grid th { font-weight: 700; text-align: center; vertical-align: middle; }
table.grid thead { display: table-header-group; }
table.grid tr { break-inside: avoid; page-break-inside: avoid; }
table.grid tr.long { break-inside: auto; page-break-inside: auto; }
table.grid tr.group td { font-weight: 700; text-align: center; }
/* A group's heading row never stays alone at the foot of a page. */
table.grid tr.group { break-after: avoid; page-break-after: avoid; }
table.grid .line + .line { margin-top: 1pt; }
.approval { display: flex; justify-content: flex-end; gap: 10mm; margin: 0 0 12pt; break-inside: avoid; }
.approval.two { justify-content: space-between; }
.approval .entry { width: ${APPROVAL_WIDTH_MM}mm; }
.nobr { white-space: nowrap; }
/* The end of the block before the signatures goes to the next page with them: they never stand alone on a page. */
.keep-next { break-after: avoid; page-break-after: avoid; }
.signatures td { padding: 0 0 6pt; vertical-align: bottom; }
.signatures { margin: 18pt 0 6pt; break-inside: avoid; }
.signatures .blank { text-align: center; }
.signatures .name { text-align: right; }
.parties { font-size: 12pt; margin: 12pt 0; break-inside: avoid; page-break-inside: avoid; }
.parties td { vertical-align: top; padding: 0 6mm 0 0; overflow-wrap: break-word; }
.parties tr.title td { font-weight: 700; text-align: center; padding-bottom: 6pt; }
.parties tr.position td { vertical-align: bottom; padding-top: 12pt; }
.parties tr.sign td { padding-top: 12pt; white-space: nowrap; }
.spread { display: flex; justify-content: space-between; gap: 10mm; margin: 6pt 0 12pt; }
.page-break { break-after: page; page-break-after: always; }
.blank-line { height: 9mm; border-bottom: 0.75pt solid #000; break-inside: avoid; }
.chart { margin: 6pt 0 12pt; text-align: center; break-inside: avoid; page-break-inside: avoid; }
.chart svg { display: block; width: ${CHART_WIDTH_MM}mm; max-width: 100%; height: auto; margin: 0 auto; }
`;
}

const CODE_WITH_NO_BREAK_HYPHEN = new RegExp(`\\S*${NO_BREAK_HYPHEN}\\S*`, 'gu');

/**
 * Text laid out as printed (see `printedText`): soft hyphens where `hyphenate`, no-break spaces, and a code with
 * hyphens («ВЫС-014») kept on one line with its plain hyphens, which every font has.
 */
function textHtml(text: string, hyphenate = true): string {
  return escapeHtml(printedText(text, hyphenate)).replace(
    CODE_WITH_NO_BREAK_HYPHEN,
    (code) => `<span class="nobr">${code.replaceAll(NO_BREAK_HYPHEN, '-')}</span>`,
  );
}

function alignClass(align: Alignment | undefined, fallback: Alignment): string {
  return align ?? fallback;
}

function inlineHtml(inline: Inline): string {
  const run = runOf(inline);
  let html = textHtml(run.text);
  if (run.italic) html = `<i>${html}</i>`;
  if (run.bold) html = `<b>${html}</b>`;
  return html;
}

function tableHtml(table: TableBlock, orientation: DocumentModel['orientation']): string {
  const widths = columnWidthsMm(table, orientation);
  const total = widths.reduce((sum, w) => sum + w, 0) || 1;
  const cols = widths.map((w) => `<col style="width: ${((w / total) * 100).toFixed(3)}%">`).join('');
  const head = table.columns.map((c) => `<th>${textHtml(c.title)}</th>`).join('');
  const body = table.rows
    .map((row) => {
      if ('group' in row) {
        return `<tr class="group"><td colspan="${table.columns.length}">${textHtml(row.group, false)}</td></tr>`;
      }
      const cells = table.columns.map((column, i) => {
        const lines = linesOf(row.cells[i] ?? '')
          .map((line) => `<div class="line">${textHtml(line)}</div>`)
          .join('');
        return `<td class="${alignClass(column.align, 'left')}">${lines}</td>`;
      });
      return `<tr${rowMayBreak(table, row, orientation) ? ' class="long"' : ''}>${cells.join('')}</tr>`;
    })
    .join('\n');
  return `<table class="grid${table.small ? ' small' : ''}"><colgroup>${cols}</colgroup><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

function approvalEntryHtml(entry: ApprovalEntry): string {
  const [caption = '', ...lines] = approvalLines(entry);
  return `<div class="entry"><div class="caption">${textHtml(caption, false)}</div>${lines
    .map((line) => `<div>${textHtml(line, false)}</div>`)
    .join('')}</div>`;
}

/**
 * The parties as rows of one table, a party a column: titles, requisites, positions, signatures, stamps. Each row is
 * as tall as the taller party's cell, so the signature lines stand level however many requisites each party has.
 */
function partiesHtml(parties: readonly Party[]): string {
  const row = (className: string, cell: (party: Party) => string) =>
    `<tr class="${className}">${parties.map((party) => `<td>${cell(party)}</td>`).join('')}</tr>`;
  const rows = [
    row('title', (party) => textHtml(party.title, false)),
    row('lines', (party) => party.lines.map((line) => `<div>${textHtml(line)}</div>`).join('')),
    row('position', (party) => textHtml(party.signature.position)),
    row('sign', (party) => `${SIGNATURE_BLANK} / ${textHtml(party.signature.name, false)} /`),
  ];
  if (parties.some((party) => party.stamp)) rows.push(row('stamp', (party) => (party.stamp ? 'М.П.' : '')));
  const cols = parties.map(() => `<col style="width: ${(100 / parties.length).toFixed(3)}%">`).join('');
  return `<table class="parties"><colgroup>${cols}</colgroup><tbody>${rows.join('')}</tbody></table>`;
}

function blockHtml(block: Block, orientation: DocumentModel['orientation'], index: number): string {
  switch (block.type) {
    case 'heading':
      return `<h${block.level} class="${alignClass(block.align, 'center')}">${textHtml(block.text, false)}</h${block.level}>`;
    case 'paragraph': {
      const classes = [alignClass(block.align, 'justify'), ...(block.firstLineIndent ? ['indent'] : [])];
      return `<p class="${classes.join(' ')}">${block.runs.map(inlineHtml).join('')}</p>`;
    }
    case 'list': {
      const tag = block.ordered ? 'ol' : 'ul';
      const items = block.items.map((item) => `<li>${item.map(inlineHtml).join('')}</li>`).join('');
      return `<${tag}>${items}</${tag}>`;
    }
    case 'table':
      return tableHtml(block, orientation);
    case 'approval':
      return `<div class="approval${block.entries.length === 2 ? ' two' : ''}">${block.entries.map(approvalEntryHtml).join('')}</div>`;
    case 'signatures': {
      const rows = block.signatures
        .map(
          (s) =>
            `<tr><td>${textHtml(s.position)}</td><td class="blank">${SIGNATURE_BLANK}</td>` +
            `<td class="name">${textHtml(s.name, false)}</td></tr>`,
        )
        .join('');
      return `<table class="signatures"><colgroup><col style="width: 50%"><col style="width: 25%"><col style="width: 25%"></colgroup><tbody>${rows}</tbody></table>`;
    }
    case 'parties':
      return partiesHtml(block.parties);
    case 'spread':
      return `<div class="spread"><span>${textHtml(block.left, false)}</span><span>${textHtml(block.right, false)}</span></div>`;
    case 'pageBreak':
      return '<div class="page-break"></div>';
    case 'blankLines':
      return Array.from({ length: block.count }, () => '<div class="blank-line"></div>').join('');
    case 'chart':
      return `<div class="chart">${chartSvg(block.chart, `chart${index}`)}</div>`;
  }
}

function blocksHtml(model: DocumentModel): string {
  const kept = keptWithNext(model.blocks);
  return model.blocks
    .map((block, i) => {
      const html = blockHtml(block, model.orientation, i);
      return kept.has(i) ? `<div class="keep-next">${html}</div>` : html;
    })
    .join('\n');
}

/** One self-contained HTML page for printing and PDF: A4, ГОСТ margins, the embedded serif font, no scripts. */
export function renderHtml(model: DocumentModel): string {
  return `<!doctype html>
<html lang="ru">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${DOCUMENT_CSP}">
<title>${escapeHtml(model.title)}</title>
<style>
${fontFaceCss()}
${pageCss(model.orientation)}
</style>
</head>
<body>
${blocksHtml(model)}
</body>
</html>
`;
}
