'use client';

import { startTransition, type ReactNode } from 'react';

/**
 * A form that submits to a useActionState dispatcher WITHOUT React's automatic reset of the
 * form after an action, so nothing the user typed is lost when the server answers with an error.
 */
export function ActionForm({ dispatch, children, className, 'aria-label': ariaLabel }: { dispatch: (data: FormData) => void; children: ReactNode; className?: string; 'aria-label'?: string }) {
  return (
    <form
      className={className}
      aria-label={ariaLabel}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        startTransition(() => dispatch(data));
      }}
    >
      {children}
    </form>
  );
}
