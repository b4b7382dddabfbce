'use client';

import { startTransition, type ReactNode } from 'react';

/**
 * A form that submits to a useActionState dispatcher WITHOUT React's automatic reset of the
 * form after an action, so nothing the user typed is lost when the server answers with an error.
 * method="post": submitted before hydration (slow phone, scripts blocked) the browser posts to
 * this page instead of putting the fields (passwords too) into a GET query string.
 */
export function ActionForm({
  dispatch,
  children,
  className,
  'aria-label': ariaLabel,
}: {
  dispatch: (data: FormData) => void;
  children: ReactNode;
  className?: string;
  'aria-label'?: string;
}) {
  return (
    <form
      method="post"
      className={className}
      aria-label={ariaLabel}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        // The submitter's name/value travel too (e.g. a confirmed "Delete" sends intent=delete).
        const data = new FormData(event.currentTarget, event.nativeEvent.submitter);
        startTransition(() => dispatch(data));
      }}
    >
      {children}
    </form>
  );
}
