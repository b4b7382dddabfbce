/**
 * The zones a learner can choose: every IANA zone this runtime knows, UTC included. The page
 * adds the browser's own name when the list spells it differently (Asia/Calcutta vs Kolkata).
 */
export function timeZoneChoices(): string[] {
  const zones = Intl.supportedValuesOf('timeZone');
  return zones.includes('UTC') ? zones : ['UTC', ...zones];
}
