import { describe, expect, it } from 'vitest';
import { testDatabase } from '../../helpers/database';

// An SMTP server that refuses connections: port 9 (discard) on loopback is closed here.
process.env.SMTP_URL = 'smtp://127.0.0.1:9';

describe('email outbox with a failing SMTP server', () => {
  it('keeps a failed email with its error and retries it later; nothing is lost', async () => {
    const { queueEmailStatement, deliverPendingEmails } = await import('@/server/email/outbox');
    const { verificationEmail } = await import('@/server/email/templates');
    const { client } = testDatabase();
    await queueEmailStatement(
      'someone@example.com',
      verificationEmail('Someone', 'http://localhost/verify-email?token=x'),
      Date.now(),
    );

    const first = await deliverPendingEmails();
    expect(first).toEqual({ sent: 0, failed: 1 });
    const row = await client.execute(
      "SELECT status, attempts, last_error FROM email_outbox WHERE to_address = 'someone@example.com'",
    );
    expect(row.rows[0]).toMatchObject({ status: 'failed', attempts: 1 });
    expect(String(row.rows[0]?.last_error)).toMatch(/ECONNREFUSED|connect/i);

    await deliverPendingEmails();
    const again = await client.execute(
      "SELECT status, attempts FROM email_outbox WHERE to_address = 'someone@example.com'",
    );
    expect(again.rows[0]).toMatchObject({ status: 'failed', attempts: 2 });
  });
});
