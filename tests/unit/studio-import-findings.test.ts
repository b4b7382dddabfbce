import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { planImport, type ImportExam } from '../../database/questions/import-plan';
import { parseQuestionFile } from '../../lib/studio/formats';
import { readQuestionFile } from '../../lib/studio/formats/read-file';

/**
 * Issue 16's seven findings, one block each: every test here failed before the import fidelity
 * work (the file was read as UTF-8 blindly, HTML was stripped to text, two `=` refused the file, …).
 */

const EXAM: ImportExam = {
  id: 1,
  slug: 'net',
  title: 'Networking',
  objectives: [
    { id: 11, code: '1.1', title: 'Ports and protocols' },
    { id: 12, code: '1.2', title: 'Routing' },
  ],
};

const SPANISH_CSV =
  'type,stem,option_a,option_b,correct\r\nsingle,Según el sistema, ¿qué puerto usa HTTPS?,443,80,A\r\n';

describe('1. files that are not UTF-8', () => {
  it('reads Excel\'s "CSV (Comma delimited)" (Windows-1252) and says which encoding it read', () => {
    const read = readQuestionFile('csv', {
      bytes: iconv.encode(SPANISH_CSV.replace(', ¿', ' ¿'), 'windows-1252'),
    });
    expect(read).toMatchObject({ ok: true, encoding: 'Windows-1252' });
    if (!read.ok) return;
    expect(read.result.questions[0]?.stem).toBe('Según el sistema ¿qué puerto usa HTTPS?');
  });

  it('reads UTF-16LE with a byte order mark (Excel\'s "Unicode text")', () => {
    const bytes = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      iconv.encode(SPANISH_CSV.replace(', ¿', ' ¿'), 'utf16le'),
    ]);
    const read = readQuestionFile('csv', { bytes });
    expect(read).toMatchObject({ ok: true, encoding: 'UTF-16LE' });
    if (read.ok) expect(read.result.questions[0]?.stem).toMatch(/^Según/);
  });

  it('refuses a file whose encoding is unsure, naming the guess and how to save it as UTF-8', () => {
    const read = readQuestionFile('gift', { bytes: iconv.encode('Què és? {=Ça ~naïve}', 'windows-1252') });
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.message).toMatch(/not UTF-8.*Save it as UTF-8/s);
  });

  it('never keeps U+FFFD: a pasted text holding one is refused with its line', () => {
    const read = readQuestionFile('gift', { text: 'Fine {=a ~b}\n\nSeg\uFFFDn {=a ~b}' });
    expect(read).toMatchObject({ ok: false, message: expect.stringMatching(/^Line 3 /) });
  });
});

describe('2. [html] keeps its content as markdown', () => {
  it('keeps links, images, emphasis, lists, tables, line breaks and text < >', () => {
    const gift = [
      '[html]<p>See <a href="https://example.org/a">the docs</a> and <img src="https://example.org/f.png" alt="Figure 1">.</p>',
      '<ul><li><em>one</em></li><li><strong>two</strong></li></ul>',
      '<table><tr><th>A</th><th>B</th></tr><tr><td>1</td><td>2</td></tr></table>',
      '<p>x &lt; 5 and y &gt; 3<br>next</p>{=a ~b}',
    ].join('');
    const stem = parseQuestionFile('gift', gift).questions[0]!.stem;
    expect(stem).toContain('[the docs](https://example.org/a)');
    expect(stem).toContain('![Figure 1](https://example.org/f.png)');
    expect(stem).toContain('- *one*\n- **two**');
    expect(stem).toContain('| A | B |');
    expect(stem).toContain('x < 5 and y > 3\\\nnext');
  });

  it('keeps a bare "x < 5 and y > 3" in [html] text', () => {
    expect(parseQuestionFile('gift', '[html]Is x < 5 and y > 3? {=yes ~no}').questions[0]!.stem).toBe(
      'Is x < 5 and y > 3?',
    );
  });
});

describe("3. Moodle's default format (HTML allowed)", () => {
  it('turns HTML in answers of an untagged question into markdown instead of literal tags', () => {
    const q = parseQuestionFile('gift', '¿Cuál? {=<p>respuesta 1</p> ~<p>respuesta <b>2</b></p>}')
      .questions[0]!;
    expect(q.options.map((o) => o.text)).toEqual(['respuesta 1', 'respuesta **2**']);
  });

  it('leaves [plain] text as written', () => {
    expect(parseQuestionFile('gift', '[plain]Is <p> a tag? {=yes ~no}').questions[0]!.stem).toBe(
      'Is <p> a tag?',
    );
  });
});

describe('4. several = answers', () => {
  it('skips that question with a message in GIFT terms and imports the rest', () => {
    const source = 'One? {=a =b ~c}\n\nTwo? {=a ~b}\n\nThree? {=x ~y}';
    const result = parseQuestionFile('gift', source);
    expect(result.questions.map((q) => q.stem)).toEqual(['Two?', 'Three?']);
    expect(result.problems).toEqual([
      {
        line: 1,
        severity: 'unsupported',
        message: expect.stringMatching(/2 answers marked =.*keep one =.*~%50%/),
      },
    ]);
  });
});

describe('5. partial credit in a single-response question', () => {
  it('warns on the line of the weighted answer (the product scores right or wrong)', () => {
    const result = parseQuestionFile('gift', 'Which? {\n=a\n~%50%b\n~c\n}');
    expect(result.questions).toHaveLength(1);
    expect(result.problems).toEqual([
      { line: 3, severity: 'warning', message: expect.stringMatching(/50%.*counts as wrong/) },
    ]);
  });
});

describe('6. titles and categories are kept', () => {
  it('GIFT ::title:: becomes the question title and $CATEGORY picks the objective by name or code', () => {
    const source =
      '$CATEGORY: $course$/top/Routing\n\n::R1:: Which? {=a ~b}\n\n$CATEGORY: 1.1\n\n::P1:: Port? {=a ~b}';
    const plan = planImport(EXAM, 'gift', source);
    expect(plan.blocked).toBe(false);
    expect(plan.questions.map((q) => [q.title, q.objectiveCode])).toEqual([
      ['R1', '1.2'],
      ['P1', '1.1'],
    ]);
    expect(plan.categories).toEqual([
      { category: '$course$/top/Routing', objectiveCode: '1.2' },
      { category: '1.1', objectiveCode: '1.1' },
    ]);
  });

  it('CSV name and category columns are read', () => {
    const plan = planImport(
      EXAM,
      'csv',
      'name,category,stem,option_a,option_b,correct\nQ7,Routing,Which?,a,b,A\n',
    );
    expect(plan.questions.map((q) => [q.title, q.objectiveCode])).toEqual([['Q7', '1.2']]);
  });
});

describe('7. spreadsheet habits', () => {
  it("skips Excel's all-comma empty rows", () => {
    const result = parseQuestionFile(
      'csv',
      'stem,option_a,option_b,correct\r\nWhich?,a,b,A\r\n,,,\r\n,,,\r\n',
    );
    expect(result.problems).toEqual([]);
    expect(result.questions).toHaveLength(1);
  });

  it('reads semicolon-delimited CSV (European Excel) and reports the delimiter', () => {
    const read = readQuestionFile('csv', {
      text: 'type;stem;option_a;option_b;correct\nsingle;"Which; really?";a;b;A\n',
    });
    expect(read).toMatchObject({ ok: true, delimiter: ';' });
    if (read.ok) expect(read.result.questions[0]?.stem).toBe('Which; really?');
  });

  it('reads tab-delimited text and CR-only line ends', () => {
    const read = readQuestionFile('csv', { text: 'stem\toption_a\toption_b\tcorrect\rWhich?\ta\tb\tB\r' });
    expect(read).toMatchObject({ ok: true, delimiter: '\t' });
    if (read.ok) expect(read.result.questions[0]?.options.map((o) => o.correct)).toEqual([false, true]);
  });
});
