import { matching, ordering } from '../../kind-questions';
import type { SeedQuestion } from '../../types';

/** Matching and ordering questions of the security core exam. */
export const securityKindQuestions: SeedQuestion[] = [
  matching({
    objective: '1.0',
    difficulty: 1,
    stem: 'Match each control to its category.',
    pairs: [
      ['Security guard at the door', 'Physical'],
      ['Firewall rule', 'Technical'],
      ['Acceptable use policy', 'Managerial'],
    ],
    extra: ['Compensating'],
    explanation: 'Guards are physical, firewalls technical, policies managerial (administrative).',
  }),
  matching({
    objective: '2.0',
    difficulty: 2,
    stem: 'Match each attack to its description.',
    pairs: [
      ['Phishing', 'A fraudulent email that asks for credentials'],
      ['SQL injection', 'Input that changes a database query'],
      ['Cross-site scripting', 'A script injected into a page other users see'],
      ['On-path attack', 'Intercepting traffic between two parties'],
    ],
    extra: ['Guessing passwords from a list'],
    partialCredit: true,
    explanation: 'Each attack targets a different layer: people, queries, browsers, the network path.',
  }),
  matching({
    objective: '1.0',
    difficulty: 2,
    stem: 'Match each algorithm to its type. A type may be used more than once.',
    pairs: [
      ['AES', 'Symmetric encryption'],
      ['RSA', 'Asymmetric encryption'],
      ['SHA-256', 'Hashing'],
      ['ChaCha20', 'Symmetric encryption'],
    ],
    reusable: true,
    explanation: 'AES and ChaCha20 share one key, RSA uses a key pair, SHA-256 is a one-way hash.',
  }),
  matching({
    objective: '5.0',
    difficulty: 2,
    stem: 'Match each risk response to an example.',
    pairs: [
      ['Avoid', 'Stop offering the risky service'],
      ['Transfer', 'Buy cyber insurance'],
      ['Mitigate', 'Add multifactor authentication'],
      ['Accept', 'Document the risk and do nothing more'],
    ],
    partialCredit: true,
    explanation:
      'Avoid removes the activity, transfer shifts the cost, mitigate reduces it, accept lives with it.',
  }),
  matching({
    objective: '3.0',
    difficulty: 3,
    stem: 'Match each data state to the control that protects it.',
    pairs: [
      ['Data at rest', 'Full-disk encryption'],
      ['Data in transit', 'TLS'],
      ['Data in use', 'Secure enclave'],
    ],
    extra: ['Data masking in logs'],
    explanation: 'Disks are encrypted at rest, connections with TLS, and memory in use by enclaves.',
  }),
  ordering({
    objective: '4.0',
    difficulty: 2,
    stem: 'Put the phases of incident response in order.',
    steps: [
      'Preparation',
      'Detection',
      'Analysis',
      'Containment',
      'Eradication',
      'Recovery',
      'Lessons learned',
    ],
    partialCredit: true,
    explanation: 'Prepare, detect and analyse, then contain before eradicating, recover, and learn.',
  }),
  ordering({
    objective: '4.0',
    difficulty: 2,
    stem: 'Order the volatility of evidence, most volatile first.',
    steps: [
      'CPU registers and cache',
      'Memory (RAM)',
      'Temporary files and swap',
      'Disk',
      'Archived backups',
    ],
    partialCredit: true,
    explanation: 'Collect what disappears first: registers, RAM, temporary data, then disks and archives.',
  }),
  ordering({
    objective: '5.0',
    difficulty: 1,
    stem: 'Put the steps of a risk assessment in order.',
    steps: [
      'Identify assets',
      'Identify threats and vulnerabilities',
      'Analyse likelihood and impact',
      'Choose a response',
    ],
    explanation: 'You cannot weigh a risk before you know what is at stake and what threatens it.',
  }),
  ordering({
    objective: '1.0',
    difficulty: 2,
    stem: 'Put the steps of change management in order.',
    steps: ['Request the change', 'Assess the impact', 'Approve it', 'Implement it', 'Review it'],
    explanation: 'A change is requested, assessed and approved before anyone touches production.',
  }),
  ordering({
    objective: '3.0',
    difficulty: 3,
    stem: 'Order the steps of establishing a TLS 1.3 session.',
    steps: [
      'ClientHello with key shares',
      'ServerHello with its key share',
      'Server certificate and Finished',
      'Client Finished',
      'Application data',
    ],
    explanation:
      'TLS 1.3 agrees keys in the hellos; the certificate and Finished messages are already encrypted.',
  }),
];
