import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { chartPng } from '../../../src-main/documents/chart-png';
import { chartSize, chartSvg, valueScale, wrapLabel } from '../../../src-main/documents/chart-svg';
import { renderDocx } from '../../../src-main/documents/docx';
import { renderHtml } from '../../../src-main/documents/html';
import type { ChartSpec, DocumentModel } from '../../../src-main/documents/model';
import { readDocx } from './docx-text';

const months: ChartSpec = {
  title: 'Мероприятия по месяцам: запланировано / проведено',
  kind: 'groupedBar',
  categories: ['сент.', 'окт.', 'нояб.'],
  series: [
    { name: 'Запланировано', values: [0, 3, 2] },
    { name: 'Проведено', values: [0, 2, 1] },
  ],
};

const coverage: ChartSpec = {
  title: 'Охват обучающихся, %',
  kind: 'bar',
  unit: '%',
  digits: 1,
  categories: ['Всего', 'НОО', 'ООО', 'СОО'],
  series: [{ name: 'Охват', values: [75.33, null, 0, 60] }],
};

/** The texts of the drawing, in order. */
const texts = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
const bars = (svg: string, fill: string) => svg.split(`fill="${fill}" stroke="#000" stroke-width="0.8"`).length - 1;

describe('a chart drawn as SVG', () => {
  it('draws a value without data as «н/д», never as a bar of 0, and a 0 as «0,0 %» with no bar', () => {
    const svg = chartSvg(coverage, 'c1');
    expect(texts(svg)).toEqual(expect.arrayContaining(['75,3 %', 'н/д', '0,0 %', '60,0 %']));
    // Two bars and the legend's swatch: 75,3 and 60; none for the value without data or the zero.
    expect(bars(svg, '#4d4d4d')).toBe(3);
    expect(svg).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('has a title, a legend naming every series, gridlines with their values, and the categories', () => {
    const svg = chartSvg(months, 'c2');
    const words = texts(svg);
    expect(words).toEqual(
      expect.arrayContaining([months.title, 'Запланировано', 'Проведено', 'сент.', 'окт.', 'нояб.', '0', '1', '3']),
    );
    expect(svg).toMatch(
      /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="640" height="\d+" viewBox="0 0 640 \d+"/,
    );
    expect(svg).toContain('font-family="&#39;PT Serif&#39;, &#39;Times New Roman&#39;, serif"');
    expect(svg).toContain(`<title>${months.title}</title>`);
    // A month without any event gets no labels: counts of 0 and 0 stay blank.
    expect(words.filter((w) => w === '0')).toEqual(['0']);
  });

  it('tells the series apart in black and white: a dark fill, a hatch, a light fill, a cross-hatch', () => {
    const spec: ChartSpec = {
      ...months,
      series: ['А', 'Б', 'В', 'Г'].map((name, i) => ({ name, values: [i + 1, i + 2, i + 3] })),
    };
    const svg = chartSvg(spec, 'four');
    for (const fill of ['#4d4d4d', 'url(#four-hatch)', '#c4c4c4', 'url(#four-cross)']) {
      expect(bars(svg, fill), fill).toBe(4);
    }
    // Only greys: every colour has equal red, green and blue.
    for (const [colour] of svg.matchAll(/#[0-9a-f]{6}\b/gi)) {
      expect(colour.slice(1, 3), colour).toBe(colour.slice(3, 5));
      expect(colour.slice(3, 5), colour).toBe(colour.slice(5, 7));
    }
  });

  it('draws lines that break where a year has no data, with a marker and a value at each point', () => {
    const spec: ChartSpec = {
      title: 'Удовлетворённость по годам',
      kind: 'line',
      digits: 2,
      max: 1,
      categories: ['2022/2023', '2023/2024', '2024/2025', '2025/2026'],
      series: [{ name: 'Индекс', values: [0.5, null, 0.77, 0.8] }],
    };
    const svg = chartSvg(spec);
    const paths = [...svg.matchAll(/<path d="([^"]*)" fill="none"/g)].map((m) => m[1] ?? '');
    expect(paths).toHaveLength(1);
    expect(paths[0]?.match(/M/g)).toHaveLength(1);
    expect(paths[0]?.match(/L/g)).toHaveLength(1);
    expect(texts(svg)).toEqual(expect.arrayContaining(['0,50', 'н/д', '0,77', '0,80', '1,0']));
    expect(svg.match(/<circle /g)).toHaveLength(4); // three points and the legend
  });

  it('wraps long category names on words and shortens what does not fit with «…»', () => {
    expect(wrapLabel('Муниципальный этап конкурса', 14, 2)).toEqual(['Муниципальный', 'этап конкурса']);
    expect(wrapLabel('МБУК «Центральная детская библиотека» г. Зверево', 14, 2)).toEqual(['МБУК', '«Центральная…']);
    expect(wrapLabel('Сверхдлинноеназваниеорганизации', 10, 2)).toEqual(['Сверхдлин…']);
    const spec: ChartSpec = {
      ...coverage,
      categories: Array.from({ length: 8 }, (_, i) => `Партнёр номер ${i + 1} с очень длинным названием`),
      series: [{ name: 'Охват', values: Array.from({ length: 8 }, () => 50) }],
    };
    const labels = texts(chartSvg(spec)).filter((t) => t?.endsWith('…'));
    expect(labels).toHaveLength(8);
  });

  it('rounds the value axis up: to 100 for percents, to a round step for counts', () => {
    expect(valueScale(coverage)).toEqual({ max: 100, step: 20 });
    expect(valueScale(months)).toEqual({ max: 3, step: 1 });
    expect(valueScale({ ...months, series: [{ name: 'x', values: [7, 37] }] })).toEqual({ max: 40, step: 10 });
    expect(valueScale({ ...months, series: [{ name: 'x', values: [null, null] }] })).toEqual({ max: 1, step: 1 });
  });

  it('says «нет данных» when it has nothing to draw', () => {
    const svg = chartSvg({ ...coverage, series: [{ name: 'Охват', values: [null, null, null, null] }] });
    expect(texts(svg)).toContain('нет данных');
    expect(bars(svg, '#4d4d4d')).toBe(1);
  });

  it('shows names as text, markup included', () => {
    const hostile = '<script>alert(1)</script> & «кавычки»';
    const svg = chartSvg({
      ...coverage,
      title: hostile,
      categories: [hostile],
      series: [{ name: hostile, values: [1] }],
    });
    expect(svg).not.toContain('<script');
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; «кавычки»');
  });

  it('is inline in the HTML page, 160 mm wide, each chart with patterns of its own', () => {
    const model: DocumentModel = {
      title: 'Диаграммы',
      orientation: 'portrait',
      blocks: [
        { type: 'chart', chart: months },
        { type: 'chart', chart: months },
      ],
    };
    const html = renderHtml(model);
    expect(html.match(/<div class="chart"><svg /g)).toHaveLength(2);
    expect(html).toContain('.chart svg { display: block; width: 160mm;');
    expect(html).toContain('id="chart0-hatch"');
    expect(html).toContain('id="chart1-hatch"');
  });

  it('is put in a Word file as a picture, or as a table of its figures when no picture can be drawn', async () => {
    const model: DocumentModel = {
      title: 'Диаграмма',
      orientation: 'portrait',
      blocks: [{ type: 'chart', chart: coverage }],
    };
    const drawn = await readDocx(await renderDocx(model));
    expect(drawn.document.match(/<w:drawing>/g)).toHaveLength(1);
    expect(drawn.paragraphs).not.toContain('75,3 %');

    const failures: unknown[] = [];
    const failing = await readDocx(
      await renderDocx(model, {
        rasterize: () => Promise.reject(new Error('Диаграмма не нарисована.')),
        onChartFailed: (error) => failures.push(error),
      }),
    );
    expect(failing.document).not.toContain('<w:drawing>');
    expect(failing.paragraphs).toEqual(
      expect.arrayContaining([coverage.title, 'Охват', 'Всего', '75,3 %', 'НОО', 'н/д', '0,0 %']),
    );
    expect(failures).toEqual([new Error('Диаграмма не нарисована.')]);
  });
});

/** Width, height and RGBA pixels of an 8-bit RGB or RGBA PNG, decoded by hand. */
function decodePng(bytes: Uint8Array): { width: number; height: number; pixels: Uint8Array } {
  const view = Buffer.from(bytes);
  expect(view.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  let offset = 8;
  let header = { width: 0, height: 0, colourType: 0 };
  const data: Buffer[] = [];
  while (offset < view.length) {
    const length = view.readUInt32BE(offset);
    const type = view.toString('latin1', offset + 4, offset + 8);
    const body = view.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      expect(body[8]).toBe(8);
      header = { width: body.readUInt32BE(0), height: body.readUInt32BE(4), colourType: body[9] ?? 0 };
    }
    if (type === 'IDAT') data.push(body);
    offset += 12 + length;
  }
  const channels = header.colourType === 6 ? 4 : 3;
  const raw = inflateSync(Buffer.concat(data));
  const stride = header.width * channels;
  const out = new Uint8Array(header.width * header.height * channels);
  for (let y = 0; y < header.height; y += 1) {
    const filter = raw[y * (stride + 1)];
    for (let x = 0; x < stride; x += 1) {
      const value = raw[y * (stride + 1) + 1 + x] ?? 0;
      const a = x >= channels ? (out[y * stride + x - channels] ?? 0) : 0;
      const b = y > 0 ? (out[(y - 1) * stride + x] ?? 0) : 0;
      const c = x >= channels && y > 0 ? (out[(y - 1) * stride + x - channels] ?? 0) : 0;
      const p = a + b - c;
      const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
      const paeth = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      const predictor = [0, a, b, (a + b) >> 1, paeth][filter ?? 0] ?? 0;
      out[y * stride + x] = (value + predictor) & 0xff;
    }
  }
  const pixels = new Uint8Array(header.width * header.height * 4);
  for (let i = 0; i < header.width * header.height; i += 1) {
    for (let k = 0; k < 3; k += 1) pixels[i * 4 + k] = out[i * channels + k] ?? 0;
    pixels[i * 4 + 3] = channels === 4 ? (out[i * channels + 3] ?? 0) : 255;
  }
  return { width: header.width, height: header.height, pixels };
}

describe('a chart drawn to PNG for a Word file', () => {
  /** The share of dark pixels in rows `from` to `to` of the picture. */
  function darkShare(image: ReturnType<typeof decodePng>, from: number, to: number): number {
    let dark = 0;
    for (let i = from * image.width; i < to * image.width; i += 1) {
      const luminance =
        ((image.pixels[i * 4] ?? 0) + (image.pixels[i * 4 + 1] ?? 0) + (image.pixels[i * 4 + 2] ?? 0)) / 3;
      if (luminance < 100) dark += 1;
    }
    return dark / ((to - from) * image.width);
  }

  it('is a PNG of the width asked for in the chart’s proportions, with dark bars and letters on white', async () => {
    const size = chartSize(months);
    const width = Math.round(size.width * 1.5);
    const image = decodePng(await chartPng(chartSvg(months), width));
    expect(image.width).toBe(width);
    expect(Math.abs(image.height - size.height * 1.5)).toBeLessThanOrEqual(1);
    expect(darkShare(image, 0, image.height)).toBeGreaterThan(0.01);
    // The top-left corner is the page's white, not a transparent hole.
    expect([...image.pixels.subarray(0, 4)]).toEqual([255, 255, 255, 255]);
  });

  it('draws its text in the document’s font: the title’s rows hold letters, and none without the title', async () => {
    const width = Math.round(chartSize(months).width * 1.5);
    const titled = decodePng(await chartPng(chartSvg(months), width));
    const untitled = decodePng(
      await chartPng(chartSvg(months).replace(/(font-weight="700">)Мероприятия по месяцам[^<]*</, '$1<'), width),
    );
    // The title's line (its baseline 24 px down the chart, 36 px in the picture) is above the legend: only its
    // letters are drawn in the picture's top 45 rows.
    expect(darkShare(titled, 0, 45)).toBeGreaterThan(0.02);
    expect(darkShare(untitled, 0, 45)).toBe(0);
  });
});
