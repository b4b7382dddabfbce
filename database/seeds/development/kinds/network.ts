import { matching, ordering } from '../../kind-questions';
import type { SeedQuestion } from '../../types';

/** Matching and ordering questions of the network associate exam. */
export const networkKindQuestions: SeedQuestion[] = [
  matching({
    objective: '1',
    difficulty: 1,
    stem: 'Match each protocol to its default port.',
    pairs: [
      ['SSH', '22'],
      ['DNS', '53'],
      ['HTTPS', '443'],
    ],
    extra: ['25', '3389'],
    explanation: 'SSH uses TCP 22, DNS 53 (UDP and TCP), HTTPS TCP 443.',
  }),
  matching({
    objective: '1',
    difficulty: 2,
    stem: 'Match each device to the OSI layer it mainly works at.',
    pairs: [
      ['Hub', 'Layer 1'],
      ['Switch', 'Layer 2'],
      ['Router', 'Layer 3'],
    ],
    extra: ['Layer 7'],
    partialCredit: true,
    explanation: 'Hubs repeat bits, switches forward frames by MAC address, routers forward packets by IP.',
  }),
  matching({
    objective: '3',
    difficulty: 2,
    stem: 'Match each routing source to its default administrative distance.',
    pairs: [
      ['Connected interface', '0'],
      ['Static route', '1'],
      ['OSPF', '110'],
      ['RIP', '120'],
    ],
    extra: ['90'],
    partialCredit: true,
    explanation: 'Lower distance is more trusted: connected 0, static 1, EIGRP 90, OSPF 110, RIP 120.',
  }),
  matching({
    objective: '4',
    difficulty: 2,
    stem: 'Match each service to what it does. A description may fit more than one service.',
    pairs: [
      ['DHCP', 'Hands out addresses'],
      ['NAT', 'Translates addresses'],
      ['PAT', 'Translates addresses'],
      ['NTP', 'Synchronises clocks'],
    ],
    reusable: true,
    explanation: 'PAT is NAT overload: both translate addresses; DHCP assigns them; NTP keeps time.',
  }),
  matching({
    objective: '5',
    difficulty: 2,
    stem: 'Match each attack to the feature that mitigates it.',
    pairs: [
      ['Rogue DHCP server', 'DHCP snooping'],
      ['ARP spoofing', 'Dynamic ARP inspection'],
      ['MAC flooding', 'Port security'],
    ],
    extra: ['BPDU guard'],
    explanation:
      'Snooping trusts only known DHCP ports, DAI checks ARP against bindings, port security limits MACs.',
  }),
  ordering({
    objective: '1',
    difficulty: 1,
    stem: 'Put the steps of the TCP three-way handshake in order.',
    steps: ['SYN', 'SYN-ACK', 'ACK'],
    explanation: 'The client sends SYN, the server answers SYN-ACK, the client confirms with ACK.',
  }),
  ordering({
    objective: '4',
    difficulty: 2,
    stem: 'Put the DHCP exchange (DORA) in order.',
    steps: ['Discover', 'Offer', 'Request', 'Acknowledge'],
    partialCredit: true,
    explanation:
      'The client discovers, servers offer, the client requests one offer, that server acknowledges.',
  }),
  ordering({
    objective: '1',
    difficulty: 2,
    stem: 'Order the OSI layers from the bottom (1) up.',
    steps: ['Physical', 'Data link', 'Network', 'Transport', 'Session', 'Presentation', 'Application'],
    partialCredit: true,
    explanation:
      'Please Do Not Throw Sausage Pizza Away: physical, data link, network, transport, session, presentation, application.',
  }),
  ordering({
    objective: '2',
    difficulty: 3,
    stem: 'Order the steps of the spanning tree election and convergence.',
    steps: [
      'Elect the root bridge',
      'Choose a root port on every other switch',
      'Choose a designated port on every segment',
      'Block the remaining ports',
    ],
    explanation:
      'The root comes first; each switch then finds its best path to it; the rest block to break loops.',
  }),
  ordering({
    objective: '6',
    difficulty: 2,
    stem: 'Put the steps of calling a REST API on a controller in order.',
    steps: [
      'Authenticate and obtain a token',
      'Send the request with the token in a header',
      'Read the status code',
      'Parse the JSON body',
    ],
    explanation:
      'Most controller APIs want a token first; a response is judged by its status before its body.',
  }),
];
