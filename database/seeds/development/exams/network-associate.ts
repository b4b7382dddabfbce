import type { SeedExam } from '../../types';
import { networkExhibitQuestions } from '../exhibits/questions';
import { networkCase } from '../cases';
import { networkKindQuestions } from '../kinds/network';

/**
 * NET-200 Network Engineering Associate (fictional vendor: Meridian Networks Academy).
 * Original practice content in the style of associate-level networking exams.
 */
export const networkAssociate: SeedExam = {
  slug: 'network-associate',
  code: 'NET-200',
  title: 'Network Engineering Associate',
  vendor: 'Meridian Networks Academy',
  description:
    'The NET-200 Network Engineering Associate exam validates the skills needed to install, configure, operate and troubleshoot small to medium-sized enterprise networks. It covers network fundamentals, switching and wireless access, IPv4 and IPv6 routing, core IP services, security fundamentals and the basics of network automation and programmability.',
  durationMinutes: 120,
  questionCount: 60,
  passingScore: 70,
  objectives: [
    { code: '1', title: 'Network Fundamentals', weight: 20 },
    { code: '2', title: 'Network Access', weight: 20 },
    { code: '3', title: 'IP Connectivity', weight: 25 },
    { code: '4', title: 'IP Services', weight: 10 },
    { code: '5', title: 'Security Fundamentals', weight: 15 },
    { code: '6', title: 'Automation and Programmability', weight: 10 },
  ],
  questions: [
    // ───────────────────────── 1. Network Fundamentals ─────────────────────────
    {
      objective: '1',
      difficulty: 1,
      stem: 'A branch router receives a packet, examines the destination IP address, consults its routing table and forwards the packet out of a different interface. At which OSI layer is the router making this forwarding decision?',
      options: [
        { text: 'Layer 2 – Data Link' },
        { text: 'Layer 3 – Network', correct: true },
        { text: 'Layer 4 – Transport' },
        { text: 'Layer 1 – Physical' },
      ],
      explanation:
        'Routers forward packets based on logical (IP) addresses, which is a Network layer (Layer 3) function. Layer 2 devices such as switches forward frames using MAC addresses, Layer 4 deals with end-to-end segments and port numbers, and Layer 1 only handles bit transmission over the medium.',
    },
    {
      objective: '1',
      difficulty: 1,
      stem: 'While reviewing a packet capture, a technician expands a protocol data unit that contains a destination MAC address, a source MAC address, an EtherType field and a Frame Check Sequence trailer. What is the correct name for this PDU?',
      options: [
        { text: 'Frame', correct: true },
        { text: 'Segment' },
        { text: 'Packet' },
        { text: 'Datagram' },
      ],
      explanation:
        'MAC addresses and an FCS trailer are added during Data Link layer encapsulation, and the Layer 2 PDU is called a frame. A packet is the Layer 3 PDU carrying IP addresses, while a segment (TCP) or datagram (UDP) is the Layer 4 PDU carrying port numbers.',
    },
    {
      objective: '1',
      difficulty: 2,
      stem: 'A developer is deciding whether a new telemetry application should use TCP or UDP. Which two statements correctly describe UDP? (Choose two.)',
      options: [
        {
          text: 'UDP is connectionless and does not perform a handshake before sending data.',
          correct: true,
        },
        { text: 'UDP uses a sliding window to provide flow control.' },
        { text: 'UDP guarantees in-order delivery by using sequence numbers.' },
        { text: 'The UDP header is a fixed 8 bytes long.', correct: true },
        { text: 'UDP retransmits segments that are not acknowledged.' },
      ],
      explanation:
        'UDP is a lightweight, connectionless protocol with a fixed 8-byte header (source port, destination port, length and checksum). Windowing, sequence numbers, acknowledgments and retransmission are all TCP features; UDP leaves reliability to the application, which is why it suits latency-sensitive traffic.',
      references: [
        { title: 'RFC 768 – User Datagram Protocol', url: 'https://www.rfc-editor.org/rfc/rfc768' },
      ],
    },
    {
      objective: '1',
      difficulty: 2,
      stem: `Users connected through SW2 complain of very slow file transfers to a server on SW1. The engineer runs the following command on SW2, on the link that connects to SW1. SW1's end of the link is hard-coded with speed 100 and duplex full.

\`\`\`
SW2# show interfaces GigabitEthernet0/24
GigabitEthernet0/24 is up, line protocol is up (connected)
  Hardware is Gigabit Ethernet, address is 00a7.42c1.9a18 (bia 00a7.42c1.9a18)
  MTU 1500 bytes, BW 100000 Kbit/sec, DLY 100 usec,
  Half-duplex, 100Mb/s, media type is 10/100/1000BaseTX
  ...
     0 input errors, 0 CRC, 0 frame, 0 overrun, 0 ignored
     0 watchdog, 0 multicast, 0 pause input
     18433 output errors, 4120 collisions, 2 interface resets
     0 unknown protocol drops
     0 babbles, 3972 late collision, 0 deferred
\`\`\`

What is the most likely cause of the problem?`,
      options: [
        { text: 'The cable between the switches is too long, causing excessive CRC errors on SW2.' },
        {
          text: 'SW2 is auto-negotiating and has fallen back to half duplex, creating a duplex mismatch with SW1.',
          correct: true,
        },
        { text: 'Spanning tree is blocking GigabitEthernet0/24, so frames are being dropped.' },
        { text: 'The interface MTU on SW2 is smaller than the MTU on SW1.' },
      ],
      explanation:
        'When one side is hard-coded and the other auto-negotiates, the negotiating side cannot learn the duplex setting and falls back to half duplex at 10/100 speeds; the half-duplex side then records collisions and, characteristically, late collisions. The output shows zero CRC errors on SW2, so a cabling problem is not indicated here, and an STP-blocked port would not report heavy collision counters. The MTU shown is the default 1500 bytes and MTU mismatches do not produce collisions.',
    },
    {
      objective: '1',
      difficulty: 1,
      stem: 'A network administrator is auditing an address plan to confirm that only RFC 1918 private addresses are used internally. Which of the following addresses is an RFC 1918 private address?',
      options: [
        { text: '172.32.10.5' },
        { text: '192.169.1.20' },
        { text: '100.64.8.1' },
        { text: '172.20.14.5', correct: true },
      ],
      explanation:
        'RFC 1918 reserves 10.0.0.0/8, 172.16.0.0/12 (172.16.0.0–172.31.255.255) and 192.168.0.0/16, so 172.20.14.5 is private. 172.32.10.5 falls just outside the /12 range and 192.169.1.20 is outside 192.168.0.0/16. 100.64.0.0/10 is the shared address space for carrier-grade NAT defined in RFC 6598, not an RFC 1918 block.',
      references: [
        {
          title: 'RFC 1918 – Address Allocation for Private Internets',
          url: 'https://www.rfc-editor.org/rfc/rfc1918',
        },
      ],
    },
    {
      objective: '1',
      difficulty: 2,
      stem: 'A host is configured with the address 10.44.97.130/27. What is the broadcast address of the subnet to which this host belongs?',
      options: [
        { text: '10.44.97.127' },
        { text: '10.44.97.143' },
        { text: '10.44.97.159', correct: true },
        { text: '10.44.97.191' },
      ],
      explanation:
        'A /27 mask is 255.255.255.224, giving a block size of 32 in the fourth octet (subnets .0, .32, .64, .96, .128, .160 …). The host .130 lies in the 10.44.97.128 subnet, whose range ends at .159, so 10.44.97.159 is the broadcast address. 10.44.97.143 would be correct for a /28, 10.44.97.191 for a /26, and .127 is the broadcast of the previous /27 subnet.',
    },
    {
      objective: '1',
      difficulty: 2,
      stem: 'An engineer must divide 192.168.40.0/24 into at least 12 equal-sized subnets, and each subnet must support at least 10 host addresses. Which subnet mask meets both requirements?',
      options: [
        { text: '255.255.255.224' },
        { text: '255.255.255.240', correct: true },
        { text: '255.255.255.248' },
        { text: '255.255.255.252' },
      ],
      explanation:
        'Borrowing 4 bits from the /24 gives a /28 (255.255.255.240): 2^4 = 16 subnets, each with 2^4 − 2 = 14 usable hosts, satisfying both requirements. A /27 (255.255.255.224) provides only 8 subnets, while a /29 (255.255.255.248) provides just 6 usable hosts and a /30 only 2.',
    },
    {
      objective: '1',
      difficulty: 3,
      stem: 'A server team has been allocated the subnet 172.16.64.0/18. Which two addresses can be assigned to hosts in this subnet? (Choose two.)',
      options: [
        { text: '172.16.64.0' },
        { text: '172.16.95.255', correct: true },
        { text: '172.16.127.255' },
        { text: '172.16.128.1' },
        { text: '172.16.100.0', correct: true },
      ],
      explanation:
        'A /18 mask (255.255.192.0) has a block size of 64 in the third octet, so this subnet spans 172.16.64.0 through 172.16.127.255 with usable hosts from 172.16.64.1 to 172.16.127.254. Addresses such as 172.16.95.255 and 172.16.100.0 look like boundaries but are ordinary host addresses inside that range. 172.16.64.0 is the network address, 172.16.127.255 is the broadcast address, and 172.16.128.1 belongs to the next subnet.',
    },
    {
      objective: '1',
      difficulty: 2,
      stem: 'An engineer needs to document the IPv6 address 2001:0db8:0000:0000:0a00:0000:0000:0001 in a shortened form. Which representation is valid for this address?',
      options: [
        { text: '2001:db8::a00::1' },
        { text: '2001:db8::a:0:0:1' },
        { text: '2001:db8::a00:1' },
        { text: '2001:db8:0:0:a00::1', correct: true },
      ],
      explanation:
        'Leading zeros in each hextet may be dropped and one run of consecutive all-zero hextets may be replaced with "::", so 2001:db8:0:0:a00::1 expands back to the original eight hextets. Using "::" twice is ambiguous and invalid, and writing "a" instead of "a00" removes trailing zeros, which is not allowed. 2001:db8::a00:1 expands to 2001:db8:0:0:0:0:a00:1, a different address. (RFC 5952 recommends compressing the first of two equal-length zero runs, giving 2001:db8::a00:0:0:1, but both forms are valid.)',
      references: [
        {
          title: 'RFC 4291 – IP Version 6 Addressing Architecture',
          url: 'https://www.rfc-editor.org/rfc/rfc4291',
        },
        {
          title: 'RFC 5952 – A Recommendation for IPv6 Address Text Representation',
          url: 'https://www.rfc-editor.org/rfc/rfc5952',
        },
      ],
    },
    {
      objective: '1',
      difficulty: 2,
      stem: 'After enabling IPv6 on a router interface, an engineer notices an address beginning with FE80 in the output of show ipv6 interface brief. Which two statements about this type of address are true? (Choose two.)',
      options: [
        { text: 'It is assigned only when a DHCPv6 server is available on the link.' },
        { text: 'It is globally routable across the internet.' },
        { text: 'It belongs to the FE80::/10 prefix.', correct: true },
        { text: 'It belongs to the FC00::/7 prefix.' },
        {
          text: 'Routers do not forward packets with a link-local source or destination to other links.',
          correct: true,
        },
      ],
      explanation:
        'Addresses beginning with FE80 are link-local addresses from FE80::/10; they are generated automatically on every IPv6-enabled interface without DHCPv6 and are valid only on the local link, so routers never forward them off-link. FC00::/7 is the unique local address (ULA) range, and global unicast addresses, not link-local addresses, are routable on the internet.',
      references: [
        {
          title: 'RFC 4291 – IP Version 6 Addressing Architecture',
          url: 'https://www.rfc-editor.org/rfc/rfc4291',
        },
      ],
    },
    {
      objective: '1',
      difficulty: 3,
      stem: `A router interface with MAC address 001a.2b3c.4d5e is configured as follows:

\`\`\`
interface GigabitEthernet0/1
 ipv6 address 2001:db8:acad:1::/64 eui-64
\`\`\`

Which global unicast address will the interface use?`,
      options: [
        { text: '2001:db8:acad:1:1a:2bff:fe3c:4d5e' },
        { text: '2001:db8:acad:1:21a:2bfe:ff3c:4d5e' },
        { text: '2001:db8:acad:1:21a:2bff:fe3c:4d5e', correct: true },
        { text: '2001:db8:acad:1:fffe:1a2b:3c4d:5e' },
      ],
      explanation:
        'Modified EUI-64 splits the 48-bit MAC in half, inserts FFFE in the middle (001a2b + fffe + 3c4d5e) and flips the seventh bit of the first byte, changing 00 to 02. The resulting interface ID is 021a:2bff:fe3c:4d5e, written as 21a:2bff:fe3c:4d5e. The first option forgets to invert the U/L bit, and the other two place the FFFE bytes incorrectly.',
      references: [
        {
          title: 'RFC 4291 – IP Version 6 Addressing Architecture (Appendix A)',
          url: 'https://www.rfc-editor.org/rfc/rfc4291',
        },
      ],
    },
    {
      objective: '1',
      difficulty: 2,
      stem: 'A firewall administrator is documenting which services on a management network use UDP as their transport protocol. Which two protocols use UDP? (Choose two.)',
      options: [
        { text: 'SSH' },
        { text: 'TFTP', correct: true },
        { text: 'SMTP' },
        { text: 'Telnet' },
        { text: 'DHCP', correct: true },
      ],
      explanation:
        'TFTP uses UDP port 69 and DHCP uses UDP ports 67 (server) and 68 (client). SSH (TCP 22), SMTP (TCP 25) and Telnet (TCP 23) all rely on TCP for reliable, connection-oriented delivery.',
    },
    {
      objective: '1',
      difficulty: 1,
      stem: 'A small office in North America is deploying three access points in the 2.4 GHz band with overlapping coverage areas. Which set of channels should be used to avoid co-channel and adjacent-channel interference?',
      options: [
        { text: '1, 6 and 11', correct: true },
        { text: '1, 4 and 7' },
        { text: '2, 5 and 8' },
        { text: '3, 6 and 9' },
      ],
      explanation:
        'In the 2.4 GHz band, channel centers are only 5 MHz apart while each channel is roughly 20–22 MHz wide, so channels must be about five channel numbers (25 MHz) apart to avoid overlap. Within channels 1–11 used in North America, only 1, 6 and 11 meet that requirement; sets spaced three channels apart, such as 1/4/7, overlap and cause adjacent-channel interference.',
    },
    {
      objective: '1',
      difficulty: 3,
      stem: 'An administrator is using VLSM to allocate 192.168.5.0/24 to three LANs. LAN A needs 100 hosts, LAN B needs 50 hosts and LAN C needs 25 hosts. Subnets are assigned from the beginning of the block, largest requirement first, using the smallest subnet that fits each LAN. Which subnet is assigned to LAN C?',
      options: [
        { text: '192.168.5.160/27' },
        { text: '192.168.5.192/26' },
        { text: '192.168.5.224/27' },
        { text: '192.168.5.192/27', correct: true },
      ],
      explanation:
        'LAN A needs a /25 (126 hosts) and receives 192.168.5.0/25 (.0–.127); LAN B needs a /26 (62 hosts) and receives 192.168.5.128/26 (.128–.191). LAN C needs a /27 (30 hosts), and the next available block is 192.168.5.192/27 (.192–.223). 192.168.5.160/27 overlaps LAN B, a /26 is larger than necessary, and .224/27 skips the first free block.',
    },

    // ───────────────────────── 2. Network Access ─────────────────────────
    {
      objective: '2',
      difficulty: 1,
      stem: 'A switch receives a unicast frame on an access port in VLAN 10. The destination MAC address is not present in the MAC address table. What does the switch do with the frame?',
      options: [
        { text: 'It drops the frame and sends an ICMP unreachable message to the source.' },
        {
          text: 'It floods the frame out all ports in VLAN 10 except the port on which it was received.',
          correct: true,
        },
        { text: 'It floods the frame out all ports in all VLANs except the receiving port.' },
        { text: 'It sends an ARP request to learn the destination MAC address before forwarding.' },
      ],
      explanation:
        'An unknown unicast frame is flooded within its broadcast domain, meaning every port in the same VLAN except the ingress port. VLANs isolate flooding, so ports in other VLANs do not receive it. Switches do not generate ICMP messages or ARP requests to forward Layer 2 frames; ARP is performed by the sending host.',
    },
    {
      objective: '2',
      difficulty: 1,
      stem: 'Which statement correctly describes IEEE 802.1Q trunk encapsulation?',
      options: [
        { text: 'It encapsulates the entire original frame inside a new 26-byte header and 4-byte trailer.' },
        { text: 'It tags frames in the native VLAN with VLAN ID 1 by default.' },
        { text: 'It uses a 16-bit VLAN ID field, allowing up to 65,536 VLANs.' },
        {
          text: 'It inserts a 4-byte tag after the source MAC address that contains a 12-bit VLAN ID.',
          correct: true,
        },
      ],
      explanation:
        "802.1Q inserts a 4-byte tag between the source MAC address and the EtherType/Length field; the tag includes a 3-bit priority (PCP/CoS) field and a 12-bit VLAN ID, supporting VLANs 1–4094. Full encapsulation with a 26-byte header describes Cisco's legacy ISL. Frames in the native VLAN are sent untagged by default.",
    },
    {
      objective: '2',
      difficulty: 3,
      stem: `A new VLAN 30 was created on both SW1 and SW2. Hosts in VLAN 30 on SW1 cannot reach hosts in VLAN 30 on SW2, while VLANs 10 and 20 work correctly across the link.

\`\`\`
SW1# show interfaces trunk

Port        Mode         Encapsulation  Status        Native vlan
Gi1/0/24    on           802.1q         trunking      1

Port        Vlans allowed on trunk
Gi1/0/24    10,20

Port        Vlans allowed and active in management domain
Gi1/0/24    10,20

Port        Vlans in spanning tree forwarding state and not pruned
Gi1/0/24    10,20
\`\`\`

Which command, entered on Gi1/0/24 of SW1 (and the matching interface on SW2), resolves the problem without disrupting existing traffic?`,
      options: [
        { text: 'switchport trunk allowed vlan 30' },
        { text: 'switchport trunk native vlan 30' },
        { text: 'switchport trunk allowed vlan add 30', correct: true },
        { text: 'switchport access vlan 30' },
      ],
      explanation:
        'The trunk carries only VLANs 10 and 20, so VLAN 30 must be added to the allowed list; the add keyword appends VLAN 30 while preserving the existing entries. Entering switchport trunk allowed vlan 30 without add replaces the list and would cut off VLANs 10 and 20. Changing the native VLAN does not add VLAN 30 to the allowed list, and switchport access vlan has no effect on a port operating as a trunk.',
    },
    {
      objective: '2',
      difficulty: 2,
      stem: 'Two Cisco switches are connected with a crossover-capable cable. Both connected interfaces are configured with switchport mode dynamic auto and no other switchport commands. What is the operational result on the link?',
      options: [
        { text: 'The link operates as an 802.1Q trunk.' },
        { text: 'The link operates as an access link.', correct: true },
        { text: 'Both ports are placed in the err-disabled state.' },
        { text: 'The link trunks but reports a native VLAN mismatch.' },
      ],
      explanation:
        'In dynamic auto mode a port will become a trunk only if the neighbor actively asks to trunk; when both ends are passive, neither sends a DTP request and the link remains an access link. A trunk would form if at least one side were set to dynamic desirable or trunk. A DTP mode combination does not err-disable ports, and no native VLAN mismatch can occur because no trunk forms.',
    },
    {
      objective: '2',
      difficulty: 2,
      stem: `Four switches run Rapid PVST+ with default settings except for bridge priority. The following bridge IDs are observed for VLAN 1:

\`\`\`
Switch   Bridge Priority   MAC Address
SW1      32769             0011.2233.4455
SW2      24577             00aa.bbcc.0001
SW3      32769             0000.1111.2222
SW4      24577             0019.e8a1.7c00
\`\`\`

Which switch is elected as the root bridge for VLAN 1?`,
      options: [{ text: 'SW1' }, { text: 'SW2' }, { text: 'SW3' }, { text: 'SW4', correct: true }],
      explanation:
        'The root bridge is the switch with the lowest bridge ID, which is compared first by priority and then by MAC address. SW2 and SW4 share the lowest priority (24577 = 24576 + VLAN 1 system ID extension), and SW4 wins the tie because 0019.e8a1.7c00 is lower than 00aa.bbcc.0001. SW3 has the lowest MAC address overall, but its higher priority value means the MAC address is never compared.',
    },
    {
      objective: '2',
      difficulty: 2,
      stem: 'A junior engineer is reviewing the differences between 802.1D STP and 802.1w RSTP. Which two are port states defined in RSTP? (Choose two.)',
      options: [
        { text: 'Blocking' },
        { text: 'Discarding', correct: true },
        { text: 'Listening' },
        { text: 'Learning', correct: true },
        { text: 'Alternate' },
      ],
      explanation:
        'RSTP defines three port states: discarding, learning and forwarding. The legacy 802.1D disabled, blocking and listening states are merged into discarding. Alternate is an RSTP port role (a backup path to the root), not a port state.',
    },
    {
      objective: '2',
      difficulty: 2,
      stem: `A user connected a small unmanaged switch that runs spanning tree to a wall jack so that several devices could share the port. Shortly afterwards, the following message appeared on the access switch and the port stopped passing traffic:

\`\`\`
%SPANTREE-2-BLOCK_BPDUGUARD: Received BPDU on port Gi1/0/15 with BPDU Guard enabled. Disabling port.
%PM-4-ERR_DISABLE: bpduguard error detected on Gi1/0/15, putting Gi1/0/15 in err-disable state
\`\`\`

Which statement explains this behavior?`,
      options: [
        { text: 'PortFast detected a topology change and moved the port to the blocking state.' },
        { text: 'Port security detected more than one MAC address on the port.' },
        { text: 'Root guard received a superior BPDU and placed the port in root-inconsistent state.' },
        {
          text: 'BPDU Guard err-disabled the port because a BPDU was received on an edge port.',
          correct: true,
        },
      ],
      explanation:
        'BPDU Guard is typically enabled on PortFast (edge) ports and err-disables the port as soon as any BPDU arrives, protecting the topology from unauthorized switches. Root guard would place the port in a root-inconsistent (blocking) state rather than err-disabled, and port security violations generate PSECURE messages, not SPANTREE messages. PortFast itself does not disable ports.',
    },
    {
      objective: '2',
      difficulty: 2,
      stem: 'An engineer is bundling two links between access and distribution switches into an EtherChannel using dynamic negotiation. Which two combinations of channel-group modes on the two ends will successfully form an EtherChannel? (Choose two.)',
      options: [
        { text: 'passive on one switch and passive on the other' },
        { text: 'active on one switch and passive on the other', correct: true },
        { text: 'auto on one switch and auto on the other' },
        { text: 'on on one switch and active on the other' },
        { text: 'desirable on one switch and auto on the other', correct: true },
      ],
      explanation:
        'With LACP, at least one side must be active, so active/passive forms a channel; with PAgP, at least one side must be desirable, so desirable/auto forms a channel. Passive/passive and auto/auto never send negotiation packets first, so no bundle forms. Mode on does not send or process LACP, so it only works with on at the other end.',
    },
    {
      objective: '2',
      difficulty: 3,
      stem: `An engineer configured a two-port LACP EtherChannel, but throughput is lower than expected. The following output is captured:

\`\`\`
SW1# show etherchannel summary
Flags:  D - down        P - bundled in port-channel
        I - stand-alone s - suspended
        H - Hot-standby (LACP only)
        R - Layer3      S - Layer2
        U - in use      f - failed to allocate aggregator
...
Group  Port-channel  Protocol    Ports
------+-------------+-----------+-----------------------------------------------
1      Po1(SU)         LACP      Gi1/0/1(P)   Gi1/0/2(s)
\`\`\`

What is the most likely cause?`,
      options: [
        {
          text: 'Gi1/0/2 has a configuration, such as speed, duplex or allowed VLANs, that does not match the other member ports.',
          correct: true,
        },
        { text: 'The port channel is configured as a Layer 3 interface instead of a Layer 2 interface.' },
        {
          text: 'The neighboring switch is configured with mode passive, which prevents LACP from bundling any ports.',
        },
        { text: 'Gi1/0/2 is administratively shut down.' },
      ],
      explanation:
        "The (s) flag indicates that Gi1/0/2 is suspended, which happens when a member port's settings (speed, duplex, access/trunk mode, allowed or native VLANs) do not match the port channel. The SU flags show Po1 is a Layer 2 channel in use, and since Gi1/0/1 is bundled (P), LACP negotiation with the neighbor is working. An administratively shut down port would show the D (down) flag.",
    },
    {
      objective: '2',
      difficulty: 2,
      stem: 'A company is deploying lightweight access points at branch offices that will be managed by a wireless LAN controller in the headquarters data center. Which protocol do the APs use to establish control and data tunnels to the WLC?',
      options: [{ text: 'GRE' }, { text: 'RADIUS' }, { text: 'CAPWAP', correct: true }, { text: 'SNMP' }],
      explanation:
        'Lightweight APs build CAPWAP tunnels to the WLC: a DTLS-protected control tunnel on UDP 5246 and a data tunnel on UDP 5247. RADIUS is used for authentication with an AAA server, SNMP is a management protocol, and GRE is a general-purpose tunneling protocol not used for AP-to-WLC communication.',
      references: [
        { title: 'RFC 5415 – CAPWAP Protocol Specification', url: 'https://www.rfc-editor.org/rfc/rfc5415' },
      ],
    },
    {
      objective: '2',
      difficulty: 2,
      stem: 'A site survey recommends placing all clients on the 5 GHz band. Which two IEEE 802.11 amendments operate only in the 5 GHz band? (Choose two.)',
      options: [
        { text: '802.11ac', correct: true },
        { text: '802.11b' },
        { text: '802.11g' },
        { text: '802.11n' },
        { text: '802.11a', correct: true },
      ],
      explanation:
        '802.11a (up to 54 Mb/s) and 802.11ac (Wi-Fi 5) are defined only for the 5 GHz band. 802.11b and 802.11g operate in 2.4 GHz, and 802.11n (Wi-Fi 4) can operate in both 2.4 GHz and 5 GHz, so it is not 5 GHz-only.',
    },
    {
      objective: '2',
      difficulty: 1,
      stem: 'An engineer needs to find the management IP address and IOS version of a directly connected Cisco switch without logging in to it. CDP is enabled on both devices. Which command provides this information?',
      options: [
        { text: 'show cdp neighbors' },
        { text: 'show cdp neighbors detail', correct: true },
        { text: 'show cdp interface' },
        { text: 'show ip interface brief' },
      ],
      explanation:
        "show cdp neighbors detail (or show cdp entry *) lists each neighbor's IP address, platform, software version and capabilities. The plain show cdp neighbors summary omits IP addresses and software versions, show cdp interface displays only local CDP timers and status, and show ip interface brief shows local interface addresses only.",
    },
    {
      objective: '2',
      difficulty: 2,
      stem: `An access port connects an IP phone with a PC daisy-chained through the phone's switch port:

\`\`\`
interface GigabitEthernet1/0/7
 switchport mode access
 switchport access vlan 40
 switchport voice vlan 150
 spanning-tree portfast
\`\`\`

Which statement describes how traffic is handled on this port?`,
      options: [
        { text: 'Both voice and data traffic are sent untagged and separated by QoS markings.' },
        {
          text: 'Voice traffic from the phone is tagged with VLAN 150, and PC data traffic is sent untagged in VLAN 40.',
          correct: true,
        },
        { text: 'The port becomes an 802.1Q trunk with VLAN 40 as the native VLAN and carries all VLANs.' },
        { text: 'PC data traffic is tagged with VLAN 40 and voice traffic is sent untagged in VLAN 150.' },
      ],
      explanation:
        "With a voice VLAN configured, the switch tells the phone (via CDP or LLDP-MED) to tag its voice frames with VLAN 150, while the PC's frames pass through the phone untagged and are placed in access VLAN 40. The port does not become a full trunk carrying all VLANs; it carries only the access VLAN and the voice VLAN. PCs normally send untagged frames, so the last option reverses the roles.",
    },

    // ───────────────────────── 3. IP Connectivity ─────────────────────────
    {
      objective: '3',
      difficulty: 1,
      stem: 'Router R1 learns the prefix 172.20.0.0/16 from three sources: OSPF, internal EIGRP and RIPv2. All routing protocols use default settings. Which route does R1 install in its routing table?',
      options: [
        { text: 'The RIPv2 route' },
        { text: 'The OSPF route' },
        { text: 'The EIGRP route', correct: true },
        { text: 'All three routes, load-balancing across them' },
      ],
      explanation:
        'When the same prefix and prefix length are learned from different routing sources, the router prefers the one with the lowest administrative distance. Internal EIGRP (90) beats OSPF (110) and RIP (120). Routers do not load-balance across different routing protocols; equal-cost load balancing happens only among paths from the same source.',
    },
    {
      objective: '3',
      difficulty: 3,
      stem: `Refer to the following partial routing table on R1:

\`\`\`
R1# show ip route
Gateway of last resort is 203.0.113.1 to network 0.0.0.0

S*    0.0.0.0/0 [1/0] via 203.0.113.1
O        10.1.0.0/16 [110/20] via 10.255.0.2, 00:14:11, GigabitEthernet0/1
S        10.1.1.0/24 [1/0] via 10.255.0.6
D        10.1.1.0/26 [90/3072] via 10.255.0.10, 00:03:52, GigabitEthernet0/3
D        10.1.1.64/27 [90/3072] via 10.255.0.14, 00:03:52, GigabitEthernet0/4
\`\`\`

R1 receives a packet destined for 10.1.1.100. To which next-hop address will R1 forward the packet?`,
      options: [
        { text: '10.255.0.14' },
        { text: '10.255.0.2' },
        { text: '203.0.113.1' },
        { text: '10.255.0.6', correct: true },
      ],
      explanation:
        'Routers forward using the longest matching prefix. 10.1.1.0/26 covers .0–.63 and 10.1.1.64/27 covers .64–.95, so neither contains 10.1.1.100; the longest prefix that does match is the static 10.1.1.0/24 via 10.255.0.6. The /16 OSPF route and the default route also match but are less specific, and administrative distance is only compared between routes for the identical prefix.',
    },
    {
      objective: '3',
      difficulty: 2,
      stem: 'R2 learns 192.168.50.0/24 through OSPF from its primary WAN link. The engineer wants a static route via 10.0.0.2 that is used only if the OSPF route disappears. Which command accomplishes this?',
      options: [
        { text: 'ip route 192.168.50.0 255.255.255.0 10.0.0.2' },
        { text: 'ip route 192.168.50.0 255.255.255.0 10.0.0.2 100' },
        { text: 'ip route 192.168.50.0 255.255.255.0 10.0.0.2 120', correct: true },
        { text: 'ip route 192.168.50.0/24 10.0.0.2 120' },
      ],
      explanation:
        "A floating static route is configured with an administrative distance higher than the primary route's AD; OSPF uses 110, so a distance of 120 keeps the static route out of the table until the OSPF route is withdrawn. Without a distance the static route uses AD 1, and a distance of 100 is still lower than 110, so both would replace the OSPF route immediately. IOS does not accept slash notation in the ip route command.",
    },
    {
      objective: '3',
      difficulty: 1,
      stem: 'An engineer must configure an IPv6 default route on an edge router that points to the ISP next hop 2001:db8:0:12::2. IPv6 unicast routing is already enabled. Which command should be used?',
      options: [
        { text: 'ipv6 route ::/0 2001:db8:0:12::2', correct: true },
        { text: 'ipv6 route 0.0.0.0/0 2001:db8:0:12::2' },
        { text: 'ip route ::/0 2001:db8:0:12::2' },
        { text: 'ipv6 route ::/128 2001:db8:0:12::2' },
      ],
      explanation:
        'The IPv6 default route is ::/0, configured with the ipv6 route command followed by a next-hop address or exit interface. 0.0.0.0/0 is the IPv4 default route, the ip route command is only for IPv4, and ::/128 is the unspecified address, which matches a single all-zeros address rather than every destination.',
    },
    {
      objective: '3',
      difficulty: 3,
      stem: `Four OSPF routers connect to the same Ethernet segment and their OSPF processes start at the same time. Their settings for that interface are:

\`\`\`
Router   Interface priority   Router ID
R1       1                    10.0.0.1
R2       0                    192.168.1.1
R3       10                   1.1.1.1
R4       10                   2.2.2.2
\`\`\`

Which routers become the DR and BDR?`,
      options: [
        { text: 'R2 is the DR and R4 is the BDR.' },
        { text: 'R3 is the DR and R4 is the BDR.' },
        { text: 'R4 is the DR and R3 is the BDR.', correct: true },
        { text: 'R4 is the DR and R1 is the BDR.' },
      ],
      explanation:
        "The DR is the router with the highest interface priority, with the highest router ID breaking ties; R3 and R4 both have priority 10 and R4 has the higher RID (2.2.2.2), so R4 becomes DR and R3 becomes BDR. R2 has the highest RID but a priority of 0 makes it ineligible for either role. R1's priority of 1 is lower than R3's 10, so it becomes a DROTHER.",
      references: [{ title: 'RFC 2328 – OSPF Version 2', url: 'https://www.rfc-editor.org/rfc/rfc2328' }],
    },
    {
      objective: '3',
      difficulty: 2,
      stem: `An engineer enables OSPF on R5 without configuring the router-id command. All interfaces were configured and up before the OSPF process was started.

\`\`\`
R5# show ip interface brief
Interface              IP-Address      OK? Method Status                Protocol
GigabitEthernet0/0     192.168.100.1   YES manual up                    up
GigabitEthernet0/1     10.1.45.5       YES manual up                    up
Loopback0              10.10.10.10     YES manual up                    up
Loopback1              172.16.5.1      YES manual up                    up
\`\`\`

Which router ID will OSPF select?`,
      options: [
        { text: '192.168.100.1' },
        { text: '172.16.5.1', correct: true },
        { text: '10.10.10.10' },
        { text: '10.1.45.5' },
      ],
      explanation:
        'Without a manually configured router-id, OSPF chooses the highest IPv4 address among up/up loopback interfaces, and only falls back to the highest physical interface address if no loopback exists. Among the loopbacks, 172.16.5.1 is higher than 10.10.10.10. 192.168.100.1 is the highest address overall, but it is on a physical interface, so it is not selected.',
    },
    {
      objective: '3',
      difficulty: 3,
      stem: 'An OSPF network contains 100 Mb/s, 1 Gb/s and 10 Gb/s links. With default settings, OSPF assigns the same cost to all of them, so traffic sometimes takes slower paths. Which command, applied consistently to every OSPF router, ensures that all three link speeds receive different costs?',
      options: [
        { text: 'auto-cost reference-bandwidth 1000' },
        { text: 'auto-cost reference-bandwidth 10000', correct: true },
        { text: 'ip ospf priority 100' },
        { text: 'maximum-paths 1' },
      ],
      explanation:
        'OSPF cost is reference bandwidth divided by interface bandwidth, with a minimum of 1, and the default reference of 100 Mb/s makes every link of 100 Mb/s or faster cost 1. Setting the reference to 10000 Mb/s yields costs of 100, 10 and 1 for 100 Mb/s, 1 Gb/s and 10 Gb/s links. A reference of 1000 still gives both 1 Gb/s and 10 Gb/s links a cost of 1; interface priority affects only DR/BDR election, and maximum-paths controls load balancing, not cost.',
    },
    {
      objective: '3',
      difficulty: 2,
      stem: `R1 and R2 share a subnet on GigabitEthernet0/0 but do not form an OSPF adjacency. The engineer enables debugging on R1:

\`\`\`
R1# debug ip ospf hello
OSPF-1 HELLO Gi0/0: Rcv hello from 2.2.2.2 area 0 10.1.12.2
OSPF-1 HELLO Gi0/0: Mismatched hello parameters from 10.1.12.2
OSPF-1 HELLO Gi0/0: Dead R 40 C 120, Hello R 10 C 30  Mask R 255.255.255.0 C 255.255.255.0
\`\`\`

What is the cause of the problem?`,
      options: [
        { text: 'The routers are configured in different OSPF areas.' },
        { text: 'The subnet masks on the two interfaces do not match.' },
        { text: 'Both routers are using the same OSPF router ID.' },
        {
          text: "R1 is configured with hello and dead intervals of 30 and 120 seconds, which do not match R2's 10 and 40 seconds.",
          correct: true,
        },
      ],
      explanation:
        'In the debug, R is the value received from the neighbor and C is the locally configured value: R2 sends the default 10-second hello and 40-second dead intervals, while R1 uses 30 and 120, and these timers must match for an adjacency to form. The hello was received in area 0 and both masks are 255.255.255.0, so area and mask are not the issue. A duplicate router ID would produce a different error message.',
    },
    {
      objective: '3',
      difficulty: 2,
      stem: 'Two OSPFv2 routers are connected to the same Ethernet segment. Which two parameters must match for them to become neighbors? (Choose two.)',
      options: [
        { text: 'OSPF process ID' },
        { text: 'Area ID', correct: true },
        { text: 'Interface priority' },
        { text: 'Hello and dead intervals', correct: true },
        { text: 'Router ID' },
      ],
      explanation:
        'OSPF neighbors must agree on the area ID, hello and dead intervals, subnet and mask, authentication and stub area flags. The process ID is locally significant and can differ between routers, and interface priority influences only DR/BDR election. Router IDs must be unique, not identical.',
      references: [{ title: 'RFC 2328 – OSPF Version 2', url: 'https://www.rfc-editor.org/rfc/rfc2328' }],
    },
    {
      objective: '3',
      difficulty: 1,
      stem: "In a multi-area OSPF design, router R7 has interfaces in area 0 and in area 20. What is R7's role, and which area must every other area connect to?",
      options: [
        { text: 'R7 is an ASBR; all areas must connect to area 20.' },
        { text: 'R7 is an ABR; all areas must connect to area 0.', correct: true },
        { text: 'R7 is a DR; all areas must connect to the area with the lowest ID greater than 0.' },
        { text: 'R7 is an internal router; areas may connect to any other area.' },
      ],
      explanation:
        'A router with interfaces in more than one area, one of which is the backbone, is an area border router (ABR), and all non-backbone areas must attach to area 0. An ASBR redistributes external routes into OSPF, which is unrelated to having interfaces in two areas. DR is a per-segment role, and an internal router has all interfaces in a single area.',
    },
    {
      objective: '3',
      difficulty: 1,
      stem: `An engineer reviews the following entry in R3's routing table:

\`\`\`
O IA     10.50.0.0/16 [110/65] via 10.1.23.2, 00:21:40, Serial0/0/1
\`\`\`

What do the values 110 and 65 represent?`,
      options: [
        { text: '110 is the OSPF process ID and 65 is the hop count.' },
        { text: '110 is the metric and 65 is the administrative distance.' },
        {
          text: '110 is the administrative distance and 65 is the OSPF cost to reach the prefix.',
          correct: true,
        },
        { text: '110 is the route age in seconds and 65 is the interface bandwidth.' },
      ],
      explanation:
        'Routing table entries show [administrative distance/metric]; OSPF has a default AD of 110, and 65 is the cumulative OSPF cost to 10.50.0.0/16. The "O IA" code indicates an OSPF inter-area route learned through an ABR. OSPF does not use hop count, and the route age is shown separately as 00:21:40.',
    },
    {
      objective: '3',
      difficulty: 2,
      stem: `Hosts in VLAN 20 cannot ping their default gateway 10.0.20.1. Hosts in VLAN 10 can reach their gateway. The switch link to the router is a working 802.1Q trunk carrying VLANs 10 and 20.

\`\`\`
interface GigabitEthernet0/0.10
 encapsulation dot1Q 10
 ip address 10.0.10.1 255.255.255.0
!
interface GigabitEthernet0/0.20
 encapsulation dot1Q 30
 ip address 10.0.20.1 255.255.255.0
\`\`\`

What is the cause?`,
      options: [
        { text: 'Subinterface Gi0/0.20 is tagged with VLAN 30 instead of VLAN 20.', correct: true },
        { text: 'The subinterface numbers must be identical to the IP subnet numbers.' },
        { text: 'The physical interface Gi0/0 requires an IP address in VLAN 20.' },
        { text: 'The native VLAN must be configured on Gi0/0.20.' },
      ],
      explanation:
        'In router-on-a-stick, the encapsulation dot1Q command determines which VLAN tag a subinterface accepts and sends; Gi0/0.20 is set to VLAN 30, so frames tagged VLAN 20 never reach it. Subinterface numbers are arbitrary labels and do not need to match the VLAN or subnet. The physical interface needs no IP address, and VLAN 20 is not the native VLAN here.',
    },
    {
      objective: '3',
      difficulty: 3,
      stem: 'A network designer is documenting default Cisco administrative distance values. Which three pairings are correct? (Choose three.)',
      options: [
        { text: 'OSPF – 110', correct: true },
        { text: 'Internal EIGRP – 170' },
        { text: 'External BGP (eBGP) – 20', correct: true },
        { text: 'Static route to a next hop – 0' },
        { text: 'RIP – 120', correct: true },
        { text: 'Internal BGP (iBGP) – 20' },
      ],
      explanation:
        'Default ADs include connected 0, static 1, eBGP 20, internal EIGRP 90, OSPF 110, IS-IS 115, RIP 120, external EIGRP 170 and iBGP 200. 170 is the AD for external EIGRP, not internal, and 0 is reserved for directly connected routes. iBGP uses 200, not 20.',
    },
    {
      objective: '3',
      difficulty: 1,
      stem: 'An engineer configures IPv6 addresses on all interfaces of a Cisco router and then tries to enable OSPFv3, but the router will not forward IPv6 packets between interfaces. Which global configuration command is missing?',
      options: [
        { text: 'ipv6 enable' },
        { text: 'ip routing' },
        { text: 'ipv6 cef' },
        { text: 'ipv6 unicast-routing', correct: true },
      ],
      explanation:
        'Cisco routers forward IPv6 packets and run IPv6 routing protocols only after ipv6 unicast-routing is enabled globally. ipv6 enable is an interface command that creates a link-local address, ip routing applies to IPv4, and IPv6 CEF is a switching optimization that does not enable routing by itself.',
    },
    {
      objective: '3',
      difficulty: 3,
      stem: `A user reports being able to reach printers on the local subnet but not any servers in the data center. The router's LAN interface is 192.168.10.1/26. The user's PC shows:

\`\`\`
C:\\> ipconfig

Ethernet adapter Ethernet0:
   IPv4 Address. . . . . . . . . . . : 192.168.10.45
   Subnet Mask . . . . . . . . . . . : 255.255.255.192
   Default Gateway . . . . . . . . . : 192.168.10.65
\`\`\`

What is the cause of the problem?`,
      options: [
        { text: "The PC's IP address is the broadcast address of its subnet." },
        { text: 'The subnet mask should be 255.255.255.128 to match the router.' },
        { text: 'The default gateway is not in the same subnet as the PC.', correct: true },
        { text: "The PC's IP address is the network address of its subnet." },
      ],
      explanation:
        "With a /26 mask (block size 64), the PC at 192.168.10.45 is in subnet 192.168.10.0/26 (.0–.63), but the configured gateway 192.168.10.65 belongs to 192.168.10.64/26, so the PC cannot reach a valid gateway for off-subnet traffic. The router interface .1/26 is the correct gateway. The PC's address is a valid host (neither .0 nor .63), and its mask already matches the router's /26.",
    },
    {
      objective: '3',
      difficulty: 3,
      stem: 'A branch router advertises the networks 172.16.16.0/24 through 172.16.23.0/24 (eight contiguous /24 networks) to headquarters. Which single summary route covers exactly these networks and no others?',
      options: [
        { text: '172.16.16.0/20' },
        { text: '172.16.16.0/22' },
        { text: '172.16.0.0/19' },
        { text: '172.16.16.0/21', correct: true },
      ],
      explanation:
        'Eight /24 networks require 3 fewer mask bits, giving a /21 with a block size of 8 in the third octet; because 16 is a multiple of 8, 172.16.16.0/21 covers exactly 172.16.16.0–172.16.23.255. A /20 would also include 172.16.24.0–172.16.31.255, a /19 would cover 172.16.0.0–172.16.31.255, and a /22 covers only 172.16.16.0–172.16.19.255.',
      references: [
        {
          title: 'RFC 4632 – Classless Inter-domain Routing (CIDR)',
          url: 'https://www.rfc-editor.org/rfc/rfc4632',
        },
      ],
    },
    {
      objective: '3',
      difficulty: 2,
      stem: `Two routers provide a redundant default gateway for VLAN 10 using HSRP:

\`\`\`
R1(config-if)# standby 10 ip 10.10.10.1
R1(config-if)# standby 10 priority 110

R2(config-if)# standby 10 ip 10.10.10.1
\`\`\`

R1 was the active router. It reloaded, and after it came back online R2 remained the active router. Why did R1 not resume the active role?`,
      options: [
        { text: 'Preemption is not enabled on R1.', correct: true },
        { text: 'R2 has a higher default priority of 120.' },
        { text: 'The virtual IP address must differ on each router.' },
        { text: 'HSRP always keeps the router with the highest IP address as active.' },
      ],
      explanation:
        'HSRP preemption is disabled by default, so a router with a higher priority does not take over from an existing active router unless standby 10 preempt is configured. R2 uses the default priority of 100, which is lower than 110. The virtual IP must be identical on both routers, and interface IP addresses are only a tiebreaker when priorities are equal.',
    },

    // ───────────────────────── 4. IP Services ─────────────────────────
    {
      objective: '4',
      difficulty: 2,
      stem: `An engineer examines NAT on an edge router:

\`\`\`
Edge# show ip nat translations
Pro Inside global        Inside local          Outside local         Outside global
tcp 203.0.113.5:1025    192.168.1.10:51512    198.51.100.20:443     198.51.100.20:443
tcp 203.0.113.5:1026    192.168.1.11:51800    198.51.100.20:443     198.51.100.20:443
tcp 203.0.113.5:1027    192.168.1.12:49320    198.51.100.20:443     198.51.100.20:443
\`\`\`

Which statement correctly describes this output?`,
      options: [
        { text: 'Static NAT maps each inside host permanently to 203.0.113.5.' },
        { text: '198.51.100.20 is the inside global address of the internal hosts.' },
        { text: 'Dynamic NAT assigns a separate public address from a pool to each inside host.' },
        {
          text: 'PAT translates multiple inside local addresses to the single inside global address 203.0.113.5 using unique port numbers.',
          correct: true,
        },
      ],
      explanation:
        'Three different inside local addresses share one inside global address, distinguished by unique source ports, which is Port Address Translation (NAT overload). Static NAT is a one-to-one mapping and dynamic NAT gives each host its own pool address, neither of which matches the output. 198.51.100.20 is the outside server the hosts are connecting to, shown as both outside local and outside global.',
      references: [
        {
          title: 'RFC 3022 – Traditional IP Network Address Translator',
          url: 'https://www.rfc-editor.org/rfc/rfc3022',
        },
      ],
    },
    {
      objective: '4',
      difficulty: 2,
      stem: `An engineer is configuring internet access for the 192.168.1.0/24 LAN using the single DHCP-assigned address on GigabitEthernet0/1:

\`\`\`
interface GigabitEthernet0/0
 ip address 192.168.1.1 255.255.255.0
 ip nat inside
interface GigabitEthernet0/1
 ip address dhcp
 ip nat outside
access-list 10 permit 192.168.1.0 0.0.0.255
\`\`\`

Which command completes the configuration?`,
      options: [
        { text: 'ip nat inside source list 10 interface GigabitEthernet0/1 overload', correct: true },
        { text: 'ip nat inside source list 10 interface GigabitEthernet0/1' },
        { text: 'ip nat outside source list 10 interface GigabitEthernet0/1 overload' },
        { text: 'ip nat inside source static 192.168.1.0 interface GigabitEthernet0/1' },
      ],
      explanation:
        'PAT is enabled by translating the inside sources matched by ACL 10 to the outside interface address with the overload keyword, allowing all hosts to share one public address. Without overload, only one inside host at a time could use the interface address. ip nat outside source translates outside addresses, and a static translation maps a single host, not a whole subnet.',
    },
    {
      objective: '4',
      difficulty: 1,
      stem: 'A laptop joins a network and obtains an IPv4 address from a DHCP server. In which order are the DHCP messages exchanged?',
      options: [
        { text: 'Discover, Offer, Request, Acknowledge', correct: true },
        { text: 'Request, Offer, Discover, Acknowledge' },
        { text: 'Discover, Request, Offer, Acknowledge' },
        { text: 'Offer, Discover, Acknowledge, Request' },
      ],
      explanation:
        'The client broadcasts a DHCPDISCOVER, servers reply with a DHCPOFFER, the client broadcasts a DHCPREQUEST for the chosen offer, and the server confirms with a DHCPACK (often remembered as DORA). The client cannot request an address before an offer has been made, so the other sequences are invalid.',
      references: [
        {
          title: 'RFC 2131 – Dynamic Host Configuration Protocol',
          url: 'https://www.rfc-editor.org/rfc/rfc2131',
        },
      ],
    },
    {
      objective: '4',
      difficulty: 2,
      stem: `Clients in VLAN 30 fail to obtain IP addresses. Their default gateway is R1 interface GigabitEthernet0/1 (10.30.0.1/24). The central DHCP server is 10.99.0.5, reachable through R1 interface GigabitEthernet0/2, and it has a scope for 10.30.0.0/24. Which configuration fixes the problem?`,
      options: [
        { text: 'ip helper-address 10.30.0.1 on GigabitEthernet0/2' },
        { text: 'ip helper-address 10.99.0.5 on GigabitEthernet0/2' },
        { text: 'ip dhcp excluded-address 10.30.0.1 in global configuration' },
        { text: 'ip helper-address 10.99.0.5 on GigabitEthernet0/1', correct: true },
      ],
      explanation:
        "DHCP Discover messages are broadcasts that routers do not forward, so the interface that receives client broadcasts (Gi0/1) needs ip helper-address pointing to the server; R1 then relays them as unicasts, with Gi0/1's address telling the server which scope to use. Placing the helper on the server-facing interface does nothing for VLAN 30 clients. Excluding an address only matters on an IOS DHCP server and does not relay broadcasts.",
    },
    {
      objective: '4',
      difficulty: 2,
      stem: 'A router is configured with ntp server 192.0.2.10. The NTP server at 192.0.2.10 is synchronized and reports stratum 2. After the router synchronizes, which stratum will it report to its own NTP clients?',
      options: [
        { text: 'Stratum 3', correct: true },
        { text: 'Stratum 1' },
        { text: 'Stratum 2' },
        { text: 'Stratum 16' },
      ],
      explanation:
        'A device that synchronizes to an NTP server advertises a stratum one higher than its source, so a client of a stratum 2 server becomes stratum 3. Stratum 1 servers are directly attached to a reference clock, and stratum 16 indicates an unsynchronized clock.',
      references: [
        {
          title: 'RFC 5905 – Network Time Protocol Version 4',
          url: 'https://www.rfc-editor.org/rfc/rfc5905',
        },
      ],
    },
    {
      objective: '4',
      difficulty: 2,
      stem: `A switch is configured to send log messages to a syslog server:

\`\`\`
logging host 10.0.0.50
logging trap warnings
\`\`\`

Which three severity levels will be sent to the syslog server? (Choose three.)`,
      options: [
        { text: 'Emergencies', correct: true },
        { text: 'Notifications' },
        { text: 'Errors', correct: true },
        { text: 'Informational' },
        { text: 'Warnings', correct: true },
        { text: 'Debugging' },
      ],
      explanation:
        'Syslog severities range from 0 (emergencies) to 7 (debugging), and logging trap warnings sends level 4 and every more severe level: emergencies (0), alerts (1), critical (2), errors (3) and warnings (4). Notifications (5), informational (6) and debugging (7) are less severe and are filtered out.',
      references: [
        { title: 'RFC 5424 – The Syslog Protocol', url: 'https://www.rfc-editor.org/rfc/rfc5424' },
      ],
    },
    {
      objective: '4',
      difficulty: 2,
      stem: 'A security audit requires that SNMP polling of network devices use per-user authentication and that SNMP payloads be encrypted. Which SNMP configuration meets the requirement?',
      options: [
        { text: 'SNMPv3 with the authPriv security level', correct: true },
        { text: 'SNMPv2c with a read-only community string' },
        { text: 'SNMPv3 with the authNoPriv security level' },
        { text: 'SNMPv3 with the noAuthNoPriv security level' },
      ],
      explanation:
        'SNMPv3 authPriv authenticates each user (for example with SHA) and encrypts the payload (for example with AES). authNoPriv authenticates without encryption, and noAuthNoPriv provides neither. SNMPv2c relies on community strings sent in clear text and offers no encryption.',
      references: [
        {
          title: 'RFC 3414 – User-based Security Model (USM) for SNMPv3',
          url: 'https://www.rfc-editor.org/rfc/rfc3414',
        },
      ],
    },
    {
      objective: '4',
      difficulty: 3,
      stem: 'A QoS policy classifies VoIP bearer (RTP) traffic and gives it a low-latency priority queue. According to the Expedited Forwarding per-hop behavior commonly used for voice, which DSCP value should the voice packets carry?',
      options: [
        { text: 'AF41 (decimal 34)' },
        { text: 'CS3 (decimal 24)' },
        { text: 'AF31 (decimal 26)' },
        { text: 'EF (decimal 46)', correct: true },
      ],
      explanation:
        'Expedited Forwarding (EF) is DSCP 46 (binary 101110) and is the standard marking for voice bearer traffic, typically serviced by a strict-priority LLQ. AF41 (34) is commonly used for interactive video, and CS3 (24) is often used for call signaling. AF31 (26) is an Assured Forwarding class for business data, not low-latency voice.',
      references: [
        { title: 'RFC 3246 – An Expedited Forwarding PHB', url: 'https://www.rfc-editor.org/rfc/rfc3246' },
      ],
    },
    {
      objective: '4',
      difficulty: 2,
      stem: `An engineer mistypes a command on a router and the console hangs for several seconds:

\`\`\`
R4# shwo run
Translating "shwo"...domain server (255.255.255.255)
% Bad IP address or host name
% Unknown command or computer name, or unable to find computer address
\`\`\`

Which command prevents this delay?`,
      options: [
        { text: 'no ip domain-lookup', correct: true },
        { text: 'ip name-server 0.0.0.0' },
        { text: 'no ip domain-name' },
        { text: 'transport preferred ssh' },
      ],
      explanation:
        'IOS treats an unrecognized word at the exec prompt as a hostname to Telnet to and tries to resolve it through DNS, broadcasting to 255.255.255.255 when no name server is set. no ip domain-lookup disables this DNS resolution and removes the delay. Removing the domain name does not stop lookups, 0.0.0.0 is not a valid name server, and transport preferred ssh would try to connect by SSH instead but would still resolve the name.',
    },

    // ───────────────────────── 5. Security Fundamentals ─────────────────────────
    {
      objective: '5',
      difficulty: 1,
      stem: 'According to common Cisco design guidelines, where should standard and extended IPv4 ACLs generally be placed?',
      options: [
        { text: 'Standard ACLs close to the source; extended ACLs close to the destination.' },
        { text: 'Standard ACLs close to the destination; extended ACLs close to the source.', correct: true },
        { text: 'Both types as close to the source as possible.' },
        { text: 'Both types only on the internet-facing interface.' },
      ],
      explanation:
        'Standard ACLs match only the source address, so placing them near the source could block that host from reaching destinations that should be allowed; they are placed near the destination. Extended ACLs can match source, destination, protocol and port precisely, so they are placed near the source to drop unwanted traffic before it consumes bandwidth.',
    },
    {
      objective: '5',
      difficulty: 3,
      stem: 'A standard ACL must permit traffic from all hosts from 10.10.16.0 through 10.10.31.255 using a single entry. Which ACL statement is correct?',
      options: [
        { text: 'access-list 10 permit 10.10.16.0 0.0.16.255' },
        { text: 'access-list 10 permit 10.10.16.0 0.0.31.255' },
        { text: 'access-list 10 permit 10.10.16.0 0.0.15.255', correct: true },
        { text: 'access-list 10 permit 10.10.16.0 255.255.240.0' },
      ],
      explanation:
        'The range 10.10.16.0–10.10.31.255 is 16 blocks of 256 addresses, which is 10.10.16.0/20; the wildcard is the inverse of 255.255.240.0, giving 0.0.15.255. A wildcard of 0.0.31.255 would match 10.10.0.0–10.10.31.255, and 0.0.16.255 is not a contiguous wildcard for this range. 255.255.240.0 is a subnet mask, not a wildcard mask.',
    },
    {
      objective: '5',
      difficulty: 3,
      stem: `The following ACL is applied inbound on an edge router's internet-facing interface:

\`\`\`
ip access-list extended EDGE-IN
 10 permit tcp any host 203.0.113.10 eq 443
 20 permit tcp any host 203.0.113.10 eq 22
 30 deny   ip any host 203.0.113.10
 40 permit udp any any eq 53
\`\`\`

Which inbound traffic from the internet is permitted?`,
      options: [
        { text: 'HTTP (TCP 80) to 203.0.113.10' },
        { text: 'ICMP echo requests to 203.0.113.11' },
        { text: 'DNS zone transfers over TCP 53 to 203.0.113.20' },
        { text: 'SSH to 203.0.113.10', correct: true },
      ],
      explanation:
        'Entry 20 explicitly permits TCP port 22 (SSH) to 203.0.113.10. HTTP to 203.0.113.10 matches entry 30 and is denied, while ICMP to 203.0.113.11 and TCP 53 to 203.0.113.20 match no entry (entry 40 permits only UDP 53) and are dropped by the implicit deny at the end of every ACL.',
    },
    {
      objective: '5',
      difficulty: 2,
      stem: `An administrator wants to block host 10.1.5.5 while allowing the rest of 10.1.0.0/16, but 10.1.5.5 can still reach the server farm.

\`\`\`
ip access-list extended SERVERS
 10 permit ip 10.1.0.0 0.0.255.255 any
 20 deny   ip host 10.1.5.5 any
 30 deny   ip any any
\`\`\`

What is the reason?`,
      options: [
        { text: 'The wildcard mask 0.0.255.255 excludes host 10.1.5.5 from entry 10.' },
        { text: 'Entry 30 overrides entry 20 because it is more general.' },
        {
          text: 'ACL entries are processed top-down, and 10.1.5.5 matches the permit in entry 10 before reaching entry 20.',
          correct: true,
        },
        { text: 'Extended ACLs cannot match a single host address.' },
      ],
      explanation:
        'ACLs are evaluated in sequence and processing stops at the first match, so traffic from 10.1.5.5 is permitted by entry 10 and entry 20 is never evaluated. The fix is to place the host deny before the broader permit, for example as sequence 5. The wildcard 0.0.255.255 does include 10.1.5.5, and the host keyword is valid in extended ACLs.',
    },
    {
      objective: '5',
      difficulty: 2,
      stem: `A user reports no network connectivity after connecting a personal laptop to their office port:

\`\`\`
SW1# show port-security interface GigabitEthernet1/0/12
Port Security              : Enabled
Port Status                : Secure-shutdown
Violation Mode             : Shutdown
Aging Time                 : 0 mins
Aging Type                 : Absolute
SecureStatic Address Aging : Disabled
Maximum MAC Addresses      : 1
Total MAC Addresses        : 1
Configured MAC Addresses   : 0
Sticky MAC Addresses       : 1
Last Source Address:Vlan   : 0050.7966.6801:20
Security Violation Count   : 1
\`\`\`

What happened, and how can the port be restored once the unauthorized device is removed?`,
      options: [
        { text: 'The port is in protect mode and is silently dropping frames; no action is required.' },
        {
          text: 'A second MAC address exceeded the maximum of 1, so the port was err-disabled; issue shutdown followed by no shutdown on the interface.',
          correct: true,
        },
        { text: 'The sticky MAC address expired; issue clear mac address-table dynamic.' },
        { text: 'The port is in restrict mode; the violation counter must be reset with clear counters.' },
      ],
      explanation:
        'With the default shutdown violation mode and a maximum of one MAC address already learned (sticky), a frame from a new MAC triggered a violation and err-disabled the port (Secure-shutdown). Recovery requires shutdown/no shutdown or errdisable recovery. The output clearly shows Violation Mode: Shutdown rather than protect or restrict, and sticky addresses do not expire on their own.',
    },
    {
      objective: '5',
      difficulty: 2,
      stem: 'An engineer wants switch ports to drop frames from unauthorized MAC addresses while keeping the port operational for the authorized device. Which two port security violation modes meet this requirement? (Choose two.)',
      options: [
        { text: 'shutdown' },
        { text: 'restrict', correct: true },
        { text: 'sticky' },
        { text: 'protect', correct: true },
        { text: 'drop' },
      ],
      explanation:
        'Both protect and restrict drop frames from unknown source MAC addresses while leaving the port up; restrict additionally increments the violation counter and generates syslog/SNMP notifications, whereas protect drops silently. Shutdown err-disables the whole port. Sticky is a method of learning secure MAC addresses, not a violation mode, and drop is not a valid mode.',
    },
    {
      objective: '5',
      difficulty: 2,
      stem: 'After the commands ip dhcp snooping and ip dhcp snooping vlan 10 are entered on an access switch, no clients in VLAN 10 receive IP addresses. The legitimate DHCP server is reached through uplink GigabitEthernet1/0/48. What must be configured?',
      options: [
        { text: 'ip dhcp snooping trust on all access ports in VLAN 10' },
        { text: 'ip helper-address on interface VLAN 10 of the access switch' },
        { text: 'ip dhcp snooping trust on GigabitEthernet1/0/48', correct: true },
        { text: 'ip dhcp snooping limit rate 100 on GigabitEthernet1/0/48' },
      ],
      explanation:
        'With DHCP snooping enabled, every port is untrusted by default and server messages such as DHCPOFFER and DHCPACK arriving on untrusted ports are dropped, so the uplink toward the legitimate server must be trusted. Trusting access ports would defeat protection against rogue DHCP servers. A helper address is unrelated to snooping, and rate limiting does not allow server replies through an untrusted port.',
    },
    {
      objective: '5',
      difficulty: 2,
      stem: `An engineer configures a switch for remote management but SSH connections are refused:

\`\`\`
hostname ACC-SW3
ip domain-name corp.example.com
username netadmin privilege 15 secret Str0ng!Pass
line vty 0 15
 login local
 transport input ssh

ACC-SW3# show ip ssh
SSH Disabled - version 1.99
%Please create RSA keys to enable SSH (and of atleast 768 bits for SSH v2).
\`\`\`

Which command enables SSH?`,
      options: [
        { text: 'ip ssh version 2' },
        { text: 'transport input telnet ssh' },
        { text: 'enable secret Str0ng!Pass' },
        { text: 'crypto key generate rsa modulus 2048', correct: true },
      ],
      explanation:
        'SSH requires an RSA key pair, and the output states that no keys exist; crypto key generate rsa (with a modulus of at least 768 bits for SSHv2, ideally 2048) enables the SSH server using the configured hostname and domain name. Setting ip ssh version 2 fails without keys, and allowing Telnet on the VTY lines would add an insecure protocol rather than fix SSH. An enable secret is not required for SSH to start.',
      references: [
        {
          title: 'RFC 4253 – The Secure Shell (SSH) Transport Layer Protocol',
          url: 'https://www.rfc-editor.org/rfc/rfc4253',
        },
      ],
    },
    {
      objective: '5',
      difficulty: 2,
      stem: 'A company is upgrading its wireless security from WPA2 to WPA3. Which two statements about these protocols are true? (Choose two.)',
      options: [
        {
          text: 'WPA3-Personal uses Simultaneous Authentication of Equals (SAE) instead of the WPA2 pre-shared key handshake.',
          correct: true,
        },
        { text: 'WPA3 requires TKIP for backward compatibility with WPA2 clients.' },
        { text: 'WPA2-Personal authenticates each user individually against a RADIUS server.' },
        { text: 'WPA2 uses AES-based CCMP for encryption.', correct: true },
        { text: 'WPA3-Enterprise 192-bit mode uses RC4 encryption.' },
      ],
      explanation:
        'WPA3-Personal replaces the PSK-based handshake with SAE, which resists offline dictionary attacks and provides forward secrecy, and WPA2 uses AES-CCMP for encryption. TKIP and RC4 are legacy WPA/WEP ciphers that are not used in WPA3 (its 192-bit mode uses GCMP-256). Individual RADIUS authentication via 802.1X is a feature of the Enterprise modes, not WPA2-Personal.',
    },
    {
      objective: '5',
      difficulty: 2,
      stem: 'An organization is choosing an AAA protocol for device administration and wants the entire packet body encrypted and authorization handled separately from authentication. Which protocol meets these requirements?',
      options: [
        { text: 'TACACS+, which uses TCP port 49', correct: true },
        { text: 'RADIUS, which uses TCP port 49' },
        { text: 'RADIUS, which uses UDP ports 1812 and 1813' },
        { text: 'TACACS+, which uses UDP ports 1812 and 1813' },
      ],
      explanation:
        'TACACS+ runs over TCP port 49, encrypts the full payload and separates authentication, authorization and accounting, making it well suited to device administration. RADIUS uses UDP 1812/1813, encrypts only the password attribute and combines authentication and authorization. The remaining options pair protocols with the wrong ports.',
      references: [
        { title: 'RFC 8907 – The TACACS+ Protocol', url: 'https://www.rfc-editor.org/rfc/rfc8907' },
      ],
    },

    // ───────────────────────── 6. Automation and Programmability ─────────────────────────
    {
      objective: '6',
      difficulty: 2,
      stem: 'A Python script will send a device inventory payload to a controller REST API. Which payload is valid JSON?',
      options: [
        { text: "{'hostname': 'R1', 'vlans': [10, 20, 30], 'enabled': true}" },
        { text: '{hostname: "R1", "vlans": [10, 20, 30], "enabled": True}' },
        { text: '{"hostname": "R1", "vlans": [10, 20, 30], "enabled": true}', correct: true },
        { text: '{"hostname": "R1", "vlans": [10, 20, 30],}' },
      ],
      explanation:
        'JSON requires object keys and string values to be enclosed in double quotes, uses lowercase true/false/null literals and does not permit trailing commas. The first option uses single quotes, the second has an unquoted key and a capitalized True (Python syntax), and the last has a trailing comma after the final element.',
      references: [
        {
          title: 'RFC 8259 – The JavaScript Object Notation (JSON) Data Interchange Format',
          url: 'https://www.rfc-editor.org/rfc/rfc8259',
        },
      ],
    },
    {
      objective: '6',
      difficulty: 2,
      stem: `A script queries a network controller's inventory API:

\`\`\`
GET /api/v1/network-device HTTP/1.1
Host: controller.example.com
Accept: application/json

HTTP/1.1 401 Unauthorized
\`\`\`

What is the most likely cause of the response?`,
      options: [
        { text: 'The requested resource path does not exist on the controller.' },
        { text: 'The request did not include a valid authentication token or credentials.', correct: true },
        { text: 'The controller does not support the GET method on this resource.' },
        { text: 'The request was successful but returned no devices.' },
      ],
      explanation:
        'HTTP 401 Unauthorized means the request lacks valid authentication, such as a missing or expired token in the request headers; the request shown has no authentication header. A nonexistent path returns 404 Not Found, an unsupported method returns 405 Method Not Allowed, and a successful request returns 200 OK even if the list is empty.',
      references: [{ title: 'RFC 9110 – HTTP Semantics', url: 'https://www.rfc-editor.org/rfc/rfc9110' }],
    },
    {
      objective: '6',
      difficulty: 2,
      stem: 'A team is evaluating configuration management tools and selects Ansible to push standard configurations to routers and switches. Which two statements describe Ansible? (Choose two.)',
      options: [
        { text: 'It requires a software agent installed on every managed device.' },
        { text: 'Playbooks are written in YAML.', correct: true },
        { text: 'Managed nodes pull their configuration from a master server on a schedule by default.' },
        { text: 'Configuration files are written in a Ruby-based domain-specific language.' },
        { text: 'It is agentless and typically connects to devices over SSH.', correct: true },
      ],
      explanation:
        'Ansible is agentless, pushing changes from a control node over SSH (or APIs), and its playbooks are written in YAML. Agent-based pull models are characteristic of Puppet and Chef, and Ruby-based DSLs are used by Chef recipes and Puppet manifests rather than Ansible.',
      references: [{ title: 'Ansible Documentation', url: 'https://docs.ansible.com/' }],
    },
    {
      objective: '6',
      difficulty: 1,
      stem: 'In a controller-based (SDN) architecture, which interface does the controller use to communicate with and program the network devices it manages?',
      options: [
        { text: 'Southbound interface', correct: true },
        { text: 'Northbound interface' },
        { text: 'Eastbound interface' },
        { text: 'Management plane console interface' },
      ],
      explanation:
        'Southbound interfaces, using protocols such as OpenFlow, NETCONF or RESTCONF, connect the controller to the network devices below it. Northbound interfaces, usually REST APIs, expose the controller to applications and scripts above it. East-west interfaces link controllers to each other, and console ports are used for local device access, not controller programming.',
    },
    {
      objective: '6',
      difficulty: 2,
      stem: 'Compared with traditional networking, which statement best describes how controller-based networking changes the network planes?',
      options: [
        { text: 'The data plane is moved to the controller, and devices only run routing protocols.' },
        { text: 'The management plane is removed, and devices are configured only through the console.' },
        {
          text: 'Control plane functions are centralized in a controller, while devices continue forwarding traffic in the data plane.',
          correct: true,
        },
        {
          text: 'Each device runs an independent control plane, and the controller only collects syslog messages.',
        },
      ],
      explanation:
        "SDN centralizes much of the control plane (path computation and policy) in the controller, which programs devices that still perform data plane forwarding locally. Forwarding traffic through the controller would not scale, so the data plane stays on the devices. Management is typically performed through the controller's APIs rather than removed, and independent per-device control planes describe traditional networking.",
    },
    {
      objective: '6',
      difficulty: 3,
      stem: `A controller's REST API returns the following response body:

\`\`\`json
{
  "response": [
    {
      "hostname": "edge-rtr-01",
      "managementIpAddress": "10.0.0.1",
      "reachabilityStatus": "Reachable",
      "interfaceCount": 6
    },
    {
      "hostname": "dist-sw-02",
      "managementIpAddress": "10.0.0.2",
      "reachabilityStatus": "Unreachable",
      "interfaceCount": 52
    }
  ],
  "version": "1.0"
}
\`\`\`

Which statement about this payload is correct?`,
      options: [
        { text: 'The value of "version" is a number.' },
        { text: 'The top-level element is an array containing two devices.' },
        { text: 'The value of "reachabilityStatus" is a Boolean.' },
        { text: 'The value of "response" is an array that contains two objects.', correct: true },
      ],
      explanation:
        'Square brackets denote a JSON array, and each element inside is an object enclosed in curly braces, so "response" holds an array of two objects. The top-level element is an object, because the payload starts with a curly brace. "1.0" and "Reachable" are quoted, making them strings; only "interfaceCount" holds numeric values.',
      references: [
        {
          title: 'RFC 8259 – The JavaScript Object Notation (JSON) Data Interchange Format',
          url: 'https://www.rfc-editor.org/rfc/rfc8259',
        },
      ],
    },
    {
      objective: '6',
      difficulty: 2,
      stem: 'An engineer is automating configuration with RESTCONF on a router. Which data-modeling language defines the structure of the configuration and operational data exchanged through RESTCONF and NETCONF?',
      options: [
        { text: 'YAML' },
        { text: 'YANG', correct: true },
        { text: 'XML Schema Definition (XSD) only' },
        { text: 'Jinja2' },
      ],
      explanation:
        'YANG is the data-modeling language that describes the data that NETCONF and RESTCONF read and modify; the data itself is encoded as XML or JSON. YAML is a data serialization format used by tools such as Ansible, Jinja2 is a templating language, and XSD validates XML documents but is not the modeling language used by these protocols.',
      references: [
        { title: 'RFC 8040 – RESTCONF Protocol', url: 'https://www.rfc-editor.org/rfc/rfc8040' },
        {
          title: 'RFC 7950 – The YANG 1.1 Data Modeling Language',
          url: 'https://www.rfc-editor.org/rfc/rfc7950',
        },
      ],
    },
    ...networkKindQuestions,
    ...networkExhibitQuestions,
  ],
  caseStudies: [networkCase],
};
