import { ButtonLink } from '@/components/ui/button-link';
import { StatusPage } from '@/components/ui/status-page';

export default function Forbidden() {
  return (
    <StatusPage
      status={403}
      title="You do not have access"
      actions={<ButtonLink href="/">Back to home</ButtonLink>}
    >
      This page is for moderators or admins. If you need access, ask an admin to change your role.
    </StatusPage>
  );
}
