import { Field } from '@/components/ui/field';

/**
 * The new password and its repetition, as every form that sets a password asks for them (the
 * browser's password manager recognises the pair by `autoComplete="new-password"`).
 */
export function NewPasswordFields({
  name,
  errors,
}: {
  /** The form field of the new password (the repetition is always `confirm`). */
  name: string;
  errors: Record<string, string | undefined>;
}) {
  return (
    <>
      <Field
        label="New password"
        name={name}
        type="password"
        autoComplete="new-password"
        required
        hint="At least 8 characters."
        error={errors[name]}
      />
      <Field
        label="Repeat new password"
        name="confirm"
        type="password"
        autoComplete="new-password"
        required
        error={errors.confirm}
      />
    </>
  );
}
