import type { SeedAccount } from '../accounts';

export const TEST_PASSWORD = 'correct-horse-test';

export const testAccounts: SeedAccount[] = [
  { email: 'learner@test.local', name: 'Test Learner', role: 'learner', password: TEST_PASSWORD },
  { email: 'other@test.local', name: 'Other Learner', role: 'learner', password: TEST_PASSWORD },
  { email: 'moderator@test.local', name: 'Test Moderator', role: 'moderator', password: TEST_PASSWORD },
  { email: 'admin@test.local', name: 'Test Admin', role: 'admin', password: TEST_PASSWORD },
  // Changed by the account e2e tests (password reset, promotion): other tests must not rely on them.
  { email: 'reset-me@test.local', name: 'Reset Me', role: 'learner', password: TEST_PASSWORD },
  { email: 'promote-me@test.local', name: 'Promote Me', role: 'learner', password: TEST_PASSWORD },
  { email: 'sign-out-everywhere@test.local', name: 'Many Devices', role: 'learner', password: TEST_PASSWORD },
];
