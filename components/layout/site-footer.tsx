export function SiteFooter() {
  return (
    <footer className="border-t border-slate-200 bg-white">
      <div className="mx-auto max-w-6xl px-4 py-6 text-sm text-slate-500 sm:px-6">
        PingToPass — original practice questions. Not affiliated with any certification vendor.
      </div>
    </footer>
  );
}
