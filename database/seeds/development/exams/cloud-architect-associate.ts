import type { SeedExam } from '../../types';
import { cloudExhibitQuestions } from '../exhibits/questions';
import { cloudCase } from '../cases';
import { cloudKindQuestions } from '../kinds/cloud';

const REF = {
  vpc: { title: 'Amazon VPC User Guide', url: 'https://docs.aws.amazon.com/vpc/latest/userguide/' },
  iam: { title: 'AWS IAM User Guide', url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/' },
  s3: { title: 'Amazon S3 User Guide', url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/' },
  ec2: { title: 'Amazon EC2 User Guide', url: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/' },
  autoScaling: {
    title: 'Amazon EC2 Auto Scaling User Guide',
    url: 'https://docs.aws.amazon.com/autoscaling/ec2/userguide/',
  },
  alb: {
    title: 'User Guide for Application Load Balancers',
    url: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/',
  },
  nlb: {
    title: 'User Guide for Network Load Balancers',
    url: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/network/',
  },
  rds: { title: 'Amazon RDS User Guide', url: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/' },
  aurora: {
    title: 'Amazon Aurora User Guide',
    url: 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/',
  },
  dynamodb: {
    title: 'Amazon DynamoDB Developer Guide',
    url: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/',
  },
  cloudfront: {
    title: 'Amazon CloudFront Developer Guide',
    url: 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/',
  },
  route53: {
    title: 'Amazon Route 53 Developer Guide',
    url: 'https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/',
  },
  sqs: {
    title: 'Amazon SQS Developer Guide',
    url: 'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/',
  },
  sns: { title: 'Amazon SNS Developer Guide', url: 'https://docs.aws.amazon.com/sns/latest/dg/' },
  lambda: { title: 'AWS Lambda Developer Guide', url: 'https://docs.aws.amazon.com/lambda/latest/dg/' },
  kms: { title: 'AWS KMS Developer Guide', url: 'https://docs.aws.amazon.com/kms/latest/developerguide/' },
  secrets: {
    title: 'AWS Secrets Manager User Guide',
    url: 'https://docs.aws.amazon.com/secretsmanager/latest/userguide/',
  },
  organizations: {
    title: 'AWS Organizations User Guide',
    url: 'https://docs.aws.amazon.com/organizations/latest/userguide/',
  },
  waf: {
    title: 'AWS WAF, AWS Firewall Manager, and AWS Shield Advanced Developer Guide',
    url: 'https://docs.aws.amazon.com/waf/latest/developerguide/',
  },
  cloudtrail: {
    title: 'AWS CloudTrail User Guide',
    url: 'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/',
  },
  guardduty: {
    title: 'Amazon GuardDuty User Guide',
    url: 'https://docs.aws.amazon.com/guardduty/latest/ug/',
  },
  cognito: {
    title: 'Amazon Cognito Developer Guide',
    url: 'https://docs.aws.amazon.com/cognito/latest/developerguide/',
  },
  acm: {
    title: 'AWS Certificate Manager User Guide',
    url: 'https://docs.aws.amazon.com/acm/latest/userguide/',
  },
  ssm: {
    title: 'AWS Systems Manager User Guide',
    url: 'https://docs.aws.amazon.com/systems-manager/latest/userguide/',
  },
  efs: { title: 'Amazon EFS User Guide', url: 'https://docs.aws.amazon.com/efs/latest/ug/' },
  fsxLustre: {
    title: 'Amazon FSx for Lustre User Guide',
    url: 'https://docs.aws.amazon.com/fsx/latest/LustreGuide/',
  },
  kinesis: {
    title: 'Amazon Kinesis Data Streams Developer Guide',
    url: 'https://docs.aws.amazon.com/streams/latest/dev/',
  },
  globalAccelerator: {
    title: 'AWS Global Accelerator Developer Guide',
    url: 'https://docs.aws.amazon.com/global-accelerator/latest/dg/',
  },
  athena: { title: 'Amazon Athena User Guide', url: 'https://docs.aws.amazon.com/athena/latest/ug/' },
  directConnect: {
    title: 'AWS Direct Connect User Guide',
    url: 'https://docs.aws.amazon.com/directconnect/latest/UserGuide/',
  },
  vpn: {
    title: 'AWS Site-to-Site VPN User Guide',
    url: 'https://docs.aws.amazon.com/vpn/latest/s2svpn/',
  },
  wellArchitected: {
    title: 'AWS Well-Architected Framework',
    url: 'https://docs.aws.amazon.com/wellarchitected/latest/framework/',
  },
  drWhitepaper: {
    title: 'Disaster Recovery of Workloads on AWS (whitepaper)',
    url: 'https://docs.aws.amazon.com/whitepapers/latest/disaster-recovery-workloads-on-aws/',
  },
  savingsPlans: {
    title: 'Savings Plans User Guide',
    url: 'https://docs.aws.amazon.com/savingsplans/latest/userguide/',
  },
  costManagement: {
    title: 'AWS Cost Management User Guide',
    url: 'https://docs.aws.amazon.com/cost-management/latest/userguide/',
  },
  computeOptimizer: {
    title: 'AWS Compute Optimizer User Guide',
    url: 'https://docs.aws.amazon.com/compute-optimizer/latest/ug/',
  },
} as const;

export const cloudArchitectAssociate: SeedExam = {
  slug: 'cloud-architect-associate',
  code: 'CSA-C02',
  title: 'Cloud Solutions Architect – Associate',
  vendor: 'Stratus Cloud Academy',
  description:
    'Validates the ability to design secure, resilient, high-performing, and cost-optimized workloads on a major public cloud platform using core services such as VPC networking, IAM, S3, EC2, RDS, DynamoDB, and serverless building blocks. ' +
    'Scenario-based items ask candidates to choose the architecture that best meets stated business and technical requirements, in the style of the AWS Certified Solutions Architect – Associate exam.',
  durationMinutes: 130,
  questionCount: 65,
  passingScore: 72,
  objectives: [
    { code: '1', title: 'Design secure architectures', weight: 30 },
    { code: '2', title: 'Design resilient architectures', weight: 26 },
    { code: '3', title: 'Design high-performing architectures', weight: 24 },
    { code: '4', title: 'Design cost-optimized architectures', weight: 20 },
  ],
  questions: [
    // ───────────────────────── 1. Design secure architectures ─────────────────────────
    {
      objective: '1',
      difficulty: 1,
      stem: 'A company runs application servers on Amazon EC2 instances in a private subnet of a VPC. The instances must download operating system patches from the internet, but they must not be reachable by any connection that is initiated from the internet. The instances use IPv4 only. Which solution meets these requirements?',
      options: [
        {
          text: 'Attach an internet gateway to the VPC and add a `0.0.0.0/0` route to it in the private subnet route table.',
        },
        {
          text: 'Create a NAT gateway in a public subnet and add a `0.0.0.0/0` route that targets the NAT gateway in the private subnet route table.',
          correct: true,
        },
        {
          text: 'Create an egress-only internet gateway and add a `0.0.0.0/0` route to it in the private subnet route table.',
        },
        { text: 'Create a gateway VPC endpoint and add it to the private subnet route table.' },
      ],
      explanation:
        'A NAT gateway in a public subnet lets instances in private subnets initiate outbound IPv4 connections while blocking connections initiated from the internet. Routing a private subnet directly to an internet gateway would turn it into a public subnet, and instances would also need public IP addresses. An egress-only internet gateway works only for IPv6 traffic, and gateway VPC endpoints reach only Amazon S3 and DynamoDB, not general internet patch repositories.',
      references: [REF.vpc],
    },
    {
      objective: '1',
      difficulty: 2,
      stem: 'A security team discovers that a specific external IP address range is sending malicious requests to a fleet of web servers in two public subnets. The team must block all traffic from that range to every resource in those subnets as quickly as possible, while keeping all other traffic flowing. What should a solutions architect do?',
      options: [
        { text: 'Add a deny rule for the IP range to the security group attached to the web servers.' },
        { text: 'Remove the route to the internet gateway from the public subnet route table.' },
        { text: 'Enable Amazon GuardDuty and configure it to block the IP range.' },
        {
          text: 'Add an inbound deny rule for the IP range, with a lower rule number than the allow rules, to the network ACL associated with the public subnets.',
          correct: true,
        },
      ],
      explanation:
        'Network ACLs support explicit deny rules and are evaluated in rule-number order, so a low-numbered deny rule blocks the range for every resource in the associated subnets. Security groups support only allow rules, so a deny rule cannot be added there. Removing the internet gateway route would cut off all legitimate users, and GuardDuty is a threat detection service that does not block traffic by itself.',
      references: [REF.vpc],
    },
    {
      objective: '1',
      difficulty: 2,
      stem: 'A data processing application runs on EC2 instances in private subnets and reads large objects from an Amazon S3 bucket in the same AWS Region. Company policy states that this traffic must not traverse the public internet. Which solution meets this requirement MOST cost-effectively?',
      options: [
        {
          text: 'Create a gateway VPC endpoint for Amazon S3 and associate it with the route tables of the private subnets.',
          correct: true,
        },
        {
          text: 'Create a NAT gateway in each Availability Zone and route S3 traffic through the NAT gateways.',
        },
        { text: 'Create an interface VPC endpoint for Amazon S3 in each private subnet.' },
        { text: 'Set up an AWS Site-to-Site VPN connection between the VPC and Amazon S3.' },
      ],
      explanation:
        'A gateway VPC endpoint for S3 keeps traffic on the AWS network and has no hourly or data processing charges; it works by adding a prefix-list route to the selected route tables. An interface endpoint would also keep traffic private but adds hourly and per-GB charges. A NAT gateway sends traffic toward public S3 endpoints and adds processing charges, and Site-to-Site VPN connects on-premises networks to a VPC, not a VPC to S3.',
      references: [REF.vpc, REF.s3],
    },
    {
      objective: '1',
      difficulty: 1,
      stem: 'An application running on Amazon EC2 instances needs to read and write items in an Amazon DynamoDB table. The security team prohibits long-term credentials on the instances. Which approach should a solutions architect recommend?',
      options: [
        {
          text: 'Create an IAM user with DynamoDB permissions and store its access keys in environment variables on each instance.',
        },
        {
          text: 'Store the access keys of an IAM user in AWS Secrets Manager and retrieve them at application startup.',
        },
        {
          text: 'Create an IAM role with the required DynamoDB permissions and attach it to the instances through an instance profile.',
          correct: true,
        },
        { text: 'Use the root user access keys in the application, protected by an MFA device.' },
      ],
      explanation:
        'An IAM role attached through an instance profile provides temporary credentials that are rotated automatically and delivered through the instance metadata service, so no long-term keys exist on the instance. IAM user access keys are long-term credentials whether they sit in environment variables or in Secrets Manager. Root user access keys should never be used by applications.',
      references: [REF.iam, REF.ec2],
    },
    {
      objective: '1',
      difficulty: 3,
      stem: 'Account A owns an Amazon S3 bucket that uses SSE-S3 encryption. An application in Account B assumes an IAM role named `ReportReader` and must download objects from the bucket. S3 Block Public Access is enabled on the bucket and must remain enabled. Which actions must be taken to grant this access? (Choose two.)',
      options: [
        {
          text: 'In Account A, add a bucket policy statement that allows `s3:GetObject` for the `ReportReader` role ARN from Account B.',
          correct: true,
        },
        {
          text: 'In Account B, attach an identity-based policy to the `ReportReader` role that allows `s3:GetObject` on the bucket objects.',
          correct: true,
        },
        { text: 'In Account A, grant the public-read canned ACL on each object.' },
        {
          text: 'In Account A, disable S3 Block Public Access so that cross-account principals can be granted access.',
        },
        { text: 'In Account A, attach a service control policy that allows Account B to access the bucket.' },
      ],
      explanation:
        'Cross-account access requires permission from both sides: the resource owner must allow the external principal in the bucket policy, and the principal’s own account must allow the action in an identity-based policy. Granting access to a specific account or role is not public access, so Block Public Access can stay enabled, and a public-read ACL would violate the requirement. SCPs never grant permissions; they only set the maximum available permissions for member accounts.',
      references: [REF.s3, REF.iam],
    },
    {
      objective: '1',
      difficulty: 2,
      stem: 'A company must encrypt all objects stored in a new S3 bucket. Compliance requires that the company controls the key policy, can disable the key if necessary, and can audit every use of the key in AWS CloudTrail. The company does not want to manage key material or send keys with each request. Which encryption option meets these requirements?',
      options: [
        { text: 'Server-side encryption with Amazon S3 managed keys (SSE-S3).' },
        { text: 'Server-side encryption with customer-provided keys (SSE-C).' },
        { text: 'Client-side encryption using keys stored on an on-premises file server.' },
        {
          text: 'Server-side encryption with AWS KMS keys (SSE-KMS) using a customer managed key.',
          correct: true,
        },
      ],
      explanation:
        'SSE-KMS with a customer managed key lets the company define the key policy, enable or disable the key, configure rotation, and see each use of the key logged in CloudTrail. With SSE-S3, AWS manages the keys and the company has no key policy to control. SSE-C and client-side encryption both require the company to manage and supply key material, which the requirements rule out.',
      references: [REF.kms, REF.s3],
    },
    {
      objective: '1',
      difficulty: 1,
      stem: 'A web application connects to an Amazon RDS for PostgreSQL database. The database password is currently hardcoded in the application configuration file. The security team requires that the credentials be stored encrypted and rotated automatically every 30 days with minimal custom code. Which service should the company use?',
      options: [
        { text: 'AWS Secrets Manager with managed rotation configured for the RDS secret.', correct: true },
        { text: 'AWS Systems Manager Parameter Store with a standard String parameter.' },
        { text: 'An encrypted object in Amazon S3 that the application reads at startup.' },
        { text: 'AWS Key Management Service (AWS KMS) to store the password as a key.' },
      ],
      explanation:
        'Secrets Manager stores secrets encrypted with AWS KMS and provides built-in rotation for Amazon RDS credentials on a schedule. Parameter Store can hold encrypted SecureString parameters, but a plain String parameter is not encrypted and Parameter Store has no native rotation. An S3 object would require custom rotation logic, and KMS stores encryption keys, not application secrets such as passwords.',
      references: [REF.secrets],
    },
    {
      objective: '1',
      difficulty: 2,
      stem: 'A public web application runs behind an Application Load Balancer. Security testing shows that the application is vulnerable to SQL injection and cross-site scripting (XSS) attacks. The development team needs several weeks to fix the code. Which solution provides protection in the meantime with the LEAST operational overhead?',
      options: [
        { text: 'Subscribe to AWS Shield Standard and enable it on the Application Load Balancer.' },
        { text: 'Add security group rules that block requests that contain SQL keywords.' },
        {
          text: 'Create an AWS WAF web ACL that uses AWS managed rule groups for SQL injection and known bad inputs, and associate it with the Application Load Balancer.',
          correct: true,
        },
        { text: 'Enable Amazon GuardDuty and send its findings to the development team.' },
      ],
      explanation:
        'AWS WAF inspects HTTP requests at layer 7 and offers managed rule groups that detect SQL injection and XSS patterns; a web ACL can be associated directly with an ALB. Shield Standard is automatic and protects against network and transport layer DDoS attacks, not application-layer injection. Security groups filter by IP, port, and protocol only, and GuardDuty detects threats but does not block web requests.',
      references: [REF.waf],
    },
    {
      objective: '1',
      difficulty: 3,
      stem: 'A company uses AWS Organizations with dozens of member accounts. The security team must ensure that no one in any member account, including users with full administrator permissions, can stop or delete AWS CloudTrail trails. The control must be preventive and must apply automatically to new accounts added to the organization. What should a solutions architect do?',
      options: [
        {
          text: 'Create an IAM policy that denies `cloudtrail:StopLogging` and `cloudtrail:DeleteTrail` and attach it to every IAM user and role in each account.',
        },
        {
          text: 'Deploy an AWS Config rule that detects stopped trails and restarts them with an automatic remediation action.',
        },
        {
          text: 'Apply an IAM permissions boundary to all administrator roles that excludes CloudTrail actions.',
        },
        {
          text: 'Attach a service control policy (SCP) that denies `cloudtrail:StopLogging` and `cloudtrail:DeleteTrail` to the root of the organization.',
          correct: true,
        },
      ],
      explanation:
        'An SCP attached at the organization root limits the maximum permissions of every principal in all member accounts, including administrators and the member account root user, and it applies automatically to new accounts. IAM policies and permissions boundaries are managed inside each account, so account administrators could modify or remove them. An AWS Config rule is detective and corrective rather than preventive.',
      references: [REF.organizations, REF.cloudtrail],
    },
    {
      objective: '1',
      difficulty: 1,
      stem: 'A company has just created a new AWS account. A solutions architect wants to follow security best practices for the AWS account root user. Which actions should the architect take? (Choose two.)',
      options: [
        { text: 'Enable multi-factor authentication (MFA) on the root user.', correct: true },
        {
          text: 'Share the root user password with all members of the operations team so that they can respond to incidents.',
        },
        { text: 'Attach an IAM policy to the root user that limits its permissions to billing actions.' },
        {
          text: 'Delete any access keys that exist for the root user and use IAM roles or IAM Identity Center for daily administration.',
          correct: true,
        },
        {
          text: 'Use the root user for daily administrative tasks so that all actions are logged under one identity.',
        },
      ],
      explanation:
        'Best practice is to protect the root user with MFA, avoid root access keys, and use separate identities with least-privilege permissions for everyday work. IAM policies cannot be attached to the root user, so its permissions cannot be limited that way. Sharing the root password or using root for daily work removes individual accountability and greatly increases risk.',
      references: [REF.iam],
    },
    {
      objective: '1',
      difficulty: 2,
      stem: 'A company is building a mobile app in which users sign in with their existing social media accounts. After signing in, the app must upload photos directly to a prefix in an S3 bucket that is specific to each user. The company does not want to embed any AWS credentials in the app. Which solution meets these requirements?',
      options: [
        { text: 'Create an IAM user for each app user and distribute the access keys through the app.' },
        {
          text: 'Use an Amazon Cognito user pool federated with the social identity providers, and a Cognito identity pool that exchanges tokens for temporary credentials from an IAM role scoped to the user’s prefix.',
          correct: true,
        },
        { text: 'Make the bucket publicly writable and rely on object names to separate users.' },
        {
          text: 'Embed the access keys of a single IAM user with `s3:PutObject` permission in the app binary.',
        },
      ],
      explanation:
        'Cognito user pools handle sign-in, including federation with social identity providers, and Cognito identity pools exchange the resulting tokens for temporary AWS credentials from an IAM role whose policy can use the identity ID to restrict access to a per-user prefix. Creating IAM users per app user does not scale and distributes long-term keys. A publicly writable bucket or embedded keys expose the bucket to anyone who inspects the app.',
      references: [REF.cognito],
    },
    {
      objective: '1',
      difficulty: 3,
      stem: 'An auditor finds that an existing Amazon RDS for MySQL DB instance was created without encryption at rest. The company must encrypt the database with an AWS KMS key while keeping all existing data. Which solution meets this requirement?',
      options: [
        {
          text: 'Modify the DB instance and enable encryption, then apply the change during the next maintenance window.',
        },
        { text: 'Create an encrypted read replica of the unencrypted DB instance and promote the replica.' },
        {
          text: 'Take a snapshot of the DB instance, copy the snapshot with encryption enabled using the KMS key, and restore a new DB instance from the encrypted snapshot.',
          correct: true,
        },
        {
          text: 'Enable encryption on the underlying EBS volumes of the DB instance from the Amazon EC2 console.',
        },
      ],
      explanation:
        'Encryption cannot be turned on for an existing unencrypted RDS DB instance, but a snapshot can be copied with encryption enabled and a new encrypted instance restored from the copy. RDS does not support creating an encrypted read replica from an unencrypted instance. The storage of RDS instances is managed by the service and is not exposed as EBS volumes in the EC2 console.',
      references: [REF.rds],
    },
    {
      objective: '1',
      difficulty: 2,
      stem: 'A three-tier application has web, application, and database tiers, each in its own subnets and each with its own security group. The database runs MySQL on port 3306. The security team requires that only the application tier instances can connect to the database, even as instances are added or replaced by Auto Scaling. How should the database security group be configured?',
      options: [
        { text: 'Allow inbound TCP 3306 from the CIDR block of the entire VPC.' },
        { text: 'Allow inbound TCP 3306 from `0.0.0.0/0` and deny all other traffic in the network ACL.' },
        { text: 'Allow inbound TCP 3306 from the private IP address of each application instance.' },
        {
          text: 'Allow inbound TCP 3306 with the application tier security group ID as the source.',
          correct: true,
        },
      ],
      explanation:
        'Referencing the application tier security group as the source allows any instance that carries that group, including newly launched ones, while excluding everything else. Allowing the VPC CIDR would also admit the web tier. Listing individual private IP addresses breaks whenever Auto Scaling replaces instances, and opening the port to 0.0.0.0/0 is overly permissive.',
      references: [REF.vpc],
    },
    {
      objective: '1',
      difficulty: 1,
      stem: 'A company wants a managed service that continuously analyzes AWS CloudTrail events, VPC Flow Logs, and DNS logs to detect threats such as compromised credentials, cryptocurrency mining, and communication with known malicious IP addresses. Which service should a solutions architect recommend?',
      options: [
        { text: 'Amazon Inspector' },
        { text: 'Amazon GuardDuty', correct: true },
        { text: 'Amazon Macie' },
        { text: 'AWS Config' },
      ],
      explanation:
        'GuardDuty is a threat detection service that analyzes CloudTrail management events, VPC Flow Logs, and DNS logs using threat intelligence and machine learning. Amazon Inspector scans workloads for software vulnerabilities and unintended network exposure. Macie discovers sensitive data in S3, and AWS Config records and evaluates resource configurations.',
      references: [REF.guardduty],
    },
    {
      objective: '1',
      difficulty: 2,
      stem: 'A company serves a static website from an S3 bucket through an Amazon CloudFront distribution. Users are currently able to bypass CloudFront and download objects directly from the S3 bucket URL. The company wants all access to go through CloudFront. What should a solutions architect do?',
      options: [
        {
          text: 'Enable S3 static website hosting and require a custom Referer header in the bucket policy.',
        },
        { text: 'Attach a security group to the S3 bucket that allows only CloudFront IP ranges.' },
        {
          text: 'Configure an origin access control (OAC) on the distribution and update the bucket policy to allow reads only from the CloudFront service principal for that distribution; keep the bucket private.',
          correct: true,
        },
        { text: 'Enable S3 Transfer Acceleration and disable the regular bucket endpoint.' },
      ],
      explanation:
        'With origin access control, CloudFront signs its requests to S3, and a bucket policy that allows only the CloudFront service principal with a condition on the distribution ARN blocks direct access to a private bucket. A Referer header check is easily spoofed and requires a publicly readable website endpoint. S3 buckets do not have security groups, and Transfer Acceleration speeds up transfers rather than restricting access.',
      references: [REF.cloudfront, REF.s3],
    },
    {
      objective: '1',
      difficulty: 3,
      stem: 'Administrators need shell access to Linux EC2 instances that run in private subnets. The subnets have no NAT gateway and no route to the internet. The security team forbids inbound SSH, bastion hosts, and long-term SSH keys, and requires that all sessions be logged. Which actions together meet these requirements? (Choose two.)',
      options: [
        { text: 'Deploy a bastion host in a public subnet and allow SSH from the corporate IP range.' },
        {
          text: 'Attach an instance profile that includes the `AmazonSSMManagedInstanceCore` managed policy and use AWS Systems Manager Session Manager with session logging enabled.',
          correct: true,
        },
        {
          text: 'Open inbound TCP port 22 from `0.0.0.0/0` on the instance security groups and rely on key pairs for authentication.',
        },
        {
          text: 'Create interface VPC endpoints for Systems Manager (`ssm`, `ssmmessages`, and `ec2messages`) in the VPC.',
          correct: true,
        },
        { text: 'Assign Elastic IP addresses to the instances so that administrators can connect directly.' },
      ],
      explanation:
        'Session Manager provides browser- or CLI-based shell access without inbound ports or SSH keys and can log sessions to CloudWatch Logs or S3; the instances need an instance profile with the core Systems Manager permissions. Because the subnets have no internet path, interface VPC endpoints for the Systems Manager services are required for the agent to reach the service. Bastion hosts, open port 22, and Elastic IPs all violate the stated restrictions.',
      references: [REF.ssm, REF.vpc],
    },
    {
      objective: '1',
      difficulty: 1,
      stem: 'A company wants to serve its public website over HTTPS through an Application Load Balancer. The company wants a trusted public TLS certificate that it does not have to pay for or renew manually. Which solution meets these requirements?',
      options: [
        {
          text: 'Request a public certificate from AWS Certificate Manager (ACM) with DNS validation and attach it to an HTTPS listener on the ALB.',
          correct: true,
        },
        { text: 'Generate a self-signed certificate, upload it to IAM, and attach it to the ALB.' },
        { text: 'Create an AWS KMS key and configure the ALB listener to use the key for TLS.' },
        { text: 'Install a certificate on every EC2 instance and configure the ALB to use TCP passthrough.' },
      ],
      explanation:
        'Public ACM certificates are free, trusted by browsers, and renewed automatically when DNS validation remains in place and the certificate is in use. A self-signed certificate triggers browser warnings. KMS keys are not TLS certificates, and an ALB terminates TLS itself rather than passing TCP through, so per-instance certificates add overhead without meeting the requirement.',
      references: [REF.acm, REF.alb],
    },
    {
      objective: '1',
      difficulty: 3,
      stem: 'A Lambda function reads objects from an S3 bucket. The bucket’s default encryption is SSE-KMS with a customer managed key. The function’s execution role allows `s3:GetObject` on the bucket, but every call fails with an AccessDenied error. The key policy contains the default statement that enables IAM policies in the account. What is the MOST secure way to fix the problem?',
      options: [
        { text: 'Change the execution role policy to allow `s3:*` on all resources.' },
        { text: 'Enable automatic rotation on the customer managed key.' },
        {
          text: 'Add a statement to the execution role policy that allows `kms:Decrypt` on the ARN of the customer managed key.',
          correct: true,
        },
        { text: 'Make the bucket public and remove default encryption.' },
      ],
      explanation:
        'Reading an SSE-KMS object requires permission to call `kms:Decrypt` on the key in addition to `s3:GetObject`; because the key policy already delegates to IAM, a scoped IAM statement on the key ARN is sufficient. Broadening S3 permissions does not grant KMS access. Key rotation does not change permissions, and making the bucket public is insecure.',
      references: [REF.kms, REF.lambda],
    },
    {
      objective: '1',
      difficulty: 3,
      stem: 'A company uses AWS Organizations. Auditors require a record of all AWS API activity in every current and future account, stored centrally for 7 years, and protected so that no one, including administrators, can delete or alter the records during that period. Which combination of actions meets these requirements? (Choose three.)',
      options: [
        {
          text: 'Create an organization trail in AWS CloudTrail from the management account.',
          correct: true,
        },
        { text: 'Deliver the trail logs to an S3 bucket in a dedicated log archive account.', correct: true },
        { text: 'Enable VPC Flow Logs in every VPC and send them to Amazon CloudWatch Logs.' },
        {
          text: 'Enable S3 Object Lock on the log bucket with a default retention period of 7 years in compliance mode.',
          correct: true,
        },
        { text: 'Create an IAM user with AdministratorAccess for each auditor in every account.' },
        { text: 'Rely on the CloudTrail event history in each account.' },
      ],
      explanation:
        'An organization trail automatically logs API activity for all member accounts, including accounts added later, and a bucket in a separate log archive account isolates the records from workload administrators. Object Lock in compliance mode prevents any user, including the root user, from deleting or overwriting locked object versions until the retention period ends. VPC Flow Logs capture network traffic rather than API calls, and CloudTrail event history keeps only 90 days of management events.',
      references: [REF.cloudtrail, REF.s3],
    },
    {
      objective: '1',
      difficulty: 1,
      stem: 'A media company has been targeted by large distributed denial of service (DDoS) attacks against its CloudFront distributions and Route 53 hosted zones. The company wants enhanced DDoS protection, access to the AWS Shield Response Team during attacks, and protection against scaling charges caused by attacks. Which service should the company use?',
      options: [
        { text: 'AWS Shield Standard' },
        { text: 'AWS Firewall Manager' },
        { text: 'Amazon Inspector' },
        { text: 'AWS Shield Advanced', correct: true },
      ],
      explanation:
        'Shield Advanced adds enhanced detection and mitigation, 24/7 access to the Shield Response Team, and cost protection for scaling charges caused by DDoS attacks. Shield Standard is automatic and free but does not include response team access or cost protection. Firewall Manager centrally manages firewall rules across accounts, and Inspector performs vulnerability scanning.',
      references: [REF.waf],
    },
    {
      objective: '1',
      difficulty: 2,
      stem: 'A solutions architect is reviewing network controls for a VPC. Which statements about security groups and network ACLs are correct? (Choose two.)',
      options: [
        {
          text: 'Security groups are stateful: return traffic for an allowed inbound connection is automatically allowed.',
          correct: true,
        },
        { text: 'Security groups support both allow and deny rules.' },
        {
          text: 'Network ACL rules are evaluated in order, starting with the lowest rule number, and the first matching rule is applied.',
          correct: true,
        },
        { text: 'Network ACLs are stateful, so outbound rules for response traffic are not needed.' },
        { text: 'A newly created VPC’s default network ACL denies all inbound traffic.' },
      ],
      explanation:
        'Security groups are stateful and support allow rules only, while network ACLs are stateless and are evaluated in ascending rule-number order until a rule matches. Because network ACLs are stateless, response traffic must be explicitly allowed, typically through ephemeral port ranges. The default network ACL allows all inbound and outbound traffic; it is a newly created custom network ACL that denies everything until rules are added.',
      references: [REF.vpc],
    },

    // ───────────────────────── 2. Design resilient architectures ─────────────────────────
    {
      objective: '2',
      difficulty: 1,
      stem: 'A company runs its production database on a single Amazon RDS for MySQL DB instance. The company needs the database to remain available if an Availability Zone fails, with automatic failover and no changes to the application connection string. Which solution meets these requirements?',
      options: [
        { text: 'Create a read replica in another Availability Zone and update the application to use it.' },
        { text: 'Enable automated backups with a 35-day retention period.' },
        { text: 'Convert the DB instance to a Multi-AZ deployment.', correct: true },
        { text: 'Change to a larger DB instance class with more network bandwidth.' },
      ],
      explanation:
        'A Multi-AZ deployment keeps a synchronously replicated standby in another Availability Zone and automatically fails over by repointing the same DNS endpoint to the standby. A read replica uses asynchronous replication and must be promoted manually, and the application would need a new endpoint. Backups and larger instance classes do not provide automatic failover.',
      references: [REF.rds],
    },
    {
      objective: '2',
      difficulty: 2,
      stem: 'An e-commerce website accepts orders through a web tier that calls an order processing service synchronously. During flash sales the order processing service becomes overloaded, requests time out, and orders are lost. The company wants to make sure that no orders are lost and that the processing tier can scale independently. Which solution should a solutions architect recommend?',
      options: [
        {
          text: 'Have the web tier send orders to an Amazon SQS queue and have the processing tier poll the queue, scaling the processing fleet based on queue depth.',
          correct: true,
        },
        {
          text: 'Have the web tier publish orders to an Amazon SNS topic with an HTTP subscription to the processing tier.',
        },
        { text: 'Increase the instance size of the processing tier and raise the web tier request timeout.' },
        {
          text: 'Place the processing tier behind a Network Load Balancer with cross-zone load balancing enabled.',
        },
      ],
      explanation:
        'An SQS queue durably buffers orders so that bursts do not overwhelm consumers, and an Auto Scaling group can scale workers on queue backlog. SNS pushes messages to subscribers and does not act as a work buffer for a consumer that cannot keep up. Larger instances and longer timeouts only delay the failure, and a load balancer still forwards requests synchronously to an overloaded tier.',
      references: [REF.sqs, REF.autoScaling],
    },
    {
      objective: '2',
      difficulty: 2,
      stem: 'A payment application sends account transactions for processing. Transactions for the same account must be processed in the exact order they were sent, and each transaction must be processed only once. Transactions for different accounts can be processed in parallel. Which solution meets these requirements?',
      options: [
        { text: 'An Amazon SQS standard queue with a visibility timeout longer than the processing time.' },
        { text: 'An Amazon SNS standard topic with an AWS Lambda subscriber.' },
        { text: 'An Amazon SQS standard queue with long polling enabled.' },
        { text: 'An Amazon SQS FIFO queue that uses the account ID as the message group ID.', correct: true },
      ],
      explanation:
        'SQS FIFO queues preserve order within a message group and provide exactly-once processing, while different message groups can be consumed in parallel. Standard queues offer best-effort ordering and at-least-once delivery, regardless of visibility timeout or polling settings. A standard SNS topic also does not guarantee ordering or deduplication.',
      references: [REF.sqs],
    },
    {
      objective: '2',
      difficulty: 2,
      stem: 'A company hosts a web application in a single AWS Region behind an Application Load Balancer. If the application becomes unhealthy, the company wants users to be automatically redirected to a static maintenance page hosted in an S3 bucket. Which Amazon Route 53 configuration meets this requirement?',
      options: [
        { text: 'Weighted routing with a weight of 255 for the ALB and 1 for the S3 website endpoint.' },
        {
          text: 'Failover routing with the ALB as the primary record, associated with a health check, and the S3 website endpoint as the secondary record.',
          correct: true,
        },
        { text: 'Latency-based routing with one record for the ALB and one for the S3 website endpoint.' },
        { text: 'Geolocation routing with a default record that points to the S3 website endpoint.' },
      ],
      explanation:
        'Failover routing sends traffic to the primary record while its health check passes and to the secondary record when it fails, which is exactly an active-passive pattern. Weighted routing would constantly send a small share of users to the maintenance page. Latency and geolocation routing choose records based on the user’s network latency or location, not on application health alone.',
      references: [REF.route53],
    },
    {
      objective: '2',
      difficulty: 3,
      stem: 'A company’s critical application runs in one AWS Region. The business requires a recovery time objective (RTO) of under 10 minutes and a recovery point objective (RPO) of seconds if the Region becomes unavailable. Leadership wants the lowest cost that still meets both objectives. Which disaster recovery strategy should a solutions architect choose?',
      options: [
        { text: 'Backup and restore, with nightly snapshots copied to a second Region.' },
        {
          text: 'Pilot light, with data replicated to a second Region and application servers provisioned only when a disaster is declared.',
        },
        {
          text: 'Warm standby, with continuous data replication and a scaled-down but fully functional copy of the application running in a second Region.',
          correct: true,
        },
        {
          text: 'Multi-site active/active, with full production capacity serving traffic in two Regions at all times.',
        },
      ],
      explanation:
        'Warm standby keeps a smaller, always-running copy of the workload with continuously replicated data, so recovery mostly consists of scaling up and shifting traffic, which fits an RTO of minutes and an RPO of seconds. Backup and restore yields RTOs and RPOs of hours, and pilot light typically needs tens of minutes to provision and start the application tier. Multi-site active/active would meet the objectives but at the highest cost.',
      references: [REF.drWhitepaper],
    },
    {
      objective: '2',
      difficulty: 1,
      stem: 'An internal reporting application can tolerate up to 24 hours of data loss and up to 24 hours of downtime after a regional disaster. The company wants the MOST cost-effective disaster recovery strategy. Which strategy should a solutions architect recommend?',
      options: [
        { text: 'Backup and restore', correct: true },
        { text: 'Pilot light' },
        { text: 'Warm standby' },
        { text: 'Multi-site active/active' },
      ],
      explanation:
        'Backup and restore has the lowest cost because no infrastructure runs in the recovery Region until it is needed, and its RTO and RPO in hours fit the 24-hour tolerances. Pilot light, warm standby, and multi-site keep progressively more resources running continuously and cost more. Those strategies are justified only when tighter recovery objectives are required.',
      references: [REF.drWhitepaper],
    },
    {
      objective: '2',
      difficulty: 1,
      stem: 'A stateless web application runs on a single EC2 instance in one Availability Zone. The company wants the application to keep serving users if the instance or the Availability Zone fails. Which combination of steps should a solutions architect take? (Choose two.)',
      options: [
        { text: 'Move the application to a larger instance type with enhanced networking.' },
        {
          text: 'Create an Auto Scaling group that launches instances across at least two Availability Zones.',
          correct: true,
        },
        { text: 'Place the instances in a cluster placement group.' },
        {
          text: 'Put an Application Load Balancer in front of the instances, with subnets in the same Availability Zones.',
          correct: true,
        },
        {
          text: 'Assign an Elastic IP address and write a script to move it to a new instance after a failure.',
        },
      ],
      explanation:
        'An Auto Scaling group spanning multiple Availability Zones replaces failed instances and keeps capacity in healthy zones, and an ALB distributes traffic only to healthy targets across those zones. A larger instance remains a single point of failure. A cluster placement group packs instances into one Availability Zone, and a scripted Elastic IP move adds manual effort and downtime.',
      references: [REF.autoScaling, REF.alb],
    },
    {
      objective: '2',
      difficulty: 2,
      stem: 'A web application runs on EC2 instances in an Auto Scaling group behind an Application Load Balancer. Users are logged out whenever a scale-in event terminates an instance because session data is stored in memory on the instances. Which solution resolves this issue while keeping the application scalable?',
      options: [
        { text: 'Enable sticky sessions on the ALB target group.' },
        { text: 'Store session data on the instance store volumes of each instance.' },
        { text: 'Disable scale-in for the Auto Scaling group.' },
        {
          text: 'Store session data in Amazon ElastiCache or Amazon DynamoDB so that any instance can read it.',
          correct: true,
        },
      ],
      explanation:
        'Moving session state to a shared external store such as ElastiCache or DynamoDB makes the web tier stateless, so any instance can serve any user and terminations do not lose sessions. Sticky sessions still tie the session to one instance, which is lost when that instance terminates. Instance store data disappears with the instance, and disabling scale-in wastes money without solving the underlying problem.',
      references: [REF.dynamodb],
    },
    {
      objective: '2',
      difficulty: 2,
      stem: 'A company stores critical engineering documents in an S3 bucket in us-east-1. The company must be able to recover objects that are accidentally overwritten or deleted, and must keep an automatically maintained copy of new objects in another Region. Which actions should a solutions architect take? (Choose two.)',
      options: [
        {
          text: 'Enable S3 Versioning on the source bucket and on a destination bucket in another Region.',
          correct: true,
        },
        { text: 'Enable S3 Transfer Acceleration on the source bucket.' },
        {
          text: 'Configure an S3 Cross-Region Replication rule from the source bucket to the destination bucket.',
          correct: true,
        },
        { text: 'Change the storage class of all objects to S3 One Zone-Infrequent Access.' },
        { text: 'Enable static website hosting on the destination bucket.' },
      ],
      explanation:
        'S3 Versioning keeps prior versions of overwritten and deleted objects so they can be restored, and it is a prerequisite for replication on both buckets. A Cross-Region Replication rule then asynchronously copies new objects to the bucket in the other Region. Transfer Acceleration speeds uploads, One Zone-IA reduces resilience, and website hosting is unrelated to recovery.',
      references: [REF.s3],
    },
    {
      objective: '2',
      difficulty: 2,
      stem: 'A content management system runs on Linux EC2 instances in an Auto Scaling group that spans three Availability Zones. All instances must read and write the same set of files concurrently using standard POSIX file system semantics, and the storage must remain available if an Availability Zone fails. Which storage solution meets these requirements?',
      options: [
        { text: 'An Amazon EBS Provisioned IOPS volume with Multi-Attach enabled.' },
        { text: 'Amazon EFS with mount targets in each Availability Zone.', correct: true },
        { text: 'Instance store volumes synchronized with a cron job.' },
        { text: 'An S3 bucket accessed through the S3 REST API.' },
      ],
      explanation:
        'Amazon EFS is a managed NFS file system that (using a Regional file system) stores data redundantly across multiple Availability Zones and can be mounted concurrently by many instances in every zone. EBS Multi-Attach works only within a single Availability Zone and requires a cluster-aware file system. Instance store data is ephemeral, and the S3 API does not provide POSIX file semantics.',
      references: [REF.efs],
    },
    {
      objective: '2',
      difficulty: 3,
      stem: 'A global company runs its primary relational database on Amazon Aurora MySQL in eu-west-1. It needs a disaster recovery copy in us-east-1 with an RPO of about 1 second and the ability to promote the secondary Region to full read/write in about a minute. Which solution meets these requirements with the LEAST operational overhead?',
      options: [
        { text: 'Enable Multi-AZ for the Aurora cluster in eu-west-1.' },
        { text: 'Copy automated snapshots to us-east-1 every hour with AWS Backup.' },
        {
          text: 'Create a cross-Region binlog replica by running a self-managed MySQL instance on EC2 in us-east-1.',
        },
        { text: 'Add us-east-1 as a secondary Region by using Aurora Global Database.', correct: true },
      ],
      explanation:
        'Aurora Global Database uses dedicated storage-level replication with typical lag under one second and supports promoting a secondary Region in about a minute. Multi-AZ protects only within a Region. Hourly snapshot copies would yield an RPO of up to an hour, and a self-managed replica on EC2 adds significant operational work.',
      references: [REF.aurora],
    },
    {
      objective: '2',
      difficulty: 2,
      stem: 'An application invokes an AWS Lambda function asynchronously to process uploaded documents. Occasionally the function fails on malformed documents, and after the automatic retries are exhausted the events are lost. The company wants to keep failed events for later analysis and reprocessing. What should a solutions architect do?',
      options: [
        { text: 'Increase the function timeout to the maximum of 15 minutes.' },
        { text: 'Configure reserved concurrency for the function.' },
        {
          text: 'Configure an on-failure destination (or dead-letter queue) that sends failed events to an Amazon SQS queue.',
          correct: true,
        },
        { text: 'Enable AWS X-Ray tracing on the function.' },
      ],
      explanation:
        'For asynchronous invocations, Lambda can send events that fail all retry attempts to an on-failure destination or a dead-letter queue such as SQS, where they can be inspected and replayed. A longer timeout does not help when the input itself is malformed. Reserved concurrency controls scaling, and X-Ray traces requests but does not retain failed events.',
      references: [REF.lambda, REF.sqs],
    },
    {
      objective: '2',
      difficulty: 1,
      stem: 'A web application runs in an Auto Scaling group behind an Application Load Balancer. An instance sometimes stops responding to HTTP requests while its EC2 status checks still pass, and the Auto Scaling group does not replace it. What should a solutions architect do so that such instances are replaced automatically?',
      options: [
        { text: 'Enable Elastic Load Balancing health checks for the Auto Scaling group.', correct: true },
        { text: 'Increase the health check grace period of the Auto Scaling group.' },
        { text: 'Create a CloudWatch alarm that reboots the instance when CPU utilization is high.' },
        { text: 'Enable detailed monitoring on the instances.' },
      ],
      explanation:
        'By default an Auto Scaling group uses only EC2 status checks, which do not detect application failures; turning on ELB health checks makes the group replace instances that the load balancer marks unhealthy. A longer grace period only delays health evaluation. A CPU-based reboot alarm and detailed monitoring do not detect an unresponsive application.',
      references: [REF.autoScaling],
    },
    {
      objective: '2',
      difficulty: 3,
      stem: 'Worker instances poll an Amazon SQS standard queue. Processing a message takes up to 4 minutes, but the queue’s visibility timeout is 30 seconds. Many messages are processed more than once, which causes duplicate work. Which actions should a solutions architect take to reduce duplicate processing? (Choose two.)',
      options: [
        {
          text: 'Increase the queue’s visibility timeout to a value longer than the maximum processing time.',
          correct: true,
        },
        { text: 'Enable long polling by setting the receive message wait time to 20 seconds.' },
        {
          text: 'Have workers call `ChangeMessageVisibility` to extend the timeout for messages that are still being processed.',
          correct: true,
        },
        { text: 'Reduce the message retention period to 1 minute.' },
        { text: 'Replace the queue with an Amazon SNS topic.' },
      ],
      explanation:
        'When processing takes longer than the visibility timeout, the message becomes visible again and another worker receives it; raising the timeout above the processing time, or extending it dynamically with ChangeMessageVisibility, prevents this. Long polling reduces empty responses but does not affect redelivery. Shortening retention would delete unprocessed messages, and SNS provides no work-queue semantics.',
      references: [REF.sqs],
    },
    {
      objective: '2',
      difficulty: 2,
      stem: 'When a new customer signs up, an application must notify three independent services: billing, email, and analytics. Each service must receive every sign-up event, process it at its own pace, and not lose events if it is temporarily unavailable. Which design meets these requirements?',
      options: [
        { text: 'Send each event to one Amazon SQS standard queue that all three services poll.' },
        {
          text: 'Publish each event to an Amazon SNS topic that has a separate Amazon SQS queue subscribed for each service.',
          correct: true,
        },
        { text: 'Have the application call each service synchronously through its REST API.' },
        {
          text: 'Send each event to an Amazon SQS FIFO queue with a separate message group for each service.',
        },
      ],
      explanation:
        'The SNS-to-SQS fan-out pattern delivers a copy of every message to each subscribed queue, and each queue durably buffers messages until its own consumer processes them. With a single shared queue, each message is consumed by only one of the services. Synchronous calls couple the services so events are lost when one is down, and message groups in a FIFO queue do not duplicate messages to multiple consumers.',
      references: [REF.sns, REF.sqs],
    },
    {
      objective: '2',
      difficulty: 2,
      stem: 'A company connects its data center to a VPC with a single AWS Direct Connect connection. Management is concerned that the connection is a single point of failure but wants the MOST cost-effective way to provide a backup path. Which solution should a solutions architect recommend?',
      options: [
        { text: 'Order a second Direct Connect connection at a different Direct Connect location.' },
        { text: 'Create a VPC peering connection between the VPC and the data center.' },
        {
          text: 'Configure an AWS Site-to-Site VPN connection over the internet as a backup to the Direct Connect connection.',
          correct: true,
        },
        { text: 'Enable Direct Connect SiteLink on the existing connection.' },
      ],
      explanation:
        'A Site-to-Site VPN over the internet is an inexpensive backup path: BGP can prefer the Direct Connect route and fail over to the VPN when it is unavailable. A second Direct Connect connection offers higher resilience but at considerably higher cost. VPC peering connects VPCs, not on-premises networks, and SiteLink connects on-premises sites through the AWS network rather than providing redundancy for the existing link.',
      references: [REF.directConnect, REF.vpn],
    },
    {
      objective: '2',
      difficulty: 3,
      stem: 'A company is redesigning a web application so that it continues to operate without manual intervention if an entire Availability Zone fails. The application has stateless web servers in private subnets that call external APIs over the internet, and a relational database. Which combination of design choices meets this requirement? (Choose three.)',
      options: [
        {
          text: 'Run the web servers in an Auto Scaling group that spans three Availability Zones behind an Application Load Balancer.',
          correct: true,
        },
        { text: 'Use an Amazon RDS Multi-AZ deployment for the database.', correct: true },
        {
          text: 'Deploy one NAT gateway in a single Availability Zone and route all private subnets through it.',
        },
        {
          text: 'Deploy a NAT gateway in each Availability Zone and give each private subnet a route table that uses the NAT gateway in its own zone.',
          correct: true,
        },
        { text: 'Store user-uploaded files on the root EBS volume of each web server.' },
        { text: 'Launch the web servers in a cluster placement group to reduce latency.' },
      ],
      explanation:
        'Zone-independent design requires every tier to survive a zone loss: a multi-AZ Auto Scaling group behind an ALB, an RDS Multi-AZ database, and a NAT gateway per zone with zone-specific routing. A NAT gateway created in one Availability Zone is a zonal resource, so losing that zone would cut off internet access for all private subnets. Files on instance root volumes are lost or inconsistent across instances, and a cluster placement group confines instances to one zone.',
      references: [REF.vpc, REF.rds],
    },
    {
      objective: '2',
      difficulty: 1,
      stem: 'Which pillar of the AWS Well-Architected Framework focuses on a workload’s ability to recover from infrastructure or service disruptions, acquire computing resources to meet demand, and mitigate disruptions such as misconfigurations?',
      options: [
        { text: 'Operational excellence' },
        { text: 'Performance efficiency' },
        { text: 'Sustainability' },
        { text: 'Reliability', correct: true },
      ],
      explanation:
        'The reliability pillar covers a workload performing its intended function correctly and consistently, including recovering from failures and scaling to meet demand. Operational excellence focuses on running and monitoring systems and improving processes. Performance efficiency addresses using resources efficiently as demand changes, and sustainability addresses minimizing environmental impact.',
      references: [REF.wellArchitected],
    },

    // ───────────────────────── 3. Design high-performing architectures ─────────────────────────
    {
      objective: '3',
      difficulty: 1,
      stem: 'A company hosts images, CSS, and JavaScript files for its website in an S3 bucket in a single Region. Users on other continents report slow page loads. Which solution will MOST improve load times for these users?',
      options: [
        { text: 'Enable S3 Transfer Acceleration on the bucket.' },
        { text: 'Move the files to EC2 instances with larger network bandwidth.' },
        { text: 'Create an Amazon CloudFront distribution with the S3 bucket as the origin.', correct: true },
        { text: 'Enable S3 Versioning on the bucket.' },
      ],
      explanation:
        'CloudFront caches static content at edge locations close to users, greatly reducing latency for repeated requests worldwide. Transfer Acceleration optimizes transfers to and from the bucket over long distances, mainly uploads, but does not cache content at the edge. Larger EC2 instances in one Region do not reduce distance-related latency, and versioning is unrelated to performance.',
      references: [REF.cloudfront],
    },
    {
      objective: '3',
      difficulty: 2,
      stem: 'An application uses an Amazon RDS for MySQL Multi-AZ DB instance deployment. Long-running reporting queries run during business hours and slow down the transactional workload on the primary instance. Which solution improves performance with the LEAST application change?',
      options: [
        { text: 'Direct the reporting queries to the Multi-AZ standby instance.' },
        {
          text: 'Create one or more read replicas and point the reporting tool at the read replica endpoint.',
          correct: true,
        },
        { text: 'Increase the allocated storage of the primary instance.' },
        { text: 'Enable Amazon DynamoDB Accelerator (DAX) for the database.' },
      ],
      explanation:
        'Read replicas serve read-only queries from separate instances, offloading reporting from the primary; only the reporting tool’s endpoint changes. In a Multi-AZ DB instance deployment, the standby cannot serve read traffic. More storage does not address CPU or I/O contention from queries, and DAX works only with DynamoDB.',
      references: [REF.rds],
    },
    {
      objective: '3',
      difficulty: 2,
      stem: 'A gaming company stores player profiles in Amazon DynamoDB. A small number of very popular items are read thousands of times per second, and the application requires microsecond read latency. The developers want to avoid writing cache management logic. Which solution meets these requirements?',
      options: [
        {
          text: 'Add DynamoDB Accelerator (DAX) in front of the table and use the DAX client in the application.',
          correct: true,
        },
        {
          text: 'Create Amazon ElastiCache for Memcached and implement a lazy-loading cache in the application.',
        },
        { text: 'Create DynamoDB read replicas in the same Region.' },
        { text: 'Convert the table to a DynamoDB global table.' },
      ],
      explanation:
        'DAX is a fully managed, API-compatible in-memory cache for DynamoDB that delivers microsecond read latency without application cache logic. ElastiCache can also provide fast reads but requires the application to implement caching and invalidation. DynamoDB has no read replicas, and global tables replicate across Regions for multi-Region access rather than reducing latency for hot items.',
      references: [REF.dynamodb],
    },
    {
      objective: '3',
      difficulty: 2,
      stem: 'A research team runs a tightly coupled high performance computing (HPC) simulation across 16 EC2 instances. The nodes exchange large amounts of data and need the lowest possible network latency and highest throughput between instances. How should the instances be launched?',
      options: [
        { text: 'In a spread placement group across three Availability Zones.' },
        { text: 'In a partition placement group with each instance in its own partition.' },
        { text: 'In an Auto Scaling group distributed across multiple Availability Zones.' },
        { text: 'In a cluster placement group in a single Availability Zone.', correct: true },
      ],
      explanation:
        'A cluster placement group places instances close together within one Availability Zone, providing low-latency, high-throughput networking suited to tightly coupled HPC. Spread placement groups place each instance on distinct hardware and are limited to seven running instances per Availability Zone. Partition groups and multi-AZ distribution improve fault isolation, not inter-node latency.',
      references: [REF.ec2],
    },
    {
      objective: '3',
      difficulty: 3,
      stem: 'A genomics company processes hundreds of terabytes of input data stored in Amazon S3. Compute clusters need a shared file system with sub-millisecond latency and hundreds of GB/s of aggregate throughput during processing, and the results must be written back to S3. Which storage solution meets these requirements?',
      options: [
        { text: 'Amazon EFS in Max I/O mode.' },
        { text: 'Amazon FSx for Windows File Server.' },
        { text: 'Amazon FSx for Lustre linked to the S3 bucket as a data repository.', correct: true },
        { text: 'S3 Glacier Instant Retrieval.' },
      ],
      explanation:
        'FSx for Lustre is a high-performance parallel file system built for HPC and integrates with S3 through data repository associations, lazily loading input objects and exporting results back to S3. EFS is a general-purpose shared file system that is not designed for this level of throughput for HPC scratch processing. FSx for Windows File Server targets SMB workloads, and Glacier Instant Retrieval is an archival storage class, not a file system.',
      references: [REF.fsxLustre],
    },
    {
      objective: '3',
      difficulty: 2,
      stem: 'A company collects clickstream events from its website at a rate of tens of thousands of events per second. Three separate applications must each read all of the events, events for the same user must be read in order, and applications must be able to reprocess the last 24 hours of data. Which service should be used to ingest the events?',
      options: [
        { text: 'Amazon SQS standard queue' },
        { text: 'Amazon Kinesis Data Streams', correct: true },
        { text: 'Amazon SNS standard topic' },
        { text: 'Amazon Data Firehose delivering to S3' },
      ],
      explanation:
        'Kinesis Data Streams retains records (24 hours by default, extendable), lets multiple consumers read the same stream independently, preserves ordering within a shard, and allows replay from a point in time; using the user ID as the partition key keeps each user’s events ordered. An SQS message is deleted after one consumer processes it, and SNS does not retain messages for replay. Firehose is a delivery service and does not support multiple independent consumers replaying the stream.',
      references: [REF.kinesis],
    },
    {
      objective: '3',
      difficulty: 2,
      stem: 'Users around the world upload video files of 2 to 5 GB to a single S3 bucket in us-west-2. Uploads from distant locations are slow and sometimes fail and must start over. Which actions will improve upload performance and reliability? (Choose two.)',
      options: [
        {
          text: 'Enable S3 Transfer Acceleration on the bucket and use the accelerate endpoint.',
          correct: true,
        },
        { text: 'Change the default storage class to S3 One Zone-Infrequent Access.' },
        {
          text: 'Use multipart upload so that parts are uploaded in parallel and failed parts can be retried individually.',
          correct: true,
        },
        { text: 'Enable S3 Versioning on the bucket.' },
        { text: 'Require CloudFront signed cookies for uploads.' },
      ],
      explanation:
        'Transfer Acceleration routes uploads through the nearest edge location and over the AWS backbone to the bucket, which helps distant clients. Multipart upload splits large files into parts that upload in parallel and can be retried individually, so a network error does not restart the whole file. Storage class, versioning, and signed cookies do not affect upload speed or resilience.',
      references: [REF.s3],
    },
    {
      objective: '3',
      difficulty: 1,
      stem: 'A company runs a real-time multiplayer game server fleet that communicates with clients over UDP. The load balancer must handle millions of requests per second with very low latency and must provide a static IP address in each Availability Zone. Which load balancer type should a solutions architect choose?',
      options: [
        { text: 'Application Load Balancer' },
        { text: 'Gateway Load Balancer' },
        { text: 'Classic Load Balancer' },
        { text: 'Network Load Balancer', correct: true },
      ],
      explanation:
        'A Network Load Balancer operates at layer 4, supports TCP and UDP, scales to millions of requests per second with very low latency, and provides one static IP address (optionally an Elastic IP) per Availability Zone. Application Load Balancers handle HTTP and HTTPS only. Gateway Load Balancers are for deploying third-party virtual appliances, and Classic Load Balancers are legacy and do not support UDP.',
      references: [REF.nlb],
    },
    {
      objective: '3',
      difficulty: 2,
      stem: 'A company runs two microservices behind one public endpoint. Requests for `/api/*` must go to a fleet of containers, and requests for `/images/*` must go to a separate fleet of EC2 instances. The company wants a single load balancer and the least complexity. Which solution meets these requirements?',
      options: [
        {
          text: 'An Application Load Balancer with listener rules that use path-based routing to two target groups.',
          correct: true,
        },
        { text: 'A Network Load Balancer with two listeners on different ports.' },
        { text: 'Two Classic Load Balancers with Route 53 weighted records.' },
        { text: 'A CloudFront distribution with geographic restrictions.' },
      ],
      explanation:
        'Application Load Balancer listener rules can inspect the URL path and forward matching requests to different target groups, including IP-based container targets and EC2 instances. A Network Load Balancer works at layer 4 and cannot route on URL paths. Weighted DNS records split traffic by percentage rather than by path, and geographic restrictions control who can access content.',
      references: [REF.alb],
    },
    {
      objective: '3',
      difficulty: 3,
      stem: 'A self-managed database on a Nitro-based EC2 instance requires a single block storage volume that delivers 150,000 sustained IOPS with sub-millisecond latency and the highest available EBS durability. Which EBS volume type should a solutions architect choose?',
      options: [
        { text: 'General Purpose SSD (gp3)' },
        { text: 'Throughput Optimized HDD (st1)' },
        { text: 'Provisioned IOPS SSD (io2 Block Express)', correct: true },
        { text: 'Cold HDD (sc1)' },
      ],
      explanation:
        'io2 Block Express volumes support up to 256,000 IOPS per volume with sub-millisecond latency and are designed for 99.999% durability, making them the fit for very demanding databases. gp3 volumes cannot be provisioned to 150,000 IOPS. st1 and sc1 are HDD volume types optimized for sequential throughput and have very low IOPS limits.',
      references: [REF.ec2],
    },
    {
      objective: '3',
      difficulty: 2,
      stem: 'A company runs a UDP-based voice application in two AWS Regions behind Network Load Balancers. Users worldwide must connect to the nearest healthy Region through a fixed set of IP addresses that can be allow-listed by customers, and traffic must fail over between Regions in seconds rather than waiting for DNS caches to expire. Which solution meets these requirements?',
      options: [
        { text: 'Amazon CloudFront with both Network Load Balancers as origins.' },
        { text: 'AWS Global Accelerator with an endpoint group in each Region.', correct: true },
        { text: 'Amazon Route 53 latency-based routing with health checks.' },
        { text: 'A single Network Load Balancer with cross-zone load balancing enabled.' },
      ],
      explanation:
        'Global Accelerator provides two static anycast IP addresses, routes TCP and UDP traffic over the AWS global network to the closest healthy endpoint, and fails over without relying on DNS TTLs. CloudFront is designed for HTTP and HTTPS content delivery. Route 53 routing depends on DNS caching and returns changing regional IPs, and a single NLB is a regional resource.',
      references: [REF.globalAccelerator],
    },
    {
      objective: '3',
      difficulty: 3,
      stem: 'A latency-sensitive API is implemented with Amazon API Gateway and AWS Lambda. Traffic is predictable during business hours, but users report that some requests take several seconds because of function initialization. Which solution will MOST effectively eliminate this latency?',
      options: [
        { text: 'Configure reserved concurrency equal to the peak number of concurrent requests.' },
        { text: 'Increase the function timeout.' },
        { text: 'Increase the memory allocated to the function.' },
        {
          text: 'Configure provisioned concurrency on a function alias, scheduled with Application Auto Scaling for business hours.',
          correct: true,
        },
      ],
      explanation:
        'Provisioned concurrency keeps a specified number of execution environments initialized so requests do not pay cold-start costs, and it can be scheduled to match predictable traffic. Reserved concurrency only reserves and caps capacity; it does not pre-initialize environments. More memory also adds CPU and can shorten initialization somewhat, but every new execution environment still incurs a cold start, and the timeout does not affect startup time at all.',
      references: [REF.lambda],
    },
    {
      objective: '3',
      difficulty: 2,
      stem: 'An online game needs a real-time leaderboard that ranks millions of players by score and returns the top 100 players in milliseconds. The data must survive a cache node failure. Which solution should a solutions architect recommend?',
      options: [
        { text: 'Amazon ElastiCache for Memcached with multiple nodes.' },
        {
          text: 'Amazon ElastiCache for Redis OSS with sorted sets and Multi-AZ replication.',
          correct: true,
        },
        { text: 'DynamoDB Accelerator (DAX) in front of an Amazon RDS database.' },
        { text: 'Amazon CloudFront caching the leaderboard API responses for 24 hours.' },
      ],
      explanation:
        'Redis sorted sets maintain members ordered by score and return ranges such as the top 100 in logarithmic time, and ElastiCache for Redis OSS supports replication with automatic failover across Availability Zones. Memcached offers only simple key-value caching without replication. DAX works only with DynamoDB, and caching responses for a day defeats the real-time requirement.',
    },
    {
      objective: '3',
      difficulty: 2,
      stem: 'An application reads the same DynamoDB items repeatedly and is experiencing read throttling on a provisioned-capacity table. The business confirms that reads may return data that is up to a second old. Which actions will improve read performance without increasing provisioned read capacity? (Choose two.)',
      options: [
        { text: 'Switch all reads to strongly consistent reads.' },
        {
          text: 'Use eventually consistent reads, which consume half the read capacity of strongly consistent reads.',
          correct: true,
        },
        { text: 'Add a local secondary index on the same partition key.' },
        { text: 'Place a DynamoDB Accelerator (DAX) cluster in front of the table.', correct: true },
        { text: 'Enable DynamoDB Streams on the table.' },
      ],
      explanation:
        'Eventually consistent reads use half a read capacity unit per 4 KB, effectively doubling read throughput from the same provisioned capacity, and DAX serves repeated reads from memory so they never reach the table. Strongly consistent reads consume twice the capacity. A local secondary index with the same partition key does not reduce reads on the table, and Streams capture item changes rather than improving reads.',
      references: [REF.dynamodb],
    },
    {
      objective: '3',
      difficulty: 1,
      stem: 'A company needs a managed MySQL-compatible relational database whose storage grows automatically as data is added and whose read replicas share the same underlying storage volume as the writer, so that replica lag is typically well under 100 milliseconds. Which service meets these requirements?',
      options: [
        { text: 'Amazon Aurora MySQL-Compatible Edition', correct: true },
        { text: 'Amazon RDS for MySQL with read replicas' },
        { text: 'Amazon DynamoDB' },
        { text: 'Amazon Redshift' },
      ],
      explanation:
        'Aurora separates compute from a distributed cluster volume that grows automatically, and up to 15 Aurora Replicas read from that shared volume, which keeps replica lag low. RDS for MySQL read replicas each have their own storage and use asynchronous binary log replication. DynamoDB is a NoSQL key-value database, and Redshift is a data warehouse.',
      references: [REF.aurora],
    },
    {
      objective: '3',
      difficulty: 2,
      stem: 'A security team stores months of application logs in Amazon S3 in Apache Parquet format, partitioned by date. Analysts need to run ad hoc SQL queries on the logs a few times a week. The company does not want to provision or manage any infrastructure. Which solution meets these requirements?',
      options: [
        { text: 'Load the logs into an Amazon RDS for PostgreSQL instance and query it.' },
        { text: 'Launch a persistent Amazon EMR cluster with Apache Hive.' },
        { text: 'Create a provisioned Amazon Redshift cluster and load the data nightly.' },
        {
          text: 'Define tables in the AWS Glue Data Catalog and query the data in place with Amazon Athena.',
          correct: true,
        },
      ],
      explanation:
        'Athena is serverless, queries data directly in S3 with standard SQL, and charges per data scanned; columnar Parquet files and date partitions keep scans small and fast. RDS and a provisioned Redshift cluster require loading data and running infrastructure continuously. A persistent EMR cluster adds management overhead for infrequent queries.',
      references: [REF.athena],
    },
    {
      objective: '3',
      difficulty: 3,
      stem: 'An application runs on EC2 instances in an Auto Scaling group that uses target tracking on CPU utilization. Every weekday at 9:00 AM, traffic triples within minutes. New instances need about 10 minutes to install software and become ready, so users experience slow responses every morning. Which actions should a solutions architect take? (Choose two.)',
      options: [
        {
          text: 'Add a scheduled scaling action that increases the minimum and desired capacity shortly before 9:00 AM on weekdays.',
          correct: true,
        },
        { text: 'Increase the default cooldown period of the Auto Scaling group.' },
        {
          text: 'Build a custom AMI with the software preinstalled and use it in the launch template.',
          correct: true,
        },
        { text: 'Set the health check grace period to 0 seconds.' },
        {
          text: 'Replace target tracking with a simple scaling policy that triggers at 90% CPU utilization.',
        },
      ],
      explanation:
        'A scheduled action adds capacity before the predictable spike, and a prebuilt ("golden") AMI shortens the time each new instance needs to become ready. A longer cooldown slows scaling further. A zero grace period can cause instances to be marked unhealthy while still starting, and a higher simple-scaling threshold reacts even later to load.',
      references: [REF.autoScaling],
    },

    // ───────────────────────── 4. Design cost-optimized architectures ─────────────────────────
    {
      objective: '4',
      difficulty: 2,
      stem: 'A company runs a steady compute workload 24/7 and expects it to continue for at least 3 years. Over that period, the company plans to change EC2 instance families, move some workloads to another Region, and migrate part of the workload to AWS Fargate. Which purchasing option provides the greatest savings while supporting these changes?',
      options: [
        { text: 'Standard Reserved Instances for the current instance type' },
        { text: 'EC2 Instance Savings Plans' },
        { text: 'Compute Savings Plans', correct: true },
        { text: 'Spot Instances' },
      ],
      explanation:
        'Compute Savings Plans apply automatically to EC2 usage regardless of instance family, size, operating system, tenancy, or Region, and also to Fargate and Lambda usage, in exchange for a committed hourly spend. EC2 Instance Savings Plans are tied to an instance family in one Region, and Standard Reserved Instances are even more specific. Spot Instances can be interrupted and are unsuitable for a steady workload that must stay up.',
      references: [REF.savingsPlans],
    },
    {
      objective: '4',
      difficulty: 1,
      stem: 'A company runs nightly video transcoding jobs that can be stopped and restarted at any time without losing work, and the jobs have no strict completion deadline. The company wants to minimize compute cost. Which EC2 purchasing option should be used?',
      options: [
        { text: 'Spot Instances', correct: true },
        { text: 'On-Demand Instances' },
        { text: 'Dedicated Hosts' },
        { text: 'Standard Reserved Instances with a 3-year term' },
      ],
      explanation:
        'Spot Instances use spare EC2 capacity at discounts of up to 90% compared with On-Demand and fit fault-tolerant, flexible workloads that can handle a two-minute interruption notice. On-Demand instances cost more for the same work. Dedicated Hosts are the most expensive option, and a 3-year reservation would be paid even during hours when no jobs run.',
      references: [REF.ec2],
    },
    {
      objective: '4',
      difficulty: 2,
      stem: 'An application writes log files to Amazon S3. The logs are accessed frequently for 30 days, accessed rarely for the next 90 days, and must then be kept for a total of 7 years for compliance. Compliance retrievals are rare and can take up to 12 hours. Which S3 Lifecycle configuration is MOST cost-effective?',
      options: [
        { text: 'Keep objects in S3 Standard for 7 years and then expire them.' },
        {
          text: 'Transition objects to S3 Standard-IA after 30 days and to S3 Glacier Deep Archive after 120 days, then expire them after 7 years.',
          correct: true,
        },
        {
          text: 'Transition objects to S3 One Zone-IA after 30 days and to S3 Glacier Instant Retrieval after 120 days, then expire them after 7 years.',
        },
        { text: 'Store objects in S3 Glacier Deep Archive from day one and expire them after 7 years.' },
      ],
      explanation:
        'S3 Standard suits the first 30 days of frequent access, Standard-IA lowers storage cost for the rarely accessed period, and Glacier Deep Archive is the lowest-cost class for long-term retention, with standard retrievals completing within 12 hours. Glacier Instant Retrieval costs more than Deep Archive for data that does not need millisecond access. Storing data in Deep Archive from the start would make the frequent early access slow and expensive.',
      references: [REF.s3],
    },
    {
      objective: '4',
      difficulty: 2,
      stem: 'A company stores millions of objects larger than 1 MB in Amazon S3. Access patterns are unpredictable: some objects are read heavily for weeks and then not at all, while others are never read after upload. The company wants to reduce storage cost without analyzing access patterns or paying retrieval fees. Which storage class should be used?',
      options: [
        { text: 'S3 Standard-Infrequent Access' },
        { text: 'S3 One Zone-Infrequent Access' },
        { text: 'S3 Glacier Flexible Retrieval' },
        { text: 'S3 Intelligent-Tiering', correct: true },
      ],
      explanation:
        'S3 Intelligent-Tiering automatically moves objects between access tiers based on observed access and charges no retrieval fees, for a small per-object monitoring fee. Standard-IA and One Zone-IA charge per-GB retrieval fees that become expensive for objects that turn out to be read heavily, and One Zone-IA also reduces resilience. Glacier Flexible Retrieval requires restores that take minutes to hours.',
      references: [REF.s3],
    },
    {
      objective: '4',
      difficulty: 3,
      stem: 'A cost review shows that a large share of a company’s bill comes from NAT gateway data processing charges. Investigation reveals that most of this traffic is between EC2 instances in private subnets and Amazon S3 and Amazon DynamoDB in the same Region. Which change will reduce these costs the MOST with the least operational effort?',
      options: [
        { text: 'Replace the NAT gateways with self-managed NAT instances.' },
        { text: 'Create interface VPC endpoints for Amazon S3 and Amazon DynamoDB.' },
        {
          text: 'Create gateway VPC endpoints for Amazon S3 and Amazon DynamoDB and add them to the private subnet route tables.',
          correct: true,
        },
        { text: 'Move the EC2 instances to public subnets and assign public IP addresses.' },
      ],
      explanation:
        'Gateway VPC endpoints for S3 and DynamoDB have no hourly or data processing charges, and traffic that matches their prefix-list routes bypasses the NAT gateway. Interface endpoints also bypass NAT but add hourly and per-GB charges. NAT instances require patching, scaling, and failover management, and moving instances to public subnets weakens the security posture.',
      references: [REF.vpc],
    },
    {
      objective: '4',
      difficulty: 1,
      stem: 'Development and test EC2 instances run 24/7 but are used only from 8 AM to 6 PM on weekdays, and many of them show low average CPU utilization. Which actions will reduce costs for these instances? (Choose two.)',
      options: [
        {
          text: 'Stop the instances outside business hours with scheduled automation such as Instance Scheduler on AWS or EventBridge Scheduler.',
          correct: true,
        },
        { text: 'Purchase 3-year All Upfront Standard Reserved Instances for all development instances.' },
        { text: 'Right-size the instances based on AWS Compute Optimizer recommendations.', correct: true },
        { text: 'Move the instances to Dedicated Instances.' },
        { text: 'Change all attached EBS volumes to Provisioned IOPS SSD (io2).' },
      ],
      explanation:
        'Stopping instances during the roughly 70% of the week when they are unused removes their compute charges, and Compute Optimizer identifies over-provisioned instances that can move to smaller, cheaper sizes. Reserved Instances bill for every hour of the term, so they waste money on instances that should be stopped most of the week. Dedicated Instances and io2 volumes increase cost.',
      references: [REF.computeOptimizer],
    },
    {
      objective: '4',
      difficulty: 1,
      stem: 'A finance team wants to receive an email alert when the forecasted AWS spend for the current month is expected to exceed $20,000. Which service should a solutions architect use?',
      options: [
        { text: 'AWS Cost Explorer' },
        { text: 'AWS Budgets', correct: true },
        { text: 'AWS Trusted Advisor' },
        { text: 'AWS CloudTrail' },
      ],
      explanation:
        'AWS Budgets can alert when actual or forecasted costs exceed a defined threshold and send notifications through email or Amazon SNS. Cost Explorer is used to visualize and analyze historical and forecasted costs but does not by itself send threshold alerts. Trusted Advisor provides best-practice checks, and CloudTrail records API activity.',
      references: [REF.costManagement],
    },
    {
      objective: '4',
      difficulty: 3,
      stem: 'A software company distributes large installer files directly from EC2 instances behind an Application Load Balancer. Data transfer out to the internet is now the largest item on its bill, and the download pages are popular worldwide. Which solution will MOST reduce cost while also improving download performance?',
      options: [
        {
          text: 'Store the installers in Amazon S3 and serve them through an Amazon CloudFront distribution.',
          correct: true,
        },
        { text: 'Put AWS Global Accelerator in front of the Application Load Balancer.' },
        { text: 'Move the EC2 instances to larger instance types with higher network bandwidth.' },
        { text: 'Establish an AWS Direct Connect connection for the download traffic.' },
      ],
      explanation:
        'Serving files from S3 through CloudFront caches them at edge locations, removes the need for EC2 capacity to serve downloads, and data transfer from AWS origins to CloudFront is not charged, while CloudFront data transfer rates are typically lower than Regional internet egress. Global Accelerator improves network paths but adds charges and does not cache content. Larger instances increase cost, and Direct Connect links private networks, not public internet users.',
      references: [REF.cloudfront],
    },
    {
      objective: '4',
      difficulty: 2,
      stem: 'A company runs an internal API on two On-Demand EC2 instances that are always running. The API receives only a few hundred requests per day, each completing in under one second. The company wants to minimize cost and operational overhead. Which solution should a solutions architect recommend?',
      options: [
        { text: 'Purchase Reserved Instances for the two EC2 instances.' },
        { text: 'Run the API on an Amazon ECS cluster of EC2 instances.' },
        { text: 'Run the API on Spot Instances in an Auto Scaling group with a minimum of two instances.' },
        { text: 'Rebuild the API with Amazon API Gateway and AWS Lambda.', correct: true },
      ],
      explanation:
        'With API Gateway and Lambda, the company pays only per request and per millisecond of compute, so a few hundred short requests per day cost very little and there are no servers to manage. Reserved Instances and an ECS cluster on EC2 still pay for idle capacity around the clock. Spot Instances reduce cost but still run idle instances and add interruption handling.',
      references: [REF.lambda],
    },
    {
      objective: '4',
      difficulty: 3,
      stem: 'A startup is launching a new application backed by Amazon DynamoDB. Traffic is expected to be very spiky and unpredictable, with long idle periods overnight, and the team has no historical data to plan capacity. The team wants to pay only for what it uses without managing capacity. Which configuration should be used?',
      options: [
        { text: 'Provisioned capacity mode sized for the expected peak.' },
        { text: 'On-demand capacity mode.', correct: true },
        { text: 'Provisioned capacity mode with reserved capacity purchased for one year.' },
        { text: 'Provisioned capacity mode with the minimum capacity and DAX to absorb spikes.' },
      ],
      explanation:
        'On-demand mode bills per request and adapts to traffic instantly, which suits unpredictable, spiky workloads with idle periods and requires no capacity planning. Provisioning for peak wastes money during idle hours, and reserved capacity commits to a baseline that the team cannot yet estimate. DAX caches reads but does not absorb write spikes, so minimum provisioned capacity would cause throttling.',
      references: [REF.dynamodb],
    },
    {
      objective: '4',
      difficulty: 2,
      stem: 'A company has hundreds of EBS volumes. A cost review finds many gp2 volumes attached to running instances, as well as many volumes in the `available` state that are not attached to any instance and are no longer needed. Which actions will reduce EBS cost? (Choose two.)',
      options: [
        { text: 'Convert the attached gp2 volumes to io2 volumes.' },
        {
          text: 'Snapshot the unneeded unattached volumes if a record is required, and then delete the volumes.',
          correct: true,
        },
        { text: 'Increase the size of gp2 volumes to obtain more baseline IOPS.' },
        { text: 'Migrate the attached gp2 volumes to gp3 volumes.', correct: true },
        { text: 'Enable Multi-Attach on the attached volumes.' },
      ],
      explanation:
        'Unattached volumes are still billed for provisioned storage, so deleting the unneeded ones (after an optional snapshot) removes that cost. gp3 has a lower price per GB than gp2 and includes a baseline of 3,000 IOPS and 125 MiB/s independent of size, and volumes can be modified in place. io2 volumes, larger volumes, and Multi-Attach (which is available only for Provisioned IOPS volumes) all increase or do not reduce cost.',
      references: [REF.ec2],
    },
    {
      objective: '4',
      difficulty: 2,
      stem: 'An internal application uses a relational database that sees intermittent, unpredictable load: near-idle for hours, then brief bursts of heavy activity. The team wants a MySQL-compatible database that adjusts capacity automatically so that it does not pay for peak capacity all the time. Which solution should a solutions architect recommend?',
      options: [
        { text: 'Amazon Aurora Serverless v2', correct: true },
        { text: 'Amazon RDS for MySQL on a large instance covered by a Reserved Instance' },
        { text: 'Self-managed MySQL on an EC2 instance with a scheduled start and stop script' },
        { text: 'Amazon Redshift Serverless' },
      ],
      explanation:
        'Aurora Serverless v2 scales database capacity up and down automatically in fine-grained increments as load changes, so the team pays for the capacity actually consumed. A large RDS instance sized for peak wastes money during idle hours even with a reservation. Self-managed MySQL adds operational burden, and a schedule does not match unpredictable bursts; Redshift is a data warehouse rather than a transactional MySQL-compatible database.',
      references: [REF.aurora],
    },
    {
      objective: '4',
      difficulty: 3,
      stem: 'An image processing system runs a fixed fleet of 20 On-Demand EC2 instances that poll an Amazon SQS queue. The queue is empty for much of the day, jobs are idempotent, and a failed job can simply be retried. Which changes will MOST reduce cost? (Choose two.)',
      options: [
        {
          text: 'Place the workers in an Auto Scaling group that scales on SQS backlog per instance, with a minimum capacity of zero.',
          correct: true,
        },
        { text: 'Move the workers to Dedicated Hosts.' },
        { text: 'Increase the minimum capacity so that jobs always start immediately.' },
        {
          text: 'Use Spot Instances with a mixed instances policy that allows several instance types.',
          correct: true,
        },
        { text: 'Attach Provisioned IOPS SSD volumes to every worker.' },
      ],
      explanation:
        'Scaling on queue backlog, down to zero when the queue is empty, removes idle capacity, and Spot Instances suit idempotent, retryable jobs at a large discount; allowing several instance types improves the chance of obtaining Spot capacity. Dedicated Hosts and Provisioned IOPS volumes increase cost. Raising the minimum capacity keeps more idle instances running.',
      references: [REF.autoScaling, REF.sqs],
    },
    {
      objective: '4',
      difficulty: 1,
      stem: 'Which of the following is a design principle of the cost optimization pillar of the AWS Well-Architected Framework?',
      options: [
        { text: 'Provision for peak load at all times to avoid scaling events.' },
        { text: 'Use the largest instance types to minimize the number of instances to manage.' },
        {
          text: 'Adopt a consumption model, paying only for the computing resources that you use.',
          correct: true,
        },
        { text: 'Avoid managed services because they carry a per-service charge.' },
      ],
      explanation:
        'Adopting a consumption model is one of the cost optimization design principles, alongside implementing cloud financial management, measuring overall efficiency, stopping spending on undifferentiated heavy lifting, and analyzing and attributing expenditure. Provisioning for peak and oversizing instances waste money on unused capacity. The framework encourages managed services because they remove undifferentiated operational work.',
      references: [REF.wellArchitected],
    },
    ...cloudKindQuestions,
    ...cloudExhibitQuestions,
  ],
  caseStudies: [cloudCase],
};
