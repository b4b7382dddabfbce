import { matching, ordering } from '../../kind-questions';
import type { SeedQuestion } from '../../types';

/** Matching and ordering questions of the cloud architect exam. */
export const cloudKindQuestions: SeedQuestion[] = [
  matching({
    objective: '3',
    difficulty: 1,
    stem: 'Match each storage need to the service that fits it best.',
    pairs: [
      ['Objects served to the internet', 'Amazon S3'],
      ['Block storage for one EC2 instance', 'Amazon EBS'],
      ['A file system shared by many Linux instances', 'Amazon EFS'],
    ],
    extra: ['Amazon S3 Glacier Deep Archive'],
    explanation: 'S3 stores objects, EBS gives an instance block volumes, EFS is a shared NFS file system.',
  }),
  matching({
    objective: '1',
    difficulty: 2,
    stem: 'Match each security task to the service that performs it.',
    pairs: [
      ['Create and rotate encryption keys', 'AWS KMS'],
      ['Store database passwords with rotation', 'AWS Secrets Manager'],
      ['Filter web requests by rule', 'AWS WAF'],
      ['Detect threats from account activity', 'Amazon GuardDuty'],
    ],
    extra: ['Amazon Inspector'],
    partialCredit: true,
    explanation:
      'KMS manages keys, Secrets Manager rotates secrets, WAF filters HTTP, GuardDuty detects threats.',
  }),
  matching({
    objective: '2',
    difficulty: 2,
    stem: 'Match each recovery strategy to its typical recovery time.',
    pairs: [
      ['Backup and restore', 'Hours'],
      ['Pilot light', 'Tens of minutes'],
      ['Multi-site active/active', 'Near zero'],
    ],
    extra: ['Weeks'],
    explanation:
      'The more is kept running in the second Region, the faster the recovery and the higher the cost.',
  }),
  matching({
    objective: '4',
    difficulty: 2,
    stem: 'Match each workload to the EC2 purchase option that costs least for it.',
    pairs: [
      ['Steady 24/7 use for three years', 'Savings Plans or Reserved Instances'],
      ['Fault-tolerant batch jobs that can stop', 'Spot Instances'],
      ['A short, unpredictable test', 'On-Demand Instances'],
    ],
    explanation: 'Commitments pay for steady use, Spot for interruptible work, On-Demand for short unknowns.',
  }),
  matching({
    objective: '3',
    difficulty: 3,
    stem: 'Match each database need to the service. A service may fit more than one need.',
    pairs: [
      ['Single-digit millisecond key-value reads at any scale', 'Amazon DynamoDB'],
      ['A MySQL-compatible relational database with fast failover', 'Amazon Aurora'],
      ['Session data shared by web servers', 'Amazon ElastiCache'],
      ['Shopping carts keyed by user id', 'Amazon DynamoDB'],
    ],
    extra: ['Amazon Redshift'],
    reusable: true,
    partialCredit: true,
    explanation:
      'DynamoDB serves key-value access patterns, Aurora relational ones, ElastiCache in-memory caching.',
  }),
  ordering({
    objective: '2',
    difficulty: 2,
    stem: 'Put the steps of a pilot-light failover in order.',
    steps: [
      'Detect the failure of the primary Region',
      'Promote the replica database in the recovery Region',
      'Scale out the application servers from their images',
      'Switch DNS to the recovery Region',
    ],
    explanation: 'The data tier comes up first, then the compute that needs it, then traffic moves.',
  }),
  ordering({
    objective: '1',
    difficulty: 1,
    stem: 'Order the evaluation of an IAM request, from first to last.',
    steps: ['Deny by default', 'Apply any explicit deny', 'Apply an explicit allow'],
    explanation:
      'Everything starts denied; an explicit deny always wins; otherwise an explicit allow grants.',
  }),
  ordering({
    objective: '3',
    difficulty: 2,
    stem: 'Put the path of a request to a static website behind CloudFront in order.',
    steps: ['Route 53 resolves the name', 'CloudFront edge location', 'S3 bucket origin'],
    partialCredit: true,
    explanation: 'DNS sends the viewer to the nearest edge, which fetches from the origin on a miss.',
  }),
  ordering({
    objective: '4',
    difficulty: 1,
    stem: 'Order these S3 storage classes from highest to lowest storage price.',
    steps: ['S3 Standard', 'S3 Standard-IA', 'S3 Glacier Flexible Retrieval', 'S3 Glacier Deep Archive'],
    partialCredit: true,
    explanation: 'Cheaper storage classes trade price for retrieval time and retrieval fees.',
  }),
  ordering({
    objective: '2',
    difficulty: 3,
    stem: 'Put the steps of a blue/green deployment in order.',
    steps: [
      'Deploy the new version to the green environment',
      'Run tests against green',
      'Shift traffic from blue to green',
      'Keep blue until green is proven, then retire it',
    ],
    explanation:
      'Green is built and tested beside blue; traffic moves only once it passes; blue is the rollback.',
  }),
];
