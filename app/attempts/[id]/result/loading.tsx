export default function LoadingResult() {
  return (
    <div className="space-y-8" aria-busy="true" aria-label="Loading the result">
      <div className="h-8 w-64 animate-pulse rounded bg-slate-200" />
      <div className="flex flex-col items-center gap-6 rounded-xl border border-slate-200 bg-white p-6 sm:flex-row">
        <div className="h-36 w-36 shrink-0 animate-pulse rounded-full bg-slate-100" />
        <div className="w-full flex-1 space-y-3">
          <div className="h-6 w-40 animate-pulse rounded bg-slate-200" />
          <div className="h-5 w-64 animate-pulse rounded bg-slate-100" />
        </div>
      </div>
      <div className="h-48 animate-pulse rounded-xl border border-slate-200 bg-white" />
      <p className="sr-only">Loading…</p>
    </div>
  );
}
