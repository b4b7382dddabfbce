import type { SeedAccount } from '../accounts';

// Published demo passwords for local development only; production gets none of these.
export const developmentAccounts: SeedAccount[] = [
  { email: 'learner@pingtopass.dev', name: 'Dana Learner', role: 'learner', password: 'learner-demo-2026' },
  {
    email: 'moderator@pingtopass.dev',
    name: 'Morgan Moderator',
    role: 'moderator',
    password: 'moderator-demo-2026',
  },
  { email: 'admin@pingtopass.dev', name: 'Alex Admin', role: 'admin', password: 'admin-demo-2026' },
];
