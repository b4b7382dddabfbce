export function ShortcutsHelp({ practice }: { practice: boolean }) {
  const rows: [string, string][] = [
    ['1–9 or A–E', 'Choose an option'],
    ['Shift + 1–9 or A–E', 'Strike out an option'],
    ['N / P', 'Next / previous question'],
    ['F', 'Flag for review'],
  ];
  if (practice) rows.push(['Enter', 'Check the answer']);
  return (
    <details className="group rounded-xl border border-slate-200 bg-white p-4 text-sm shadow-sm">
      <summary className="cursor-pointer font-semibold text-slate-900 marker:text-slate-500">
        Keyboard shortcuts
      </summary>
      <dl className="mt-3 space-y-1.5">
        {rows.map(([keys, what]) => (
          <div key={keys} className="flex items-center justify-between gap-3">
            <dt>
              <kbd className="rounded border border-slate-300 bg-slate-50 px-1.5 py-0.5 font-mono text-xs text-slate-700">
                {keys}
              </kbd>
            </dt>
            <dd className="text-right text-slate-700">{what}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
