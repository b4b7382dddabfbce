import type { SeedAccount } from '../accounts';

export const TEST_PASSWORD = 'correct-horse-test';

export const testAccounts: SeedAccount[] = [
  { email: 'learner@test.local', name: 'Test Learner', role: 'learner', password: TEST_PASSWORD },
  { email: 'other@test.local', name: 'Other Learner', role: 'learner', password: TEST_PASSWORD },
  { email: 'moderator@test.local', name: 'Test Moderator', role: 'moderator', password: TEST_PASSWORD },
  { email: 'admin@test.local', name: 'Test Admin', role: 'admin', password: TEST_PASSWORD },
];
