import { describe, expect, it } from 'vitest';
import { changePasswordSchema } from '@/lib/validation/auth';

// The fuzz tests' counterexample: zod's own English message for it threw a TypeError.
function craftedObject(): unknown {
  const name = Object.create(null) as Record<string, unknown>;
  return Object.assign(Object.create(null) as object, { constructor: { name } });
}

describe('zod messages for crafted input', () => {
  it('gives an error, not a crash, for a null-prototype object with a crafted constructor', () => {
    const parsed = changePasswordSchema.safeParse({
      currentPassword: 'x',
      newPassword: craftedObject(),
      confirm: craftedObject(),
    });
    expect(parsed.success).toBe(false);
    const messages = parsed.error!.issues.map((issue) => issue.message);
    expect(messages.length).toBeGreaterThan(0);
    expect(messages.every((m) => typeof m === 'string' && m.length > 0)).toBe(true);
  });
});
