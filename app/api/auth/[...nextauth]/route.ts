import NextAuth from 'next-auth';
import { publicRoute } from '@/server/entry/routes';
import { authOptions } from '@/server/auth/options';

// next-auth's own endpoints (sign-in, sign-out, session, CSRF): public by nature; next-auth
// checks its CSRF token on every POST and our rate limits run inside the credentials check.
const handler = publicRoute({ name: 'auth.nextauth' }, NextAuth(authOptions));

export { handler as GET, handler as POST };
