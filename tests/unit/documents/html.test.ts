import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../../src-main/documents/escape-html';
import { renderHtml } from '../../../src-main/documents/html';
import type { DocumentModel } from '../../../src-main/documents/model';
import { readable } from './readable-text';
import { sampleModel } from './sample-model';

const hostile = '<script>alert(1)</script> & "кавычки" \'апостроф\'';

function modelWith(text: string): DocumentModel {
  return {
    title: text,
    orientation: 'portrait',
    blocks: [
      { type: 'heading', level: 1, text },
      { type: 'paragraph', runs: [text, { text, bold: true }] },
      { type: 'list', ordered: false, items: [[text]] },
      { type: 'table', columns: [{ title: text, width: 1 }], rows: [{ group: text }, { cells: [[text, text]] }] },
      { type: 'approval', entries: [{ caption: text, lines: [text], signer: text, dateLine: text }] },
      { type: 'signatures', signatures: [{ position: text, name: text }] },
      {
        type: 'parties',
        parties: [
          { title: text, lines: [text], signature: { position: text, name: text } },
          { title: text, lines: [text], signature: { position: text, name: text } },
        ],
      },
    ],
  };
}

describe('the HTML of a document', () => {
  it('shows every text as text, markup included', () => {
    const html = readable(renderHtml(modelWith(hostile)));
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toContain(hostile);
    const escaped = escapeHtml(hostile);
    expect(escaped).toBe('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;кавычки&quot; &#39;апостроф&#39;');
    // Title, heading, two runs, list item, column, group, two lines, approval (3, its caption in capitals),
    // signature (2), parties (2 × 4).
    expect(html.split(escaped).length - 1).toBe(22);
  });

  it('is an A4 page with the margins of ГОСТ Р 7.0.97: 20 mm, and 30 mm on the left', () => {
    const html = renderHtml(sampleModel());
    expect(html).toContain('@page {\n  size: A4; margin: 20mm 20mm 20mm 30mm;');
    expect(renderHtml(sampleModel('landscape'))).toContain(
      '@page {\n  size: A4 landscape; margin: 20mm 20mm 20mm 30mm;',
    );
  });

  it('numbers its pages from the second at the top centre, and not the first', () => {
    const html = renderHtml(sampleModel());
    expect(html).toMatch(/@page \{[^}]*@top-center \{ content: counter\(page\);/);
    expect(html).toContain('@page :first { @top-center { content: none; } }');
  });

  it('is set in Times New Roman as Word is, and carries PT Serif inside itself for where no such font is installed', () => {
    const html = renderHtml(sampleModel());
    const faces = [...html.matchAll(/@font-face \{([^}]*)\}/g)].map((m) => m[1] ?? '');
    expect(faces).toHaveLength(8);
    for (const face of faces) {
      expect(face).toContain("font-family: 'PT Serif'");
      expect(face).toMatch(/src: url\(data:font\/woff2;base64,[A-Za-z0-9+/=]{10000,}\) format\('woff2'\)/);
    }
    expect(faces.filter((f) => f.includes('U+0400-045F'))).toHaveLength(4);
    expect(faces.filter((f) => f.includes('font-weight: 700') && f.includes('font-style: normal'))).toHaveLength(2);
    expect(faces.filter((f) => f.includes('font-style: italic'))).toHaveLength(4);
    expect(html).toContain(
      "html { font-family: 'Times New Roman', 'Liberation Serif', Tinos, 'PT Serif', serif; font-size: 14pt; line-height: 1.15;",
    );
    const urls = [...html.matchAll(/url\(([^)]{0,12})/g)].map((m) => m[1]);
    expect(urls.every((u) => u?.startsWith('data:'))).toBe(true);
    expect(html).not.toMatch(/<(link|img|iframe|object|embed)\b/i);
    expect(html).not.toMatch(/https?:/);
  });

  it('has no script at all and forbids scripts by its own policy', () => {
    const html = renderHtml(sampleModel());
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/\son[a-z]+=/i);
    expect(html).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:">`,
    );
  });

  it('repeats the table’s header on every page and keeps each row on one page', () => {
    const html = readable(renderHtml(sampleModel()));
    expect(html).toContain('<thead><tr><th>№</th><th>Мероприятие</th><th>Партнёр</th></tr></thead>');
    expect(html).toContain('table.grid thead { display: table-header-group; }');
    expect(html).toContain('table.grid tr { break-inside: avoid; page-break-inside: avoid; }');
    expect(html).toContain('<col style="width: 10.000%"><col style="width: 60.000%"><col style="width: 30.000%">');
    expect(html).toContain('<tr class="group"><td colspan="3">Сентябрь</td></tr>');
    expect(html).toContain('<div class="line">Экскурсия в музей</div><div class="line">для 5А класса</div>');
  });

  it('sets text in a serif of 12–14 pt', () => {
    const html = renderHtml(sampleModel());
    const sizes = [...html.matchAll(/font-size: (\d+)pt/g)].map((m) => Number(m[1]));
    expect(sizes.length).toBeGreaterThan(0);
    for (const size of sizes) {
      expect(size).toBeGreaterThanOrEqual(12);
      expect(size).toBeLessThanOrEqual(14);
    }
  });

  it('puts two approval blocks side by side and one alone at the right', () => {
    const two = readable(renderHtml(sampleModel()));
    expect(two).toContain('<div class="approval two"><div class="entry"><div class="caption">СОГЛАСОВАНО</div>');
    expect(two).toContain(
      '<div>____________ И.И. Иванова</div><div>«___» ________ 20__ г.</div><div>приказ от 29.08.2026 № 45</div>',
    );
    const one = renderHtml({
      title: 'Акт',
      orientation: 'portrait',
      blocks: [{ type: 'approval', entries: [{ caption: 'УТВЕРЖДАЮ', lines: ['Директор'], signer: 'И.И. Иванова' }] }],
    });
    expect(one).toContain('<div class="approval"><div class="entry">');
    // The date of signing is written by hand where it is not given.
    expect(readable(one)).toContain('<div>____________ И.И. Иванова</div><div>«___» ________ 20__ г.</div></div>');
    expect(one).toContain('.approval { display: flex; justify-content: flex-end;');
  });
});
