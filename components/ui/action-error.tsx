/**
 * The error of a server action, next to the control that ran it, announced to screen readers.
 * Nothing while the action has not failed. The className sets size and place (default: small red text).
 */
export function ActionError({
  state,
  className = 'text-xs text-red-600',
}: {
  state: { ok: boolean; error?: string } | null;
  className?: string;
}) {
  if (!state || state.ok) return null;
  return (
    <p role="alert" className={className}>
      {state.error}
    </p>
  );
}
