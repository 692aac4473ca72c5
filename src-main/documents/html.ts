import { chartSvg, CHART_WIDTH_MM } from './chart-svg';
import { escapeHtml } from './escape-html';
import { fontFaceCss, DOCUMENT_FONT_FAMILY } from './fonts';
import {
  linesOf,
  PAGE,
  rowMayBreak,
  runOf,
  SIGNATURE_BLANK,
  type Alignment,
  type ApprovalEntry,
  type Block,
  type DocumentModel,
  type Inline,
  type Party,
  type TableBlock,
} from './model';

/** The page may load nothing and run nothing: its styles and fonts are inline. */
const DOCUMENT_CSP = "default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:";

function pageCss(orientation: DocumentModel['orientation']): string {
  const { margin } = PAGE;
  const [width, height] = orientation === 'landscape' ? [PAGE.height, PAGE.width] : [PAGE.width, PAGE.height];
  return `
@page { size: A4${orientation === 'landscape' ? ' landscape' : ''}; margin: ${margin.top}mm ${margin.right}mm ${margin.bottom}mm ${margin.left}mm; }
* { box-sizing: border-box; }
html { font-family: '${DOCUMENT_FONT_FAMILY}', 'Times New Roman', serif; font-size: 14pt; line-height: 1.2; color: #000; background: #fff; }
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
.approval .entry { width: 80mm; }
.approval .caption { text-transform: uppercase; }
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

function alignClass(align: Alignment | undefined, fallback: Alignment): string {
  return align ?? fallback;
}

function inlineHtml(inline: Inline): string {
  const run = runOf(inline);
  let html = escapeHtml(run.text);
  if (run.italic) html = `<i>${html}</i>`;
  if (run.bold) html = `<b>${html}</b>`;
  return html;
}

function tableHtml(table: TableBlock, orientation: DocumentModel['orientation']): string {
  const total = table.columns.reduce((sum, c) => sum + c.width, 0) || 1;
  const cols = table.columns.map((c) => `<col style="width: ${((c.width / total) * 100).toFixed(3)}%">`).join('');
  const head = table.columns.map((c) => `<th>${escapeHtml(c.title)}</th>`).join('');
  const body = table.rows
    .map((row) => {
      if ('group' in row) {
        return `<tr class="group"><td colspan="${table.columns.length}">${escapeHtml(row.group)}</td></tr>`;
      }
      const cells = table.columns.map((column, i) => {
        const lines = linesOf(row.cells[i] ?? '')
          .map((line) => `<div class="line">${escapeHtml(line)}</div>`)
          .join('');
        return `<td class="${alignClass(column.align, 'left')}">${lines}</td>`;
      });
      return `<tr${rowMayBreak(table, row, orientation) ? ' class="long"' : ''}>${cells.join('')}</tr>`;
    })
    .join('\n');
  return `<table class="grid${table.small ? ' small' : ''}"><colgroup>${cols}</colgroup><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

function approvalEntryHtml(entry: ApprovalEntry): string {
  const lines = [
    `<div class="caption">${escapeHtml(entry.caption)}</div>`,
    ...entry.lines.map((line) => `<div>${escapeHtml(line)}</div>`),
  ];
  if (entry.signer !== undefined) lines.push(`<div>${SIGNATURE_BLANK} ${escapeHtml(entry.signer)}</div>`);
  if (entry.dateLine !== undefined) lines.push(`<div>${escapeHtml(entry.dateLine)}</div>`);
  return `<div class="entry">${lines.join('')}</div>`;
}

/**
 * The parties as rows of one table, a party a column: titles, requisites, positions, signatures, stamps. Each row is
 * as tall as the taller party's cell, so the signature lines stand level however many requisites each party has.
 */
function partiesHtml(parties: readonly Party[]): string {
  const row = (className: string, cell: (party: Party) => string) =>
    `<tr class="${className}">${parties.map((party) => `<td>${cell(party)}</td>`).join('')}</tr>`;
  const rows = [
    row('title', (party) => escapeHtml(party.title)),
    row('lines', (party) => party.lines.map((line) => `<div>${escapeHtml(line)}</div>`).join('')),
    row('position', (party) => escapeHtml(party.signature.position)),
    row('sign', (party) => `${SIGNATURE_BLANK} / ${escapeHtml(party.signature.name)} /`),
  ];
  if (parties.some((party) => party.stamp)) rows.push(row('stamp', (party) => (party.stamp ? 'М.П.' : '')));
  const cols = parties.map(() => `<col style="width: ${(100 / parties.length).toFixed(3)}%">`).join('');
  return `<table class="parties"><colgroup>${cols}</colgroup><tbody>${rows.join('')}</tbody></table>`;
}

function blockHtml(block: Block, orientation: DocumentModel['orientation'], index: number): string {
  switch (block.type) {
    case 'heading':
      return `<h${block.level} class="${alignClass(block.align, 'center')}">${escapeHtml(block.text)}</h${block.level}>`;
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
            `<tr><td>${escapeHtml(s.position)}</td><td class="blank">${SIGNATURE_BLANK}</td>` +
            `<td class="name">${escapeHtml(s.name)}</td></tr>`,
        )
        .join('');
      return `<table class="signatures"><colgroup><col style="width: 50%"><col style="width: 25%"><col style="width: 25%"></colgroup><tbody>${rows}</tbody></table>`;
    }
    case 'parties':
      return partiesHtml(block.parties);
    case 'spread':
      return `<div class="spread"><span>${escapeHtml(block.left)}</span><span>${escapeHtml(block.right)}</span></div>`;
    case 'pageBreak':
      return '<div class="page-break"></div>';
    case 'blankLines':
      return Array.from({ length: block.count }, () => '<div class="blank-line"></div>').join('');
    case 'chart':
      return `<div class="chart">${chartSvg(block.chart, `chart${index}`)}</div>`;
  }
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
${model.blocks.map((block, i) => blockHtml(block, model.orientation, i)).join('\n')}
</body>
</html>
`;
}
