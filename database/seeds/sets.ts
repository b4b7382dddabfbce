import type { DatabaseEnv } from '../config';
import { demoAccountsSet } from './accounts';
import { catalogSet } from './catalog';
import { developmentAccounts } from './development/accounts';
import { cloudArchitectAssociate } from './development/exams/cloud-architect-associate';
import { networkAssociate } from './development/exams/network-associate';
import { securityCore } from './development/exams/security-core';
import { productionAdminSet } from './production-admin';
import type { SeedSet } from './seed-set';
import { testAccounts } from './test/accounts';
import { caseExam, kindsExam, quickExam, testExam } from './test/exams';

/** The data sets each environment gets, in the order they are applied. */
export function seedSetsFor(env: DatabaseEnv): SeedSet[] {
  switch (env) {
    case 'development':
      return [
        catalogSet('development-catalog', [cloudArchitectAssociate, securityCore, networkAssociate]),
        demoAccountsSet('development-accounts', developmentAccounts),
      ];
    case 'test':
      return [
        catalogSet('test-catalog', [testExam, quickExam, kindsExam, caseExam]),
        demoAccountsSet('test-accounts', testAccounts),
      ];
    case 'staging':
    case 'production':
      return [productionAdminSet];
  }
}
