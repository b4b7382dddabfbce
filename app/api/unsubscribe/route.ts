import { AppError } from '@/lib/app-error';
import { unsubscribeTokenSchema } from '@/lib/validation/email-preferences';
import { jsonRoute } from '@/server/entry/routes';
import { readUnsubscribeToken, unsubscribeWithToken } from '@/server/notifications/unsubscribe';

const MAX_BODY_BYTES = 8 * 1024;

/** RFC 8058: the mail client POSTs `List-Unsubscribe=One-Click`, form-encoded (or multipart). */
async function isOneClick(request: Request): Promise<boolean> {
  if (Number(request.headers.get('content-length') ?? 0) > MAX_BODY_BYTES) return false;
  if ((request.headers.get('content-type') ?? '').includes('form')) {
    try {
      return (await request.formData()).get('List-Unsubscribe') === 'One-Click';
    } catch {
      return false;
    }
  }
  return (await request.text()).trim() === 'List-Unsubscribe=One-Click';
}

// The List-Unsubscribe header's address. A mail client's one-click POST carries no cookie and
// no Origin of ours: the signed token is what proves the right to unsubscribe ('any' origin).
export const POST = jsonRoute(
  {
    name: 'notifications.oneClickUnsubscribe',
    access: 'public',
    origin: 'any',
    query: unsubscribeTokenSchema,
  },
  async ({ query, request, ctx }) => {
    if (!(await isOneClick(request)))
      throw new AppError(
        'invalid_input',
        'A one-click unsubscribe sends List-Unsubscribe=One-Click (RFC 8058).',
      );
    return { data: await unsubscribeWithToken(query.token, 'one_click', ctx.now) };
  },
);

// Someone who opens the header's address: the confirm page (a GET never unsubscribes, since
// link scanners open every link in an email).
export const GET = jsonRoute(
  { name: 'notifications.unsubscribeLink', access: 'public', query: unsubscribeTokenSchema },
  async ({ query, ctx }) => {
    readUnsubscribeToken(query.token, ctx.now);
    // A relative Location: right behind any proxy, whatever host the request came in as.
    const location = `/unsubscribe?token=${encodeURIComponent(query.token)}`;
    return new Response(null, { status: 303, headers: { location } });
  },
);
