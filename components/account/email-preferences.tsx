'use client';

import { useRouter } from 'next/navigation';
import { useActionState, useEffect, useState } from 'react';
import { useBrowserTimeZone } from '@/components/progress/use-browser-time-zone';
import { ActionForm } from '@/components/ui/action-form';
import { Alert } from '@/components/ui/alert';
import { SelectField } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { CONSENT_WORDING } from '@/lib/notifications/consent-wording';
import { formatHour, type EmailKind } from '@/lib/notifications/send-window';
import { saveEmailPreferencesAction } from '@/server/notifications/actions';
import type { EmailPreferencesView } from '@/server/notifications/preferences';

const HOURS = Array.from({ length: 24 }, (_, hour) => hour);
const HOUR_FIELDS = [
  { name: 'sendHour', label: 'Send at' },
  { name: 'quietStart', label: 'Quiet from' },
  { name: 'quietEnd', label: 'Quiet until' },
] as const;

function ConsentBox({
  kind,
  name,
  defaultChecked,
}: {
  kind: EmailKind;
  name: string;
  defaultChecked: boolean;
}) {
  const wording = CONSENT_WORDING[kind];
  return (
    <div className="flex gap-3">
      <input
        id={`field-${name}`}
        type="checkbox"
        name={name}
        defaultChecked={defaultChecked}
        aria-describedby={`field-${name}-wording`}
        className="mt-0.5 size-5 shrink-0 accent-brand-600"
      />
      <input type="hidden" name={`${name}Wording`} value={wording.id} />
      <div>
        <label htmlFor={`field-${name}`} className="text-sm font-medium text-slate-800">
          {wording.label}
        </label>
        <p id={`field-${name}-wording`} className="text-sm text-slate-600">
          {wording.text}
        </p>
      </div>
    </div>
  );
}

/**
 * Reminder and weekly-summary emails: off until ticked here. The wording next to each box is
 * what the consent record stores; the time zone defaults to the browser's.
 */
export function EmailPreferences({ initial, zones }: { initial: EmailPreferencesView; zones: string[] }) {
  const router = useRouter();
  const [state, dispatch, pending] = useActionState(saveEmailPreferencesAction, null);
  const browserZone = useBrowserTimeZone();
  const [chosenZone, setChosenZone] = useState(initial.timeZone);
  const zone = chosenZone ?? browserZone ?? 'UTC';
  useEffect(() => {
    if (state?.ok) router.refresh();
  }, [state, router]);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const choices = zones.includes(zone) ? zones : [zone, ...zones];
  return (
    <ActionForm dispatch={dispatch} className="space-y-5" aria-label="Email preferences">
      {state?.ok ? (
        <Alert tone="success">
          Saved.{' '}
          {state.data.dailyReminder || state.data.weeklySummary
            ? 'We will email you as chosen.'
            : 'We will not send you reminders or summaries.'}
        </Alert>
      ) : null}
      {state && !state.ok ? <Alert tone="error">{state.error}</Alert> : null}
      <fieldset className="space-y-4">
        <legend className="sr-only">Emails to receive</legend>
        <ConsentBox kind="daily_reminder" name="dailyReminder" defaultChecked={initial.dailyReminder} />
        <ConsentBox kind="weekly_summary" name="weeklySummary" defaultChecked={initial.weeklySummary} />
      </fieldset>
      <SelectField
        label="Time zone"
        name="timeZone"
        value={zone}
        onChange={(event) => setChosenZone(event.target.value)}
        error={errors.timeZone}
      >
        {choices.map((name) => (
          <option key={name} value={name}>
            {name.replaceAll('_', ' ')}
          </option>
        ))}
      </SelectField>
      <div className="grid gap-4 sm:grid-cols-3">
        {HOUR_FIELDS.map((field) => (
          <SelectField
            key={field.name}
            label={field.label}
            name={field.name}
            defaultValue={String(initial[field.name])}
            error={errors[field.name]}
          >
            {HOURS.map((hour) => (
              <option key={hour} value={hour}>
                {formatHour(hour)}
              </option>
            ))}
          </SelectField>
        ))}
      </div>
      <p className="text-xs text-slate-500">
        Times are in your time zone. No email is sent during quiet hours; the same hour for both means no
        quiet hours.
      </p>
      <SubmitButton pending={pending} pendingLabel="Saving…">
        Save email preferences
      </SubmitButton>
    </ActionForm>
  );
}
