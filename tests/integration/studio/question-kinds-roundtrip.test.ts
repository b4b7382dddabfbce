import { describe, expect, it } from 'vitest';
import { loadExportQuestions } from '@/database/questions/export';
import { exportQuestionFile } from '@/lib/studio/formats';
import type { ExportQuestion, QuestionFileFormat } from '@/lib/studio/question-model';
import { commitImport } from '@/server/studio/import';
import { testDatabase } from '../../helpers/database';
import { createExam, createQuestion, createUser } from '../../helpers/factories';
import { ctx } from '../../helpers/context';
import { importIntoNewExam } from '../../helpers/studio-import';

const MATCHING = {
  stem: 'Match each AWS service to what it does.',
  options: [
    { id: 'a', text: 'S3', correct: false, match: 'e' },
    { id: 'b', text: 'EC2', correct: false, match: 'f' },
    { id: 'c', text: 'Lambda', correct: false, match: 'f' },
    { id: 'd', text: 'Route 53', correct: false, match: 'g' },
    { id: 'e', text: 'Stores objects', correct: false },
    { id: 'f', text: 'Runs code', correct: false },
    { id: 'g', text: 'Answers DNS queries', correct: false },
    { id: 'h', text: 'Sends email', correct: false },
  ],
  settings: { kind: 'matching', partialCredit: false, responsesReusable: true },
};
const ORDERING = {
  stem: 'Put the steps of a TCP handshake in order.',
  options: ['SYN', 'SYN-ACK', 'ACK'].map((text, i) => ({ id: 'abc'[i]!, text, correct: false })),
  settings: { kind: 'ordering', partialCredit: true },
};

/** What must survive a round trip: the content and the kind's rules, not ids or titles. */
function content(q: ExportQuestion) {
  return {
    stem: q.stem,
    options: q.options.map((o) => ({ text: o.text, match: q.options.find((r) => r.id === o.match)?.text })),
    kind: q.kind,
    partialCredit: q.partialCredit,
    responsesReusable: q.responsesReusable,
  };
}

async function examWithKinds() {
  const exam = await createExam();
  await createQuestion({ examId: exam.id, ...MATCHING });
  await createQuestion({ examId: exam.id, ...ORDERING });
  return exam;
}

async function roundTrip(format: QuestionFileFormat) {
  const moderator = await createUser({ role: 'moderator' });
  const source = await examWithKinds();
  const exported = exportQuestionFile(format, await loadExportQuestions(testDatabase().client, source.id));
  const { target, done } = await importIntoNewExam(moderator, format, exported.text);
  const back = await loadExportQuestions(testDatabase().client, target.id);
  return { exported, done, back, original: await loadExportQuestions(testDatabase().client, source.id) };
}

describe('matching and ordering questions through the file formats', () => {
  for (const format of ['json', 'csv'] as const) {
    it(`${format}: both kinds export and import back unchanged`, async () => {
      const { exported, done, back, original } = await roundTrip(format);
      expect(exported.problems).toEqual([]);
      expect(done.created).toBe(2);
      expect(back.map(content)).toEqual(original.map(content));
    });
  }

  it('gift: matching goes both ways (=premise -> response), ordering is refused with a reason', async () => {
    const { exported, done, back, original } = await roundTrip('gift');
    expect(exported.text).toContain('=S3 -> Stores objects');
    expect(exported.text).toContain('= -> Sends email');
    expect(exported.problems).toEqual([
      { question: expect.any(String), message: expect.stringMatching(/GIFT has no ordering questions/) },
    ]);
    expect(done.created).toBe(1);
    expect(back.map(content)).toEqual([content(original[0]!)]);
  });

  it('gift: a Moodle matching question imports with partial credit, as Moodle scores it', async () => {
    const moderator = await createUser({ role: 'moderator' });
    const target = await createExam();
    const gift = '::Capitals:: Match the capitals. {\n =France -> Paris\n =Italy -> Rome\n = -> Madrid\n}\n';
    const file = new TextEncoder().encode(gift);
    const done = await commitImport(
      moderator,
      { examId: target.id, objectiveId: target.objectiveIds[0], format: 'gift', file, asDraft: false },
      ctx(),
    );
    expect(done.created).toBe(1);
    const [question] = await loadExportQuestions(testDatabase().client, target.id);
    expect(content(question!)).toEqual({
      stem: 'Match the capitals.',
      options: [
        { text: 'France', match: 'Paris' },
        { text: 'Italy', match: 'Rome' },
        { text: 'Paris', match: undefined },
        { text: 'Rome', match: undefined },
        { text: 'Madrid', match: undefined },
      ],
      kind: 'matching',
      partialCredit: true,
      responsesReusable: false,
    });
  });

  it('aiken refuses both kinds with a clear message', async () => {
    const source = await examWithKinds();
    const result = exportQuestionFile('aiken', await loadExportQuestions(testDatabase().client, source.id));
    expect(result.exported).toBe(0);
    expect(result.problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/matching question; Aiken holds single-response multiple choice only/),
      expect.stringMatching(/ordering question; Aiken holds single-response multiple choice only/),
    ]);
  });
});
