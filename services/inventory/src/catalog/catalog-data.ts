/**
 * INV-1 product catalog: software (versions, editions, downloadable files per language and operating
 * system) and online services (plans). Data only; SKUs are the keys other services refer to.
 */

export type CatalogKind = 'SOFTWARE' | 'ONLINE_SERVICE';

export interface CatalogFile {
  /** BCP-47 tag, e.g. 'en-US'. */
  language: string;
  /** e.g. 'Windows x64'. */
  os: string;
  fileName: string;
  sizeBytes: number;
}

export interface CatalogEdition {
  edition: string;
  /** Unique across the catalog, UPPERCASE, e.g. 'WIN-SRV-DC'. */
  sku: string;
  softwareAssurance: boolean;
  files: CatalogFile[];
}

export interface CatalogVersion {
  version: string;
  editions: CatalogEdition[];
}

export interface CatalogPlan {
  code: string;
  name: string;
  /** Unique across the catalog, UPPERCASE, e.g. 'M365-E3'. */
  sku: string;
  maxQuantity: number;
}

export interface CatalogProduct {
  /** Stable slug, e.g. 'windows-server'. */
  id: string;
  name: string;
  family: string;
  /** Filter categories for downloads. */
  categories: string[];
  kind: CatalogKind;
  description: string;
  /** Software only (empty for online services). */
  versions: CatalogVersion[];
  /** Online services only (empty for software). */
  plans: CatalogPlan[];
  /** Online services a customer can set up themselves; Azure- and MSDN-style subscriptions cannot. */
  selfProvisionable: boolean;
  /** Online services: the service's own administration site ("Manage services" link). */
  manageUrl: string | null;
}

type Language = 'en-US' | 'de-DE' | 'fr-FR' | 'ja-JP';

/** Volume-licensing media name the language with an English word rather than a tag. */
const MEDIA_LANGUAGE: Record<Language, string> = {
  'en-US': 'English',
  'de-DE': 'German',
  'fr-FR': 'French',
  'ja-JP': 'Japanese',
};

const ALL_LANGUAGES: Language[] = ['en-US', 'de-DE', 'fr-FR', 'ja-JP'];
const WESTERN_LANGUAGES: Language[] = ['en-US', 'de-DE', 'fr-FR'];

const MB = 1024 * 1024;

/**
 * One file per language and operating system. `name` builds the media file name from the language
 * word; localized images differ a little in size, hence the per-language offset.
 */
function media(
  languages: Language[],
  builds: { os: string; name: (language: string) => string; sizeMb: number }[],
): CatalogFile[] {
  return builds.flatMap((build) =>
    languages.map((language, index) => ({
      language,
      os: build.os,
      fileName: build.name(MEDIA_LANGUAGE[language]),
      sizeBytes: Math.round((build.sizeMb + index * 7.25) * MB),
    })),
  );
}

function software(
  product: Omit<CatalogProduct, 'kind' | 'plans' | 'selfProvisionable' | 'manageUrl'>,
): CatalogProduct {
  // Installed software is ordered and downloaded, never provisioned or managed online.
  return { ...product, kind: 'SOFTWARE', plans: [], selfProvisionable: false, manageUrl: null };
}

function onlineService(product: Omit<CatalogProduct, 'kind' | 'versions'>): CatalogProduct {
  return { ...product, kind: 'ONLINE_SERVICE', versions: [] };
}

/** Plans sold to small businesses are capped at 300 seats; enterprise plans are not practically limited. */
const BUSINESS_MAX = 300;
const ENTERPRISE_MAX = 50_000;

export const catalog: CatalogProduct[] = [
  // ---------------------------------------------------------------- Software
  software({
    id: 'windows-server',
    name: 'Windows Server',
    family: 'Servers',
    categories: ['Servers', 'Operating Systems', 'Datacenter'],
    description: 'Server operating system for datacenter, hybrid and edge workloads, licensed per core.',
    versions: [
      {
        version: '2022',
        editions: [
          {
            edition: 'Standard',
            sku: 'WIN-SRV-STD',
            softwareAssurance: true,
            files: media(ALL_LANGUAGES, [
              {
                os: 'Windows x64',
                name: (l) => `SW_DVD9_Win_Server_STD_CORE_2022_2108.37_64Bit_${l}_DC_STD_MLF.ISO`,
                sizeMb: 5_138,
              },
            ]),
          },
          {
            edition: 'Datacenter',
            sku: 'WIN-SRV-DC',
            softwareAssurance: true,
            files: media(ALL_LANGUAGES, [
              {
                os: 'Windows x64',
                name: (l) => `SW_DVD9_Win_Server_DC_CORE_2022_2108.37_64Bit_${l}_DC_STD_MLF.ISO`,
                sizeMb: 5_138,
              },
            ]),
          },
        ],
      },
      {
        version: '2019',
        editions: [
          {
            edition: 'Standard',
            sku: 'WIN-SRV-2019-STD',
            softwareAssurance: true,
            files: media(ALL_LANGUAGES, [
              {
                os: 'Windows x64',
                name: (l) => `SW_DVD9_Win_Server_STD_CORE_2019_1809.18_64Bit_${l}_DC_STD_MLF_X22-74290.ISO`,
                sizeMb: 4_882,
              },
            ]),
          },
          {
            edition: 'Datacenter',
            sku: 'WIN-SRV-2019-DC',
            softwareAssurance: true,
            files: media(ALL_LANGUAGES, [
              {
                os: 'Windows x64',
                name: (l) => `SW_DVD9_Win_Server_DC_CORE_2019_1809.18_64Bit_${l}_DC_STD_MLF_X22-74290.ISO`,
                sizeMb: 4_882,
              },
            ]),
          },
        ],
      },
    ],
  }),
  software({
    id: 'sql-server',
    name: 'SQL Server',
    family: 'Servers',
    categories: ['Servers', 'Databases'],
    description: 'Relational database engine with analytics, reporting and integration services.',
    versions: [
      {
        version: '2022',
        editions: [
          {
            edition: 'Standard',
            sku: 'SQL-STD',
            softwareAssurance: true,
            files: media(WESTERN_LANGUAGES, [
              {
                os: 'Windows x64',
                name: (l) => `SW_DVD9_SQL_Svr_Standard_Edtn_2022_64Bit_${l}_MLF_X23-12345.ISO`,
                sizeMb: 1_108,
              },
              {
                os: 'Linux x64',
                name: (l) => `SW_SQL_Svr_Standard_Edtn_2022_Linux_64Bit_${l}_MLF_X23-12346.tar.gz`,
                sizeMb: 312,
              },
            ]),
          },
          {
            edition: 'Enterprise',
            sku: 'SQL-ENT',
            softwareAssurance: true,
            files: media(WESTERN_LANGUAGES, [
              {
                os: 'Windows x64',
                name: (l) => `SW_DVD9_SQL_Svr_Enterprise_Edtn_2022_64Bit_${l}_MLF_X23-12347.ISO`,
                sizeMb: 1_108,
              },
              {
                os: 'Linux x64',
                name: (l) => `SW_SQL_Svr_Enterprise_Edtn_2022_Linux_64Bit_${l}_MLF_X23-12348.tar.gz`,
                sizeMb: 312,
              },
            ]),
          },
        ],
      },
      {
        version: '2019',
        editions: [
          {
            edition: 'Standard',
            sku: 'SQL-2019-STD',
            softwareAssurance: true,
            files: media(WESTERN_LANGUAGES, [
              {
                os: 'Windows x64',
                name: (l) => `SW_DVD9_NTRL_SQL_Svr_Standard_Edtn_2019Dec2019_64Bit_${l}_OEM_VL_X22-22109.ISO`,
                sizeMb: 1_434,
              },
            ]),
          },
          {
            edition: 'Enterprise',
            sku: 'SQL-2019-ENT',
            softwareAssurance: true,
            files: media(WESTERN_LANGUAGES, [
              {
                os: 'Windows x64',
                name: (l) => `SW_DVD9_NTRL_SQL_Svr_Ent_Core_2019Dec2019_64Bit_${l}_OEM_VL_X22-22120.ISO`,
                sizeMb: 1_434,
              },
            ]),
          },
        ],
      },
    ],
  }),
  software({
    id: 'office-ltsc-professional-plus',
    name: 'Office LTSC',
    family: 'Applications',
    categories: ['Applications', 'Productivity'],
    description:
      'Perpetual Word, Excel, PowerPoint, Outlook, Access and Publisher for Windows, without feature updates.',
    versions: [
      {
        version: '2024',
        editions: [
          {
            edition: 'Professional Plus',
            sku: 'OFFICE-LTSC-PP-2024',
            softwareAssurance: true,
            files: media(ALL_LANGUAGES, [
              {
                os: 'Windows x64',
                name: (l) => `SW_DVD5_Office_LTSC_Pro_Plus_2024_64Bit_${l}_MLF_X23-69812.ISO`,
                sizeMb: 4_391,
              },
              {
                os: 'Windows ARM64',
                name: (l) => `SW_DVD5_Office_LTSC_Pro_Plus_2024_ARM64_${l}_MLF_X23-69813.ISO`,
                sizeMb: 4_520,
              },
            ]),
          },
          {
            edition: 'Standard',
            sku: 'OFFICE-LTSC-STD-2024',
            softwareAssurance: true,
            files: media(ALL_LANGUAGES, [
              {
                os: 'Windows x64',
                name: (l) => `SW_DVD5_Office_LTSC_Standard_2024_64Bit_${l}_MLF_X23-69820.ISO`,
                sizeMb: 4_102,
              },
            ]),
          },
        ],
      },
      {
        version: '2021',
        editions: [
          {
            edition: 'Professional Plus',
            sku: 'OFFICE-LTSC-PP-2021',
            softwareAssurance: true,
            files: media(ALL_LANGUAGES, [
              {
                os: 'Windows x64',
                name: (l) => `SW_DVD5_Office_LTSC_Pro_Plus_2021_64Bit_${l}_MLF_X22-71122.ISO`,
                sizeMb: 4_215,
              },
            ]),
          },
        ],
      },
    ],
  }),
  software({
    id: 'windows-11-enterprise',
    name: 'Windows 11 Enterprise',
    family: 'Operating Systems',
    categories: ['Operating Systems', 'Desktop'],
    description: 'Desktop operating system upgrade with enterprise security and management features.',
    versions: [
      {
        version: '24H2',
        editions: [
          {
            edition: 'Enterprise',
            sku: 'WIN11-ENT-24H2',
            softwareAssurance: true,
            files: media(ALL_LANGUAGES, [
              {
                os: 'Windows x64',
                name: (l) => `SW_DVD9_Win_Pro_11_24H2.2_64BIT_${l}_Pro_Ent_EDU_N_MLF_X23-91234.ISO`,
                sizeMb: 5_819,
              },
              {
                os: 'Windows ARM64',
                name: (l) => `SW_DVD9_Win_Pro_11_24H2.2_Arm64_${l}_Pro_Ent_EDU_N_MLF_X23-91235.ISO`,
                sizeMb: 5_402,
              },
            ]),
          },
          {
            edition: 'Enterprise LTSC 2024',
            sku: 'WIN11-ENT-LTSC-2024',
            softwareAssurance: true,
            files: media(ALL_LANGUAGES, [
              {
                os: 'Windows x64',
                name: (l) => `SW_DVD9_WIN_ENT_LTSC_2024_64-bit_${l}_MLF_X23-81951.ISO`,
                sizeMb: 4_812,
              },
            ]),
          },
        ],
      },
      {
        version: '23H2',
        editions: [
          {
            edition: 'Enterprise',
            sku: 'WIN11-ENT-23H2',
            softwareAssurance: true,
            files: media(ALL_LANGUAGES, [
              {
                os: 'Windows x64',
                name: (l) => `SW_DVD9_Win_Pro_11_23H2.9_64BIT_${l}_Pro_Ent_EDU_N_MLF_X23-67213.ISO`,
                sizeMb: 6_430,
              },
            ]),
          },
        ],
      },
    ],
  }),
  software({
    id: 'visual-studio-2022',
    name: 'Visual Studio 2022',
    family: 'Developer Tools',
    categories: ['Developer Tools', 'IDE'],
    description: 'Integrated development environment for .NET, C++ and web applications.',
    versions: [
      {
        version: '17.12',
        editions: [
          {
            edition: 'Professional',
            sku: 'VS-PRO-2022',
            // Volume licences of the IDE are sold without SA; ongoing rights come through subscriptions.
            softwareAssurance: false,
            files: media(WESTERN_LANGUAGES, [
              {
                os: 'Windows x64',
                name: (l) => `SW_DVD5_Visual_Studio_Pro_2022_17.12_64Bit_${l}_MLF_X23-78801.ISO`,
                sizeMb: 3_512,
              },
              {
                os: 'Windows ARM64',
                name: (l) => `SW_DVD5_Visual_Studio_Pro_2022_17.12_ARM64_${l}_MLF_X23-78802.ISO`,
                sizeMb: 3_287,
              },
            ]),
          },
          {
            edition: 'Enterprise',
            sku: 'VS-ENT-2022',
            softwareAssurance: false,
            files: media(WESTERN_LANGUAGES, [
              {
                os: 'Windows x64',
                name: (l) => `SW_DVD5_Visual_Studio_Ent_2022_17.12_64Bit_${l}_MLF_X23-78803.ISO`,
                sizeMb: 3_944,
              },
            ]),
          },
        ],
      },
    ],
  }),
  software({
    id: 'exchange-server',
    name: 'Exchange Server',
    family: 'Servers',
    categories: ['Servers', 'Messaging'],
    description: 'On-premises email, calendaring and contacts server.',
    versions: [
      {
        version: 'Subscription Edition',
        editions: [
          {
            edition: 'Standard',
            sku: 'EXCH-SE-STD',
            softwareAssurance: true,
            files: media(ALL_LANGUAGES, [
              {
                os: 'Windows x64',
                name: (l) => `SW_DVD9_Exchange_Server_SE_RTM_64Bit_${l}_MLF_X24-10011.ISO`,
                sizeMb: 6_212,
              },
            ]),
          },
          {
            edition: 'Enterprise',
            sku: 'EXCH-SE-ENT',
            softwareAssurance: true,
            files: media(ALL_LANGUAGES, [
              {
                os: 'Windows x64',
                name: (l) => `SW_DVD9_Exchange_Server_SE_RTM_Ent_64Bit_${l}_MLF_X24-10012.ISO`,
                sizeMb: 6_212,
              },
            ]),
          },
        ],
      },
      {
        version: '2019',
        editions: [
          {
            edition: 'Standard',
            sku: 'EXCH-2019-STD',
            softwareAssurance: true,
            files: media(ALL_LANGUAGES, [
              {
                os: 'Windows x64',
                name: (l) => `SW_DVD9_Exchange_Server_2019_CU14_64Bit_${l}_MLF_X23-60102.ISO`,
                sizeMb: 6_045,
              },
            ]),
          },
        ],
      },
    ],
  }),
  software({
    id: 'sharepoint-server',
    name: 'SharePoint Server',
    family: 'Servers',
    categories: ['Servers', 'Collaboration'],
    description: 'On-premises intranet, document management and team sites.',
    versions: [
      {
        version: 'Subscription Edition',
        editions: [
          {
            edition: 'Subscription Edition',
            sku: 'SP-SE',
            softwareAssurance: true,
            files: media(ALL_LANGUAGES, [
              {
                os: 'Windows x64',
                name: (l) => `SW_DVD9_SharePoint_Server_Subscription_Edition_64Bit_${l}_MLF_X22-84310.ISO`,
                sizeMb: 2_811,
              },
            ]),
          },
        ],
      },
      {
        version: '2019',
        editions: [
          {
            edition: 'Server',
            sku: 'SP-2019',
            softwareAssurance: true,
            files: media(ALL_LANGUAGES, [
              {
                os: 'Windows x64',
                name: (l) => `SW_DVD5_SharePoint_Server_2019_64Bit_${l}_MLF_X21-96203.ISO`,
                sizeMb: 2_956,
              },
            ]),
          },
        ],
      },
    ],
  }),
  software({
    id: 'system-center',
    name: 'System Center',
    family: 'Servers',
    categories: ['Servers', 'Management', 'Datacenter'],
    description: 'Datacenter management: configuration, operations monitoring, virtual machines and backup.',
    versions: [
      {
        version: '2022',
        editions: [
          {
            edition: 'Standard',
            sku: 'SC-2022-STD',
            softwareAssurance: true,
            files: media(WESTERN_LANGUAGES, [
              {
                os: 'Windows x64',
                name: (l) => `SW_DVD5_System_Center_Std_2022_64Bit_${l}_MLF_X23-05211.ISO`,
                sizeMb: 3_870,
              },
            ]),
          },
          {
            edition: 'Datacenter',
            sku: 'SC-2022-DC',
            softwareAssurance: true,
            files: media(WESTERN_LANGUAGES, [
              {
                os: 'Windows x64',
                name: (l) => `SW_DVD5_System_Center_DC_2022_64Bit_${l}_MLF_X23-05212.ISO`,
                sizeMb: 3_870,
              },
            ]),
          },
        ],
      },
    ],
  }),
  software({
    id: 'project',
    name: 'Project',
    family: 'Applications',
    categories: ['Applications', 'Project Management'],
    description: 'Desktop project planning, scheduling and resource management.',
    versions: [
      {
        version: '2024',
        editions: [
          {
            edition: 'Professional',
            sku: 'PROJECT-PRO-2024',
            softwareAssurance: true,
            files: media(ALL_LANGUAGES, [
              {
                os: 'Windows x64',
                name: (l) => `SW_DVD5_Project_Pro_2024_64Bit_${l}_MLF_X23-69840.ISO`,
                sizeMb: 4_408,
              },
            ]),
          },
          {
            edition: 'Standard',
            sku: 'PROJECT-STD-2024',
            softwareAssurance: true,
            files: media(ALL_LANGUAGES, [
              {
                os: 'Windows x64',
                name: (l) => `SW_DVD5_Project_Std_2024_64Bit_${l}_MLF_X23-69841.ISO`,
                sizeMb: 4_377,
              },
            ]),
          },
        ],
      },
      {
        version: '2021',
        editions: [
          {
            edition: 'Professional',
            sku: 'PROJECT-PRO-2021',
            softwareAssurance: true,
            files: media(ALL_LANGUAGES, [
              {
                os: 'Windows x64',
                name: (l) => `SW_DVD5_Project_Pro_2021_64Bit_${l}_MLF_X22-71140.ISO`,
                sizeMb: 4_230,
              },
            ]),
          },
        ],
      },
    ],
  }),
  software({
    id: 'visio',
    name: 'Visio',
    family: 'Applications',
    categories: ['Applications', 'Diagramming'],
    description: 'Desktop diagramming for flowcharts, floor plans and network diagrams.',
    versions: [
      {
        version: '2024',
        editions: [
          {
            edition: 'Professional',
            sku: 'VISIO-PRO-2024',
            softwareAssurance: true,
            files: media(ALL_LANGUAGES, [
              {
                os: 'Windows x64',
                name: (l) => `SW_DVD5_Visio_LTSC_Pro_2024_64Bit_${l}_MLF_X23-69850.ISO`,
                sizeMb: 4_396,
              },
            ]),
          },
          {
            edition: 'Standard',
            sku: 'VISIO-STD-2024',
            softwareAssurance: true,
            files: media(ALL_LANGUAGES, [
              {
                os: 'Windows x64',
                name: (l) => `SW_DVD5_Visio_LTSC_Std_2024_64Bit_${l}_MLF_X23-69851.ISO`,
                sizeMb: 4_361,
              },
            ]),
          },
        ],
      },
    ],
  }),
  software({
    id: 'dynamics-365-business-central-on-premises',
    name: 'Dynamics 365 Business Central on-premises',
    family: 'Business Applications',
    categories: ['Business Applications', 'ERP'],
    description:
      'Finance, sales, purchasing and inventory management for small and midsize businesses, on premises.',
    versions: [
      {
        version: '2024 release wave 2 (v25)',
        editions: [
          {
            edition: 'Essentials',
            sku: 'D365-BC-ESS',
            softwareAssurance: true,
            files: media(WESTERN_LANGUAGES, [
              {
                os: 'Windows x64',
                name: (l) => `SW_DVD5_Dyn365_Business_Central_OnPrem_v25_64Bit_${l}_Essentials_MLF.zip`,
                sizeMb: 1_942,
              },
            ]),
          },
          {
            edition: 'Premium',
            sku: 'D365-BC-PREM',
            softwareAssurance: true,
            files: media(WESTERN_LANGUAGES, [
              {
                os: 'Windows x64',
                name: (l) => `SW_DVD5_Dyn365_Business_Central_OnPrem_v25_64Bit_${l}_Premium_MLF.zip`,
                sizeMb: 1_942,
              },
            ]),
          },
        ],
      },
    ],
  }),
  software({
    id: 'biztalk-server',
    name: 'BizTalk Server',
    family: 'Servers',
    categories: ['Servers', 'Integration'],
    description: 'Business process integration and messaging between line-of-business systems.',
    versions: [
      {
        version: '2020',
        editions: [
          {
            edition: 'Standard',
            sku: 'BIZTALK-2020-STD',
            softwareAssurance: true,
            files: media(
              ['en-US', 'ja-JP'],
              [
                {
                  os: 'Windows x64',
                  name: (l) => `SW_DVD5_BizTalk_Server_Std_2020_64Bit_${l}_MLF_X22-31904.ISO`,
                  sizeMb: 1_166,
                },
              ],
            ),
          },
          {
            edition: 'Enterprise',
            sku: 'BIZTALK-2020-ENT',
            softwareAssurance: true,
            files: media(
              ['en-US', 'ja-JP'],
              [
                {
                  os: 'Windows x64',
                  name: (l) => `SW_DVD5_BizTalk_Server_Ent_2020_64Bit_${l}_MLF_X22-31905.ISO`,
                  sizeMb: 1_166,
                },
              ],
            ),
          },
        ],
      },
    ],
  }),

  // ---------------------------------------------------------------- Online services
  onlineService({
    id: 'microsoft-365',
    name: 'Microsoft 365',
    family: 'Online Services',
    categories: ['Online Services', 'Productivity', 'Security'],
    description: 'Office apps, Exchange, SharePoint and Teams with Windows Enterprise and device management.',
    plans: [
      { code: 'E3', name: 'Microsoft 365 E3', sku: 'M365-E3', maxQuantity: ENTERPRISE_MAX },
      { code: 'E5', name: 'Microsoft 365 E5', sku: 'M365-E5', maxQuantity: ENTERPRISE_MAX },
      { code: 'BP', name: 'Microsoft 365 Business Premium', sku: 'M365-BP', maxQuantity: BUSINESS_MAX },
    ],
    selfProvisionable: true,
    manageUrl: 'https://admin.microsoft.com',
  }),
  onlineService({
    id: 'office-365',
    name: 'Office 365',
    family: 'Online Services',
    categories: ['Online Services', 'Productivity'],
    description: 'Email, file storage, collaboration and, from E3, the desktop Office apps.',
    plans: [
      { code: 'E1', name: 'Office 365 E1', sku: 'O365-E1', maxQuantity: ENTERPRISE_MAX },
      { code: 'E3', name: 'Office 365 E3', sku: 'O365-E3', maxQuantity: ENTERPRISE_MAX },
      { code: 'E5', name: 'Office 365 E5', sku: 'O365-E5', maxQuantity: ENTERPRISE_MAX },
    ],
    selfProvisionable: true,
    manageUrl: 'https://admin.microsoft.com',
  }),
  onlineService({
    id: 'exchange-online',
    name: 'Exchange Online',
    family: 'Online Services',
    categories: ['Online Services', 'Messaging'],
    description: 'Hosted business email and calendaring.',
    plans: [
      { code: 'P1', name: 'Exchange Online (Plan 1)', sku: 'EXCHANGE-P1', maxQuantity: ENTERPRISE_MAX },
      { code: 'P2', name: 'Exchange Online (Plan 2)', sku: 'EXCHANGE-P2', maxQuantity: ENTERPRISE_MAX },
    ],
    selfProvisionable: true,
    manageUrl: 'https://admin.exchange.microsoft.com',
  }),
  onlineService({
    id: 'dynamics-365-sales',
    name: 'Dynamics 365 Sales',
    family: 'Online Services',
    categories: ['Online Services', 'Business Applications', 'CRM'],
    description: 'Customer relationship management for sales teams.',
    plans: [
      {
        code: 'PRO',
        name: 'Dynamics 365 Sales Professional',
        sku: 'D365-SALES-PRO',
        maxQuantity: ENTERPRISE_MAX,
      },
      {
        code: 'ENT',
        name: 'Dynamics 365 Sales Enterprise',
        sku: 'D365-SALES-ENT',
        maxQuantity: ENTERPRISE_MAX,
      },
    ],
    selfProvisionable: true,
    manageUrl: 'https://admin.powerplatform.microsoft.com',
  }),
  onlineService({
    id: 'power-bi',
    name: 'Power BI',
    family: 'Online Services',
    categories: ['Online Services', 'Analytics'],
    description: 'Self-service business intelligence: reports, dashboards and sharing.',
    plans: [
      { code: 'PRO', name: 'Power BI Pro', sku: 'PBI-PRO', maxQuantity: ENTERPRISE_MAX },
      { code: 'PPU', name: 'Power BI Premium Per User', sku: 'PBI-PPU', maxQuantity: ENTERPRISE_MAX },
    ],
    selfProvisionable: true,
    manageUrl: 'https://app.powerbi.com/admin-portal',
  }),
  onlineService({
    id: 'microsoft-azure',
    name: 'Microsoft Azure',
    family: 'Online Services',
    categories: ['Online Services', 'Cloud Platform'],
    description: 'Cloud computing platform billed by consumption under a single Azure plan.',
    // One plan per customer tenant, billed on consumption rather than seats.
    plans: [{ code: 'AZURE', name: 'Azure plan', sku: 'AZURE-PLAN', maxQuantity: 1 }],
    // Azure is set up by the partner against the agreement, not by the customer.
    selfProvisionable: false,
    manageUrl: 'https://portal.azure.com',
  }),
  onlineService({
    id: 'visual-studio-subscriptions',
    name: 'Visual Studio subscriptions',
    family: 'Online Services',
    categories: ['Online Services', 'Developer Tools'],
    description:
      'Named-developer subscriptions with the IDE, dev/test software rights and Azure credits (formerly MSDN).',
    plans: [
      {
        code: 'PRO',
        name: 'Visual Studio Professional subscription',
        sku: 'VS-SUB-PRO',
        maxQuantity: ENTERPRISE_MAX,
      },
      {
        code: 'ENT',
        name: 'Visual Studio Enterprise subscription',
        sku: 'VS-SUB-ENT',
        maxQuantity: ENTERPRISE_MAX,
      },
    ],
    // Subscribers are assigned by an administrator in the subscriptions portal, not self-provisioned.
    selfProvisionable: false,
    manageUrl: 'https://manage.visualstudio.com',
  }),
];

export type CatalogSkuMatch = {
  product: CatalogProduct;
  version?: CatalogVersion;
  edition?: CatalogEdition;
  plan?: CatalogPlan;
};

/** Built once: the catalog is static, and lookups by SKU happen on every order line. */
const bySku = new Map<string, CatalogSkuMatch>();
for (const product of catalog) {
  for (const version of product.versions) {
    for (const edition of version.editions) bySku.set(edition.sku, { product, version, edition });
  }
  for (const plan of product.plans) bySku.set(plan.sku, { product, plan });
}

/** The product and its edition (software) or plan (online service) for a SKU; case and surrounding spaces ignored. */
export function findBySku(sku: string): CatalogSkuMatch | null {
  return bySku.get(sku.trim().toUpperCase()) ?? null;
}
