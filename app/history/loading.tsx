export default function LoadingHistory() {
  return (
    <div className="space-y-6" aria-busy="true" aria-label="Loading your history">
      <div className="h-9 w-40 animate-pulse rounded bg-slate-200" />
      <div className="space-y-px overflow-hidden rounded-xl border border-slate-200 bg-white">
        {[0, 1, 2, 3, 4].map((i) => (
          <div key={i} className="h-14 animate-pulse bg-slate-50" />
        ))}
      </div>
      <p className="sr-only">Loading…</p>
    </div>
  );
}
