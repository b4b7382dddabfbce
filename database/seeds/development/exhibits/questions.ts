import type { SeedQuestion } from '../../types';

/** Development questions with exhibits (issue 20): an image, a table and a log/config block. */

export const networkExhibitQuestions: SeedQuestion[] = [
  {
    objective: '3',
    difficulty: 2,
    stem: 'Refer to the exhibits. Host A cannot reach host B, although both switches show their links up. Using the router log, what is the most likely cause?',
    exhibits: [
      {
        kind: 'image',
        title: 'Topology',
        alt: 'A router (blue) at the top connects to two switches (green). Host A (red) hangs off the left switch, host B (amber) off the right switch.',
        image: 'topology',
      },
      {
        kind: 'code',
        title: 'Router log',
        language: 'log',
        text: [
          '%LINK-3-UPDOWN: Interface GigabitEthernet0/0, changed state to up',
          '%LINK-3-UPDOWN: Interface GigabitEthernet0/1, changed state to up',
          '%LINEPROTO-5-UPDOWN: Line protocol on Interface GigabitEthernet0/1, changed state to up',
          '%IP-4-DUPADDR: Duplicate address 10.0.2.1 on GigabitEthernet0/1, sourced by 0050.56ab.12cd',
          '%SYS-5-CONFIG_I: Configured from console by admin on vty0 (10.0.1.10)',
        ].join('\n'),
      },
    ],
    options: [
      {
        text: 'Another device on the right-hand segment uses the router’s own gateway address.',
        correct: true,
      },
      { text: 'The left switch port is administratively down.' },
      { text: 'The router has no route to 10.0.1.0/24.' },
      { text: 'Spanning tree blocks the router’s uplink to the right switch.' },
    ],
    explanation:
      'The `%IP-4-DUPADDR` line says another MAC address answers for 10.0.2.1, the gateway of host B’s segment: traffic for the gateway goes to the wrong device. The links and line protocols are up, so it is not a port or spanning-tree problem.',
  },
  {
    objective: '3',
    difficulty: 2,
    stem: 'Refer to the routing table in the exhibit. Which next hop does the router use for a packet to 172.16.5.20?',
    exhibits: [
      {
        kind: 'table',
        title: 'Routing table',
        header: ['Prefix', 'Next hop', 'Interface', 'Source'],
        rows: [
          ['0.0.0.0/0', '203.0.113.1', 'Gi0/0', 'static'],
          ['172.16.0.0/16', '10.0.0.2', 'Gi0/1', 'OSPF'],
          ['172.16.4.0/22', '10.0.0.6', 'Gi0/2', 'OSPF'],
          ['172.16.5.0/24', '10.0.0.10', 'Gi0/3', 'EIGRP'],
          ['172.16.5.16/28', '10.0.0.14', 'Gi0/4', 'static'],
        ],
      },
    ],
    options: [
      { text: '10.0.0.14', correct: true },
      { text: '10.0.0.10' },
      { text: '10.0.0.6' },
      { text: '203.0.113.1' },
    ],
    explanation:
      'The longest matching prefix wins: 172.16.5.20 falls inside 172.16.5.16/28 (172.16.5.16–31), more specific than the /24, /22 and /16 routes, so the next hop is 10.0.0.14.',
  },
];

export const cloudExhibitQuestions: SeedQuestion[] = [
  {
    objective: '3',
    difficulty: 2,
    stem: 'Refer to the exhibits: the chart shows requests per hour from 06:00 to 17:00 (the red bar is 14:00) and the table the current Auto Scaling settings. Which change keeps latency low at the daily peak at the lowest cost?',
    exhibits: [
      {
        kind: 'image',
        title: 'Requests per hour',
        alt: 'Bar chart of requests per hour from 06:00 to 17:00: traffic rises steadily through the morning, peaks at 14:00 (the tallest bar, in red) and falls off in the late afternoon.',
        image: 'traffic-chart',
      },
      {
        kind: 'table',
        title: 'Auto Scaling group',
        header: ['Setting', 'Value'],
        rows: [
          ['Minimum capacity', '2'],
          ['Maximum capacity', '4'],
          ['Scaling policy', 'Target tracking, CPU 70%'],
          ['Instance warm-up', '300 s'],
        ],
      },
      {
        kind: 'code',
        title: 'Scheduled action (draft)',
        language: 'json',
        text: '{\n  "ScheduledActionName": "afternoon-peak",\n  "Recurrence": "30 12 * * *",\n  "MinSize": 4,\n  "MaxSize": 8\n}',
      },
    ],
    options: [
      {
        text: 'Add the scheduled action to raise capacity before the afternoon peak, keeping target tracking.',
        correct: true,
      },
      { text: 'Raise the minimum capacity to 8 for the whole day.' },
      { text: 'Lower the CPU target to 20%.' },
      { text: 'Replace target tracking with a simple scaling policy.' },
    ],
    explanation:
      'The peak is predictable, so a scheduled action adds capacity ahead of it while target tracking handles the rest. A minimum of 8 all day pays for idle instances; a 20% target over-provisions at every hour.',
  },
];
