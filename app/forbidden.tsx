import { ButtonLink } from '@/components/ui/button-link';

export default function Forbidden() {
  return (
    <div className="mx-auto max-w-md py-16 text-center">
      <p className="text-sm font-semibold text-brand-600">403</p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">You do not have access</h1>
      <p className="mt-3 text-slate-600">
        This page is for moderators or admins. If you need access, ask an admin to change your role.
      </p>
      <div className="mt-6">
        <ButtonLink href="/">Back to home</ButtonLink>
      </div>
    </div>
  );
}
