let sequence = 0;
/** A short suffix unique within the worker, for slugs, codes and stems. */
export function unique(): string {
  sequence += 1;
  return `${process.pid.toString(36)}${sequence}`;
}
