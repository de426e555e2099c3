// A thin determinate progress bar with an accessible value (indeterminate when total is unknown).
export function ProgressBar({ done, total, label }: { done: number; total: number; label: string }) {
  const ratio = total > 0 ? Math.min(1, done / total) : 0;
  return (
    <span
      className={`progress${total > 0 ? '' : ' indeterminate'}`}
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={total > 0 ? Math.round(ratio * 100) : undefined}
    >
      <span className="progress-fill" style={{ width: `${ratio * 100}%` }} />
    </span>
  );
}
