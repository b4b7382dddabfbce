import { describe, expect, it } from 'vitest';
import { parseTableText, tableToText } from '@/lib/exam/exhibit-table-text';
import {
  exhibitListSchema,
  exhibitsOf,
  MAX_EXHIBITS,
  type Exhibit,
  type TableExhibit,
} from '@/lib/exam/exhibits';
import { bytesOfDataUrl, checkMediaBytes, MAX_MEDIA_BYTES, sniffImage } from '@/lib/media/sniff';
import { exportQuestionFile } from '@/lib/studio/formats';
import { parseJson } from '@/lib/studio/formats/json';
import { decodeJsonExhibits } from '@/lib/studio/formats/json-exhibits';
import { diffVersions } from '@/lib/studio/version-diff';
import { questionContentSchema, studioFieldErrors } from '@/lib/validation/studio';
import { dataUrl, gifBytes, jpegBytes, pngBytes, webpBytes } from '../helpers/images';

const HASH = 'a'.repeat(64);
const image: Exhibit = {
  kind: 'image',
  title: 'Topology',
  alt: 'Two routers',
  hash: HASH,
  mime: 'image/png',
};
const table: Exhibit = {
  kind: 'table',
  title: 'Routes',
  header: ['Prefix', 'Next hop'],
  rows: [['0/0', '10.0.0.1']],
};
const code: Exhibit = { kind: 'code', title: 'Log', language: 'log', text: 'link down' };

describe('sniffing an upload by its bytes', () => {
  it('knows PNG, JPEG, WebP and GIF, with their pixel size', () => {
    expect(sniffImage(pngBytes(320, 200))).toEqual({ mime: 'image/png', width: 320, height: 200 });
    expect(sniffImage(jpegBytes(640, 480))).toEqual({ mime: 'image/jpeg', width: 640, height: 480 });
    expect(sniffImage(webpBytes(6, 8))).toEqual({ mime: 'image/webp', width: 6, height: 8 });
    expect(sniffImage(gifBytes(9, 2))).toEqual({ mime: 'image/gif', width: 9, height: 2 });
  });

  it('refuses SVG, HTML, PDF and bytes that only pretend by their name', () => {
    const text = (s: string) => new TextEncoder().encode(s);
    for (const bytes of [
      text('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
      text('<!doctype html><img src=x onerror=alert(1)>'),
      text('%PDF-1.7'),
      new Uint8Array([0x89, 0x50, 0x4e, 0x47]),
    ]) {
      expect(sniffImage(bytes)).toBeNull();
      expect(checkMediaBytes(bytes)).toEqual({ ok: false, error: expect.stringContaining('not SVG') });
    }
  });

  it('refuses an empty file and one over 2 MB, and takes exactly 2 MB', () => {
    expect(checkMediaBytes(new Uint8Array())).toEqual({ ok: false, error: 'The file is empty.' });
    expect(checkMediaBytes(pngBytes(1, 1, MAX_MEDIA_BYTES + 1))).toEqual({
      ok: false,
      error: 'The image is 2.0 MB; the limit is 2 MB.',
    });
    expect(checkMediaBytes(pngBytes(1, 1, MAX_MEDIA_BYTES)).ok).toBe(true);
  });

  it('decodes base64 data URLs and nothing else', () => {
    const bytes = pngBytes();
    expect(bytesOfDataUrl(dataUrl('image/png', bytes))).toEqual({ declaredType: 'image/png', bytes });
    expect(bytesOfDataUrl('https://example.com/a.png')).toBeNull();
    expect(bytesOfDataUrl('data:image/png,rawtext')).toBeNull();
  });
});

describe('the exhibit schema', () => {
  it('takes the three kinds and defaults to none', () => {
    expect(exhibitListSchema.parse([image, table, code])).toEqual([image, table, code]);
    expect(exhibitListSchema.parse(undefined)).toEqual([]);
  });

  it('names each problem by its field', () => {
    const content = {
      objectiveId: 1,
      type: 'single',
      difficulty: 2,
      stem: 'Which?',
      options: [
        { id: 'a', text: 'A', correct: true },
        { id: 'b', text: 'B', correct: false },
      ],
      exhibits: [
        { ...image, alt: ' ', hash: '' },
        { ...table, header: ['Only'], rows: [['one', 'two']] },
        { ...code, title: '', text: '   ' },
        { kind: 'image', title: 'Vector', alt: 'x', hash: HASH, mime: 'image/svg+xml' },
      ],
    };
    const result = questionContentSchema.safeParse(content);
    expect(result.success).toBe(false);
    expect(studioFieldErrors(result.error!)).toMatchObject({
      'exhibits.0.alt': 'Describe the image for people who cannot see it.',
      'exhibits.0.hash': 'Upload an image.',
      'exhibits.1.rows.0': 'Row 1 has 2 cells; the header has 1.',
      'exhibits.2.title': 'Give the exhibit a title.',
      'exhibits.2.text': 'Paste the code or log.',
      'exhibits.3.mime': 'Use a PNG, JPEG, WebP or GIF image.',
    });
  });

  it(`allows at most ${MAX_EXHIBITS}`, () => {
    const result = exhibitListSchema.safeParse(Array.from({ length: MAX_EXHIBITS + 1 }, () => code));
    expect(result.error?.issues[0]?.message).toBe(`At most ${MAX_EXHIBITS} exhibits.`);
  });

  it('reads a stored column, and shows nothing for one it cannot read', () => {
    expect(exhibitsOf(JSON.stringify([table]))).toEqual([table]);
    expect(exhibitsOf('not json')).toEqual([]);
    expect(exhibitsOf('[{"kind":"video"}]')).toEqual([]);
  });
});

describe('a table typed or pasted in the editor', () => {
  it('reads pipes, markdown tables and spreadsheet tabs, header first', () => {
    expect(parseTableText('Prefix | Next hop\n0/0 | 10.0.0.1\n')).toEqual({
      header: ['Prefix', 'Next hop'],
      rows: [['0/0', '10.0.0.1']],
    });
    expect(parseTableText('| a | b |\n|---|:--:|\n| 1 | 2 |')).toEqual({
      header: ['a', 'b'],
      rows: [['1', '2']],
    });
    expect(parseTableText('a\tb|c\n1\t2')).toEqual({ header: ['a', 'b|c'], rows: [['1', '2']] });
  });

  it('writes back what it reads, escaped pipes included', () => {
    const t = { header: ['a|b', 'c'], rows: [['1', '2']] };
    expect(parseTableText(tableToText(t))).toEqual(t);
  });
});

describe('exhibits in files', () => {
  it('JSON: decodes images checked like uploads and refuses a lying or oversized one', () => {
    const ok = decodeJsonExhibits([
      { kind: 'image', title: 'T', alt: 'A', data: dataUrl('image/gif', gifBytes()) },
      code,
    ]);
    expect(ok).toMatchObject({ ok: true, exhibits: [{ kind: 'image', mime: 'image/gif', width: 9 }, code] });
    const svg = dataUrl('image/svg+xml', new TextEncoder().encode('<svg/>'));
    const lying = dataUrl('image/png', jpegBytes());
    const bad = decodeJsonExhibits([
      { kind: 'image', title: 'T', alt: 'A', data: svg },
      { kind: 'image', title: 'T', alt: 'A', data: lying },
    ]);
    expect(bad).toEqual({
      ok: false,
      problems: [
        'exhibits[0].data: Only PNG, JPEG, WebP and GIF images can be uploaded (not SVG).',
        'exhibits[1].data: says image/png but holds image/jpeg',
      ],
    });
  });

  it('JSON: an image without alt text is an error with its path and line', () => {
    const file = JSON.stringify({
      version: 1,
      questions: [
        {
          stem: 'Which?',
          options: [{ text: 'A', correct: true }, { text: 'B' }],
          exhibits: [{ kind: 'image', title: 'T', alt: '', data: dataUrl('image/png', pngBytes()) }],
        },
      ],
    });
    const parsed = parseJson(file);
    expect(parsed.questions).toHaveLength(0);
    expect(parsed.problems[0]?.message).toMatch(/questions\[0\]\.exhibits\[0\]\.alt: needs alt text/);
  });

  it('CSV, GIFT and Aiken write the question without its exhibits and say so', () => {
    const question = {
      id: 7,
      type: 'single' as const,
      stem: 'Which?',
      options: [
        { id: 'a', text: 'A', correct: true },
        { id: 'b', text: 'B', correct: false },
      ],
      explanation: '',
      references: [],
      exhibits: [table, code] as TableExhibit[],
    };
    for (const format of ['csv', 'gift', 'aiken'] as const) {
      const result = exportQuestionFile(format, [question]);
      expect(result.text).toContain('Which?');
      expect(result.text).not.toContain('Routes');
      expect(result.problems).toEqual([
        { question: '7', message: 'written without its 2 exhibits (only JSON carries exhibits)' },
      ]);
    }
    expect(exportQuestionFile('json', [question]).text).toContain('"title": "Routes"');
  });
});

describe('the version diff', () => {
  it('names added, removed and changed exhibits', () => {
    const base = { stem: 's', options: [], explanation: '', references: [] };
    const changes = diffVersions({ ...base, exhibits: [table] }, { ...base, exhibits: [image, code] });
    expect(changes).toEqual([
      {
        kind: 'exhibits',
        from: ['Table “Routes” (2×1)'],
        to: ['Image “Topology” (aaaaaaaa, alt “Two routers”)', 'Code or log “Log” (log, 1 line)'],
      },
    ]);
    expect(diffVersions({ ...base, exhibits: [table] }, { ...base, exhibits: [table] })).toEqual([]);
  });
});
