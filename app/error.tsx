'use client';

export default function ErrorPage({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <div className="mx-auto max-w-md py-16 text-center" role="alert">
      {/* A client error boundary cannot export metadata; React 19 hoists this <title> into <head>. */}
      <title>Something went wrong · PingToPass</title>
      <h1 className="text-2xl font-bold tracking-tight">Something went wrong</h1>
      <p className="mt-3 text-slate-600">
        The page could not be loaded. Nothing you entered was lost; try again in a moment.
      </p>
      {error.digest ? (
        <p className="mt-2 font-mono text-xs text-slate-500">Reference: {error.digest}</p>
      ) : null}
      <button
        type="button"
        onClick={reset}
        className="mt-6 rounded-lg bg-brand-600 px-4 py-2.5 text-sm font-semibold text-white hover:bg-brand-700"
      >
        Try again
      </button>
    </div>
  );
}
