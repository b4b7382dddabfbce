import type { SeedCaseStudy } from '../types';

/** One case study per development exam (issue 20): a scenario and the questions that refer to it. */

export const cloudCase: SeedCaseStudy = {
  title: 'Contoso Retail migrates its web shop',
  scenario: `## Overview

Contoso Retail runs its web shop on six virtual machines in one on-premises data centre. Sales
triple during a two-week holiday season, and last year the shop went down twice under load.

## Current environment

- A web tier of four VMs behind a hardware load balancer.
- One MySQL server with a nightly backup copied to tape.
- Product images (2 TB) on a shared network drive.

## Requirements

1. The shop must stay up if one data centre (availability zone) fails.
2. The web tier must grow and shrink with demand without an operator.
3. Customer payment data must be encrypted at rest with keys the company can rotate.
4. Spend outside the holiday season must drop compared to today.`,
  exhibits: [
    {
      kind: 'table',
      title: 'Web shop load last year',
      header: ['Period', 'Peak orders per hour', 'Web VMs busy'],
      rows: [
        ['January–October', '300', '1 of 4'],
        ['November', '650', '2 of 4'],
        ['Holiday season', '2,100', '4 of 4 (outages)'],
      ],
    },
  ],
  questions: [
    {
      objective: '2',
      difficulty: 2,
      stem: 'Which design for the database meets requirement 1 with the least operational effort?',
      options: [
        { text: 'A managed relational database deployed across two availability zones', correct: true },
        { text: 'A MySQL server on one VM with hourly snapshots' },
        { text: 'Two MySQL VMs in one zone with manual failover' },
        { text: 'Nightly exports of the database to object storage' },
      ],
      explanation:
        'A managed multi-AZ deployment keeps a synchronous standby in another zone and fails over automatically. Snapshots and exports lose data and need a manual restore; two VMs in one zone do not survive a zone failure.',
    },
    {
      objective: '3',
      difficulty: 2,
      stem: 'How should the web tier meet requirement 2?',
      options: [
        { text: 'An auto scaling group across two zones behind an application load balancer', correct: true },
        { text: 'Eight large VMs sized for the holiday peak all year' },
        { text: 'A scheduled script that starts extra VMs every December' },
        { text: 'One very large VM with vertical scaling' },
      ],
      explanation:
        'An auto scaling group adds and removes instances on demand metrics with no operator, and spreading it across zones also serves requirement 1. Static peak sizing wastes money; scripts and a single VM do not react to real demand.',
    },
    {
      objective: '1',
      difficulty: 2,
      stem: 'Which option satisfies requirement 3 for the payment data?',
      options: [
        {
          text: 'Encrypt the database storage with a customer managed key in the key management service',
          correct: true,
        },
        { text: 'Store the payment data in a private subnet' },
        { text: 'Enable TLS between the web tier and the database only' },
        { text: 'Hash the payment data with MD5 before storing it' },
      ],
      explanation:
        'A customer managed key encrypts the data at rest and can be rotated by the company. A private subnet limits network access but does not encrypt; TLS protects data in transit; MD5 is not encryption and cannot be reversed for payments.',
    },
    {
      objective: '4',
      difficulty: 1,
      stem: 'Which change best serves requirement 4 for the 2 TB of product images?',
      options: [
        { text: 'Move them to object storage and serve them through a CDN', correct: true },
        { text: 'Keep them on a larger network drive attached to every web VM' },
        { text: 'Copy them onto each web VM’s local disk' },
        { text: 'Store them as BLOBs in the relational database' },
      ],
      explanation:
        'Object storage is billed by what is stored and a CDN takes load off the web tier, so cost follows use. Shared drives and local copies are provisioned for the peak; BLOBs in the database make the most expensive tier larger.',
    },
  ],
};

export const securityCase: SeedCaseStudy = {
  title: 'Fabrikam Health after a phishing incident',
  scenario: `## Background

Fabrikam Health is a clinic group with 400 staff. Last month an employee entered their password on
a fake sign-in page; the attacker read patient email for two days before anyone noticed.

## Findings

- Staff sign in with a password only; many reuse it on other sites.
- Email and file servers log sign-ins, but nobody reviews the logs.
- Laptops are encrypted; USB storage is allowed.

## Goals

- Stop a stolen password alone from giving access.
- Detect a similar intrusion within hours, not days.
- Keep patient records confidential as regulations require.`,
  exhibits: [
    {
      kind: 'code',
      title: 'Mail server sign-in log',
      language: 'log',
      text: [
        '2026-03-02 08:14:09 user=j.doe ip=10.1.4.22 result=success method=password',
        '2026-03-02 08:41:55 user=j.doe ip=185.220.101.7 result=success method=password',
        '2026-03-02 08:42:30 user=j.doe ip=185.220.101.7 action=export-mailbox items=1840',
        '2026-03-03 22:05:12 user=j.doe ip=185.220.101.7 result=success method=password',
      ].join('\n'),
    },
  ],
  questions: [
    {
      objective: '4.0',
      difficulty: 1,
      stem: 'Which control most directly stops a stolen password alone from giving access?',
      options: [
        { text: 'Multifactor authentication for every sign-in', correct: true },
        { text: 'A password expiry of 30 days' },
        { text: 'Longer minimum password length' },
        { text: 'Security awareness posters' },
      ],
      explanation:
        'MFA requires a second factor the attacker does not have. Expiry, length and posters make passwords harder to guess or to give away, but a password already stolen still works on its own.',
    },
    {
      objective: '4.0',
      difficulty: 2,
      stem: 'Which solution best meets the goal of detecting an intrusion within hours?',
      options: [
        {
          text: 'Send sign-in logs to a SIEM with alerts on impossible travel and new devices',
          correct: true,
        },
        { text: 'Keep the logs for seven years' },
        { text: 'Review the logs at the end of each quarter' },
        { text: 'Turn off logging to save storage' },
      ],
      explanation:
        'A SIEM correlates events as they arrive and alerts on suspicious sign-ins. Retention alone and quarterly reviews find an intrusion months late.',
    },
    {
      objective: '2.0',
      difficulty: 2,
      stem: 'The fake sign-in page was reached through an email link. What type of attack was this?',
      options: [
        { text: 'Credential phishing', correct: true },
        { text: 'SQL injection' },
        { text: 'Denial of service' },
        { text: 'Privilege escalation' },
      ],
      explanation:
        'A deceptive email leading to a fake sign-in page that harvests passwords is credential phishing. The other attacks target applications, availability or permissions, not the user.',
    },
  ],
};

export const networkCase: SeedCaseStudy = {
  title: 'Northwind branch office network',
  scenario: `## Site

Northwind Traders opens a branch with 60 employees, a guest Wi-Fi and five IP cameras. The branch
connects to head office over one internet link.

## Design decisions so far

| Segment | VLAN | Subnet |
| --- | --- | --- |
| Staff | 10 | 10.20.10.0/24 |
| Guests | 20 | 10.20.20.0/24 |
| Cameras | 30 | 10.20.30.0/27 |

## Requirements

- Guests reach the internet but nothing internal.
- Staff get addresses automatically.
- The link to head office must be encrypted.`,
  exhibits: [
    {
      kind: 'code',
      title: 'Branch switch VLAN table',
      language: 'text',
      text: [
        'VLAN  Name      Status  Ports',
        '10    STAFF     active  Gi1/0/1-40',
        '20    GUEST     active  Gi1/0/41-44',
        '30    CAMERAS   active  Gi1/0/45-48',
      ].join('\n'),
    },
  ],
  questions: [
    {
      objective: '5',
      difficulty: 2,
      stem: 'How should the guest requirement be enforced?',
      options: [
        {
          text: 'An ACL on the VLAN 20 interface that denies internal subnets and permits the rest',
          correct: true,
        },
        { text: 'A different SSID name for guests' },
        { text: 'A longer Wi-Fi password' },
        { text: 'Putting guests in VLAN 10' },
      ],
      explanation:
        'Only a filter between the guest VLAN and the internal subnets stops guest traffic to them. An SSID name or password does not restrict where traffic goes, and VLAN 10 is the staff network.',
    },
    {
      objective: '4',
      difficulty: 1,
      stem: 'Which service gives staff addresses automatically?',
      options: [
        { text: 'DHCP with a scope for 10.20.10.0/24', correct: true },
        { text: 'DNS' },
        { text: 'NTP' },
        { text: 'SNMP' },
      ],
      explanation:
        'DHCP leases addresses from a scope. DNS resolves names, NTP sets clocks and SNMP monitors devices.',
    },
    {
      objective: '1',
      difficulty: 2,
      stem: 'How many usable host addresses does the camera subnet provide?',
      options: [{ text: '30', correct: true }, { text: '32' }, { text: '14' }, { text: '62' }],
      explanation: 'A /27 has 32 addresses; minus the network and broadcast addresses, 30 are usable.',
    },
    {
      objective: '3',
      difficulty: 3,
      stem: 'Which technology meets the requirement for the link to head office?',
      options: [
        { text: 'A site-to-site IPsec VPN', correct: true },
        { text: 'A GRE tunnel without encryption' },
        { text: 'A static route over the internet link' },
        { text: 'Port forwarding on the branch firewall' },
      ],
      explanation:
        'IPsec encrypts and authenticates the traffic between the sites. Plain GRE, a route or port forwarding send it in clear text.',
    },
  ],
};
