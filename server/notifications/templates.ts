import 'server-only';
import { escapeHtml, layout, type EmailContent } from '../email/templates';

/** Where the email's unsubscribe links point (server/notifications/unsubscribe-links.ts). */
export interface UnsubscribeLinks {
  /** The confirm page, for people (the link in the email's text). */
  pageUrl: string;
  /** The RFC 8058 endpoint, for mail clients (the List-Unsubscribe header). */
  oneClickUrl: string;
  /** Where to change the time and the other kind. */
  accountUrl: string;
}

function unsubscribeParts(what: string, links: UnsubscribeLinks) {
  const why = `You get this because you asked for ${what} on your account page.`;
  return {
    text: `${why}\nUnsubscribe with one click: ${links.pageUrl}\nChange the time or time zone: ${links.accountUrl}`,
    html: `<p style="margin:24px 0 8px;color:#475569;font-size:13px">${escapeHtml(why)} <a href="${escapeHtml(links.pageUrl)}" style="color:#1f57d6">Unsubscribe</a> · <a href="${escapeHtml(links.accountUrl)}" style="color:#1f57d6">Change the time or time zone</a></p>`,
    headers: {
      'List-Unsubscribe': `<${links.oneClickUrl}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    },
  };
}

const greeting = (name: string | null) => `Hi ${name ?? 'there'},`;

export function dailyReminderEmail(
  input: { name: string | null; reviewsDue: number; reviewUrl: string },
  links: UnsubscribeLinks,
): EmailContent {
  const cards = input.reviewsDue === 1 ? '1 review is' : `${input.reviewsDue} reviews are`;
  const lines = [
    greeting(input.name),
    `${cards} due today and you have not studied yet. A few minutes now keeps what you learned from fading.`,
  ];
  const footer = unsubscribeParts('daily study reminders', links);
  return {
    subject: `${cards} due today`.replace(/^./, (c) => c.toUpperCase()),
    text: `${lines.join('\n\n')}\n\nStart reviewing: ${input.reviewUrl}\n\n${footer.text}`,
    html: layout(
      'Your reviews are waiting',
      lines,
      { label: 'Start reviewing', url: input.reviewUrl },
      footer.html,
    ),
    headers: footer.headers,
  };
}

export interface WeeklyExamLine {
  title: string;
  /** Predicted score now and at the previous summary (0–100), null when not known. */
  readinessNow: number | null;
  readinessBefore: number | null;
  passingScore: number;
  weakest: { title: string; mastery: number } | null;
  daysToExam: number | null;
}

function readinessSentence(exam: WeeklyExamLine): string {
  if (exam.readinessNow === null) return 'Readiness: not enough answers yet to predict a score.';
  const now = Math.round(exam.readinessNow);
  const pass = `(pass mark ${exam.passingScore}%)`;
  if (exam.readinessBefore === null) return `Readiness: predicted score ${now}% ${pass}.`;
  const change = now - Math.round(exam.readinessBefore);
  const moved = change === 0 ? 'no change' : change > 0 ? `up ${change} points` : `down ${-change} points`;
  return `Readiness: predicted score ${now}% ${pass}, ${moved} since last week.`;
}

function examLines(exam: WeeklyExamLine): string[] {
  const lines = [readinessSentence(exam)];
  if (exam.weakest)
    lines.push(`Weakest objective: ${exam.weakest.title} (mastery ${Math.round(exam.weakest.mastery)}%).`);
  if (exam.daysToExam !== null)
    lines.push(
      exam.daysToExam === 0
        ? 'Your exam is today. Good luck!'
        : `${exam.daysToExam} ${exam.daysToExam === 1 ? 'day' : 'days'} to your exam.`,
    );
  return [`${exam.title}`, ...lines.map((line) => `- ${line}`)];
}

export function weeklySummaryEmail(
  input: {
    name: string | null;
    weekLabel: string;
    questionsDone: number;
    exams: WeeklyExamLine[];
    dashboardUrl: string;
  },
  links: UnsubscribeLinks,
): EmailContent {
  const done = `Last week (${input.weekLabel}) you did ${input.questionsDone} ${input.questionsDone === 1 ? 'question' : 'questions'}.`;
  const blocks = input.exams.map((exam) => examLines(exam).join('\n'));
  const lines = [greeting(input.name), done, ...blocks];
  const footer = unsubscribeParts('weekly progress summaries', links);
  return {
    subject: `Your week on PingToPass: ${input.questionsDone} ${input.questionsDone === 1 ? 'question' : 'questions'}`,
    text: `${lines.join('\n\n')}\n\nSee your dashboard: ${input.dashboardUrl}\n\n${footer.text}`,
    html: layout(
      'Your weekly summary',
      lines,
      { label: 'Open my dashboard', url: input.dashboardUrl },
      footer.html,
    ),
    headers: footer.headers,
  };
}
