/** BEN-1: the Software Assurance benefits and how each is measured. */
export type BenefitUnit =
  | 'INCIDENTS'
  | 'PARTICIPANTS'
  | 'DOWNLOADS'
  | 'LICENSES'
  | 'PLANNING_DAYS'
  | 'TRAINING_DAYS'
  | 'NOT_MEASURED';

export interface BenefitDefinition {
  code: string;
  name: string;
  unit: BenefitUnit;
  /** Product groups whose Software Assurance licenses earn this benefit. */
  productGroups: string[];
  /** Covered licenses per unit of entitlement (null: not measured). */
  licensesPerUnit: number | null;
  managesUsers: boolean;
  usesEligibleDomains: boolean;
  administratorInstructions: string;
  /** Instructions administrators send to participants, by language. */
  participantInstructions: Record<string, string>;
}

const SERVERS = 'Servers';
const APPS = 'Applications';
const OS = 'Operating Systems';
const DEV = 'Developer Tools';
const BIZ = 'Business Applications';

export const benefitCatalog: BenefitDefinition[] = [
  {
    code: 'SUPPORT_24X7_PHONE',
    name: '24x7 Problem Resolution – Phone',
    unit: 'INCIDENTS',
    productGroups: [SERVERS, APPS, OS],
    licensesPerUnit: 50,
    managesUsers: false,
    usesEligibleDomains: false,
    administratorInstructions:
      'Call Microsoft Support with your agreement number; each call opens one incident.',
    participantInstructions: { 'en-US': 'Phone support is opened by your administrators.' },
  },
  {
    code: 'SUPPORT_24X7_WEB',
    name: '24x7 Problem Resolution – Web',
    unit: 'INCIDENTS',
    productGroups: [SERVERS, APPS, OS],
    licensesPerUnit: 50,
    managesUsers: false,
    usesEligibleDomains: false,
    administratorInstructions:
      'Open support requests on the Microsoft Support site; each request uses one incident.',
    participantInstructions: { 'en-US': 'Web support requests are opened by your administrators.' },
  },
  {
    code: 'E_LEARNING',
    name: 'e-Learning',
    unit: 'PARTICIPANTS',
    productGroups: [APPS, OS, DEV],
    licensesPerUnit: 1,
    managesUsers: true,
    usesEligibleDomains: true,
    administratorInstructions:
      'Add the domain names your employees use in their email addresses. After the first domain an access code appears; share it with your trainees.',
    participantInstructions: {
      'en-US': 'Register for e-Learning with your work email and the access code {accessCode}.',
      'de-DE':
        'Registrieren Sie sich für e-Learning mit Ihrer geschäftlichen E-Mail-Adresse und dem Zugriffscode {accessCode}.',
      'fr-FR':
        "Inscrivez-vous à l'e-Learning avec votre adresse professionnelle et le code d'accès {accessCode}.",
    },
  },
  {
    code: 'GLOBAL_SERVICE_MONITOR',
    name: 'System Center Global Service Monitor',
    unit: 'NOT_MEASURED',
    productGroups: [SERVERS],
    licensesPerUnit: null,
    managesUsers: false,
    usesEligibleDomains: false,
    administratorInstructions: 'Activate Global Service Monitor from System Center Operations Manager.',
    participantInstructions: { 'en-US': 'Your administrators configure monitoring.' },
  },
  {
    code: 'HOME_USE_PROGRAM',
    name: 'Home Use Program',
    unit: 'LICENSES',
    productGroups: [APPS],
    licensesPerUnit: 1,
    managesUsers: true,
    usesEligibleDomains: true,
    administratorInstructions: 'Add eligible domains and send employees the Home Use Program instructions.',
    participantInstructions: {
      'en-US': 'Buy your home copy of Office with your work email and code {accessCode}.',
    },
  },
  {
    code: 'MULTI_LANGUAGE_PACK',
    name: 'Multi-Language Pack for Office',
    unit: 'DOWNLOADS',
    productGroups: [APPS],
    licensesPerUnit: 1,
    managesUsers: false,
    usesEligibleDomains: false,
    administratorInstructions: 'Download the language packs from Downloads and keys.',
    participantInstructions: { 'en-US': 'Your administrators deploy the language packs.' },
  },
  {
    code: 'WINDOWS_THIN_PC',
    name: 'Windows Thin PC',
    unit: 'DOWNLOADS',
    productGroups: [OS],
    licensesPerUnit: 1,
    managesUsers: false,
    usesEligibleDomains: false,
    administratorInstructions: 'Download Windows Thin PC from Downloads and keys.',
    participantInstructions: { 'en-US': 'Your administrators repurpose PCs as thin clients.' },
  },
  {
    code: 'PLANNING_SERVICES',
    name: 'Planning Services',
    unit: 'PLANNING_DAYS',
    productGroups: [SERVERS, APPS, BIZ],
    licensesPerUnit: 250,
    managesUsers: false,
    usesEligibleDomains: false,
    administratorInstructions: 'Choose a deployment planning partner and assign planning days.',
    participantInstructions: { 'en-US': 'Your planning consultant contacts you.' },
  },
  {
    code: 'TRAINING_VOUCHERS',
    name: 'Training Vouchers',
    unit: 'TRAINING_DAYS',
    productGroups: [SERVERS, APPS, OS],
    licensesPerUnit: 25,
    managesUsers: false,
    usesEligibleDomains: false,
    administratorInstructions: 'Assign training days to employees; each gets instructions in their language.',
    participantInstructions: {
      'en-US':
        'You have {days} training day(s). Book a course with a Microsoft Learning Partner using voucher {voucher}.',
      'de-DE':
        'Sie haben {days} Schulungstag(e). Buchen Sie einen Kurs bei einem Microsoft Learning Partner mit Gutschein {voucher}.',
    },
  },
  {
    code: 'DYNAMICS_CUSTOMERSOURCE',
    name: 'Microsoft Dynamics CustomerSource',
    unit: 'NOT_MEASURED',
    productGroups: [BIZ],
    licensesPerUnit: null,
    managesUsers: false,
    usesEligibleDomains: false,
    administratorInstructions: 'Sign in to CustomerSource with your work account.',
    participantInstructions: { 'en-US': 'Use CustomerSource for Dynamics resources.' },
  },
];

export function benefitByCode(code: string): BenefitDefinition | undefined {
  return benefitCatalog.find((b) => b.code === code);
}
