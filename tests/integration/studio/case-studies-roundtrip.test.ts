import { describe, expect, it } from 'vitest';
import { loadExportCaseStudies, loadExportQuestions } from '@/database/questions/export';
import { exportQuestionFile } from '@/lib/studio/formats';
import { exportExamQuestions } from '@/server/studio/export';
import { commitImport, dryRunImport } from '@/server/studio/import';
import { createCaseStudy, setQuestionCase } from '@/server/studio/case-studies';
import { rows, testDatabase } from '../../helpers/database';
import { createExam, createQuestion, createUser } from '../../helpers/factories';
import { storeMedia } from '@/server/media/store';
import { ctx } from '../../helpers/context';
import { dataUrl, pngBytes } from '../../helpers/images';
import { importIntoNewExam } from '../../helpers/studio-import';

const SCENARIO = '## Overview\n\nContoso runs six servers and wants to move them to the cloud.';
const TABLE = { kind: 'table', title: 'Servers', header: ['Name', 'Role'], rows: [['web1', 'web']] };

async function examWithCase() {
  const moderator = await createUser({ role: 'moderator' });
  const exam = await createExam();
  const image = await storeMedia(moderator, pngBytes(30, 20, 128, 301), ctx());
  const exhibits = [
    TABLE,
    { kind: 'image', title: 'Rack', alt: 'A rack of six servers', hash: image.hash, mime: 'image/png' },
  ];
  const id = await createCaseStudy(
    moderator,
    exam.id,
    { title: 'Contoso', scenario: SCENARIO, status: 'published', exhibits },
    ctx(),
  );
  const [a, b] = [await createQuestion({ examId: exam.id }), await createQuestion({ examId: exam.id })];
  await createQuestion({ examId: exam.id, stem: 'A standalone question' });
  for (const q of [a!, b!]) await setQuestionCase(moderator, { questionId: q.id, caseStudyId: id }, ctx());
  return { moderator, exam };
}

describe('case studies through the JSON format', () => {
  it('exports the case studies and each question’s reference, and imports them back as one case', async () => {
    const { moderator, exam } = await examWithCase();
    const exported = await exportExamQuestions(moderator, exam.id, 'json');
    const document = JSON.parse(exported.text) as {
      caseStudies: { title: string; scenario: string; exhibits: unknown[] }[];
      questions: { caseStudy?: string }[];
    };
    // The case's exhibits travel with it, its image as a data URL of the stored bytes.
    const data = dataUrl('image/png', pngBytes(30, 20, 128, 301));
    expect(document.caseStudies).toEqual([
      {
        title: 'Contoso',
        scenario: SCENARIO,
        exhibits: [TABLE, { kind: 'image', title: 'Rack', alt: 'A rack of six servers', data }],
      },
    ]);
    expect(document.questions.map((q) => q.caseStudy)).toEqual(['Contoso', 'Contoso', undefined]);

    const { target, done } = await importIntoNewExam(moderator, 'json', exported.text);
    expect(done.created).toBe(3);
    const cases = await rows('SELECT id, title, scenario, status FROM case_studies WHERE exam_id = ?', [
      target.id,
    ]);
    expect(cases).toMatchObject([{ title: 'Contoso', scenario: SCENARIO, status: 'published' }]);
    const members = await rows('SELECT count(*) AS n FROM questions WHERE case_study_id = ?', [
      cases[0]!.id as number,
    ]);
    expect(members[0]?.n).toBe(2);
    const client = testDatabase().client;
    const back = exportQuestionFile(
      'json',
      await loadExportQuestions(client, target.id),
      await loadExportCaseStudies(client, target.id),
    );
    expect(JSON.parse(back.text)).toEqual(document);

    // A second import of the same file joins the existing case instead of making another.
    const file = new TextEncoder().encode(exported.text);
    const again = await dryRunImport(moderator, { examId: target.id, format: 'json', file, asDraft: false });
    expect(again.problems).toEqual([
      expect.objectContaining({ severity: 'warning', message: expect.stringContaining('already exists') }),
    ]);
  });

  it('stores a new case study’s image before the case, and refuses a bad one with nothing written', async () => {
    const moderator = await createUser({ role: 'moderator' });
    const exam = await createExam();
    const bytes = pngBytes(12, 8, 128, 302);
    const file = (image: string) =>
      JSON.stringify({
        version: 1,
        questions: [1, 2].map((n) => ({
          stem: `Case question ${n}?`,
          objective: '1',
          caseStudy: 'Fabrikam',
          options: [{ text: 'A', correct: true }, { text: 'B' }],
        })),
        caseStudies: [
          {
            title: 'Fabrikam',
            scenario: 'Fabrikam opens a branch.',
            exhibits: [{ kind: 'image', title: 'Plan', alt: 'Floor plan', data: image }],
          },
        ],
      });
    const bad = await dryRunImport(moderator, {
      examId: exam.id,
      format: 'json',
      source: file('data:image/png;base64,aGVsbG8='),
      asDraft: false,
    });
    expect(bad.problems).toEqual([
      expect.objectContaining({
        severity: 'error',
        message: expect.stringContaining('caseStudies[0].exhibits[0].data'),
      }),
    ]);

    const source = file(dataUrl('image/png', bytes));
    await commitImport(moderator, { examId: exam.id, format: 'json', source, asDraft: false }, ctx());
    const [stored] = await rows('SELECT exhibits FROM case_studies WHERE exam_id = ?', [exam.id]);
    const [exhibit] = JSON.parse(String(stored?.exhibits)) as { hash: string; mime: string }[];
    expect(exhibit).toMatchObject({ kind: 'image', title: 'Plan', mime: 'image/png', width: 12, height: 8 });
    const media = await rows('SELECT byte_size FROM media WHERE hash = ?', [exhibit!.hash]);
    expect(media).toEqual([{ byte_size: bytes.length }]);
  });

  it('refuses a question naming a case study the file does not have', async () => {
    const moderator = await createUser({ role: 'moderator' });
    const exam = await createExam();
    const text = JSON.stringify({
      version: 1,
      questions: [
        {
          stem: 'Which?',
          objective: '1',
          caseStudy: 'Missing',
          options: [{ text: 'A', correct: true }, { text: 'B' }],
        },
      ],
    });
    const preview = await dryRunImport(moderator, {
      examId: exam.id,
      format: 'json',
      source: text,
      asDraft: false,
    });
    expect(preview.problems).toEqual([
      expect.objectContaining({
        severity: 'error',
        message: expect.stringContaining('no case study titled "Missing"'),
      }),
    ]);
  });

  it('CSV, GIFT and Aiken export the questions without their case', async () => {
    const { moderator, exam } = await examWithCase();
    for (const format of ['csv', 'gift', 'aiken'] as const) {
      const exported = await exportExamQuestions(moderator, exam.id, format);
      expect(exported.exported).toBe(3);
      expect(exported.text).not.toContain('Contoso');
    }
  });
});
