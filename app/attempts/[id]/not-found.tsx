import { ButtonLink } from '@/components/ui/button-link';
import { StatusPage } from '@/components/ui/status-page';

export default function AttemptNotFound() {
  return (
    <StatusPage
      status={404}
      title="Attempt not found"
      actions={
        <>
          <ButtonLink href="/history">Your history</ButtonLink>
          <ButtonLink href="/exams" variant="secondary">
            Browse exams
          </ButtonLink>
        </>
      }
    >
      This exam attempt does not exist, or it belongs to another account.
    </StatusPage>
  );
}
