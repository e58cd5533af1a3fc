/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query BenefitDetails($benefit: String!, $purchasingAccountId: ID, $users: Boolean!) {\n    benefitDetails(benefit: $benefit, purchasingAccountId: $purchasingAccountId) {\n      benefit {\n        code\n        name\n        usesEligibleDomains\n      }\n      administratorInstructions\n      participantInstructions {\n        language\n        text\n      }\n      accessCode\n      ...EligibleDomains_details\n    }\n    benefitUsers(benefit: $benefit) @include(if: $users) {\n      id\n      ...BenefitUsers_user\n    }\n  }\n": typeof types.BenefitDetailsDocument,
    "\n  fragment BenefitUsers_user on BenefitUser {\n    id\n    name\n    email\n  }\n": typeof types.BenefitUsers_UserFragmentDoc,
    "\n  mutation AddBenefitUser($input: AddBenefitUserInput!) {\n    addBenefitUser(input: $input) {\n      id\n    }\n  }\n": typeof types.AddBenefitUserDocument,
    "\n  mutation EditBenefitUser($input: EditBenefitUserInput!) {\n    editBenefitUser(input: $input) {\n      id\n      name\n      email\n    }\n  }\n": typeof types.EditBenefitUserDocument,
    "\n  mutation DeleteBenefitUser($id: ID!) {\n    deleteBenefitUser(id: $id)\n  }\n": typeof types.DeleteBenefitUserDocument,
    "\n  mutation ResendBenefitInstructions($id: ID!) {\n    resendBenefitInstructions(id: $id) {\n      id\n    }\n  }\n": typeof types.ResendBenefitInstructionsDocument,
    "\n  query BenefitsTab($purchasingAccountId: ID, $manage: Boolean!, $accounts: Boolean!) {\n    benefitGroups(purchasingAccountId: $purchasingAccountId) {\n      productGroup\n      benefits {\n        entitled\n        used\n        available\n        benefit {\n          code\n          name\n          unit\n          managesUsers\n          usesEligibleDomains\n        }\n      }\n    }\n    benefitPermissions @include(if: $manage) {\n      id\n      ...PartnerPermissions_permission\n    }\n    me @include(if: $manage) {\n      id\n      organization {\n        id\n        partnerOfRecord {\n          id\n          name\n        }\n      }\n    }\n    purchasingAccounts(first: 100) @include(if: $accounts) {\n      edges {\n        node {\n          id\n          number\n          name\n        }\n      }\n    }\n  }\n": typeof types.BenefitsTabDocument,
    "\n  fragment EligibleDomains_details on BenefitDetails {\n    eligibleDomains {\n      id\n      name\n    }\n  }\n": typeof types.EligibleDomains_DetailsFragmentDoc,
    "\n  mutation AddEligibleDomain($benefit: String!, $name: String!) {\n    addEligibleDomain(benefit: $benefit, name: $name) {\n      id\n      name\n    }\n  }\n": typeof types.AddEligibleDomainDocument,
    "\n  mutation RemoveEligibleDomain($id: ID!) {\n    removeEligibleDomain(id: $id)\n  }\n": typeof types.RemoveEligibleDomainDocument,
    "\n  fragment PartnerPermissions_permission on BenefitPermission {\n    id\n    partnerOrganizationId\n    status\n    requestedAt\n  }\n": typeof types.PartnerPermissions_PermissionFragmentDoc,
    "\n  mutation DecideBenefitPermission($id: ID!, $decision: BenefitPermissionDecision!) {\n    decideBenefitPermission(id: $id, decision: $decision) {\n      id\n      status\n    }\n  }\n": typeof types.DecideBenefitPermissionDocument,
    "\n  query TrainingVouchers($purchasingAccountId: ID!) {\n    trainingVouchers(purchasingAccountId: $purchasingAccountId) {\n      id\n      employeeName\n      email\n      days\n      language\n      voucherCode\n      status\n      assignedAt\n    }\n    benefitDetails(benefit: \"TRAINING_VOUCHERS\", purchasingAccountId: $purchasingAccountId) {\n      entitled\n      available\n    }\n  }\n": typeof types.TrainingVouchersDocument,
    "\n  query PreviewVoucherInstructions($language: String!, $days: Int!) {\n    previewVoucherInstructions(language: $language, days: $days)\n  }\n": typeof types.PreviewVoucherInstructionsDocument,
    "\n  mutation AssignTrainingVoucher($input: AssignTrainingVoucherInput!, $idempotencyKey: String) {\n    assignTrainingVoucher(input: $input, idempotencyKey: $idempotencyKey) {\n      id\n      employeeName\n      days\n    }\n  }\n": typeof types.AssignTrainingVoucherDocument,
    "\n  mutation RevokeTrainingVoucher($id: ID!) {\n    revokeTrainingVoucher(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.RevokeTrainingVoucherDocument,
    "\n  fragment BenefitsSummary_group on BenefitGroup {\n    productGroup\n    benefits {\n      entitled\n      used\n      available\n      benefit {\n        code\n        name\n        unit\n      }\n    }\n  }\n": typeof types.BenefitsSummary_GroupFragmentDoc,
    "\n  query Dashboard($purchasingAccountId: ID, $licenses: Boolean!) {\n    inventoryDashboard(purchasingAccountId: $purchasingAccountId, top: 5) @include(if: $licenses) {\n      ...InventorySummary_dashboard\n    }\n    benefitGroups(purchasingAccountId: $purchasingAccountId) @include(if: $licenses) {\n      ...BenefitsSummary_group\n    }\n  }\n": typeof types.DashboardDocument,
    "\n  fragment InventorySummary_dashboard on InventoryDashboard {\n    licenseCount\n    subscriptionCount\n    expiringSoonCount\n    criticalCount\n    products {\n      productId\n      productName\n      family\n      totalQuantity\n      nextExpiration\n      expiryStatus\n    }\n  }\n": typeof types.InventorySummary_DashboardFragmentDoc,
    "\n  query Inventory(\n    $purchasingAccountId: ID\n    $filter: InventoryFilter\n    $first: Int\n    $after: String\n    $accounts: Boolean!\n  ) {\n    inventory(purchasingAccountId: $purchasingAccountId, filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          productId\n          ...ProductRows_product\n        }\n      }\n    }\n    purchasingAccounts(first: 100) @include(if: $accounts) {\n      edges {\n        node {\n          id\n          number\n          name\n        }\n      }\n    }\n  }\n": typeof types.InventoryDocument,
    "\n  fragment ProductRows_product on InventoryProduct {\n    productId\n    productName\n    family\n    kind\n    totalQuantity\n    nextExpiration\n    expiryStatus\n    versions {\n      version\n      nextExpiration\n      expiryStatus\n      editions {\n        edition\n        displayName\n        sku\n        quantity\n        nextExpiration\n        expiryStatus\n        licenses {\n          id\n          purchasingAccountId\n          quantity\n          softwareAssurance\n          expiresOn\n          expiryStatus\n          orderNumber\n        }\n        subscriptions {\n          id\n          purchasingAccountId\n          quantity\n          status\n          expiresOn\n          expiryStatus\n          manageServicesUrl\n          orderNumber\n          cancelledAt\n          cancellationReason\n        }\n      }\n    }\n  }\n": typeof types.ProductRows_ProductFragmentDoc,
    "\n  fragment ProfileDetails_user on User {\n    displayName\n    workAccount\n    email\n    roles\n    globalAdmin\n    permissions\n    organization {\n      id\n      name\n    }\n  }\n": typeof types.ProfileDetails_UserFragmentDoc,
    "\n  query Profile {\n    me {\n      id\n      ...ProfileDetails_user\n    }\n  }\n": typeof types.ProfileDocument,
    "\n  query AccountSelector {\n    purchasingAccounts(first: 100) {\n      edges {\n        node {\n          id\n          number\n          name\n        }\n      }\n    }\n  }\n": typeof types.AccountSelectorDocument,
    "\n  fragment Navigation_user on User {\n    permissions\n    organization {\n      id\n      kind\n    }\n  }\n": typeof types.Navigation_UserFragmentDoc,
    "\n  fragment UserMenu_user on User {\n    workAccount\n    displayName\n  }\n": typeof types.UserMenu_UserFragmentDoc,
    "\n  query Shell {\n    me {\n      id\n      ...Navigation_user\n      ...UserMenu_user\n    }\n  }\n": typeof types.ShellDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      accessToken\n      expiresIn\n    }\n  }\n": typeof types.SignInDocument,
};
const documents: Documents = {
    "\n  query BenefitDetails($benefit: String!, $purchasingAccountId: ID, $users: Boolean!) {\n    benefitDetails(benefit: $benefit, purchasingAccountId: $purchasingAccountId) {\n      benefit {\n        code\n        name\n        usesEligibleDomains\n      }\n      administratorInstructions\n      participantInstructions {\n        language\n        text\n      }\n      accessCode\n      ...EligibleDomains_details\n    }\n    benefitUsers(benefit: $benefit) @include(if: $users) {\n      id\n      ...BenefitUsers_user\n    }\n  }\n": types.BenefitDetailsDocument,
    "\n  fragment BenefitUsers_user on BenefitUser {\n    id\n    name\n    email\n  }\n": types.BenefitUsers_UserFragmentDoc,
    "\n  mutation AddBenefitUser($input: AddBenefitUserInput!) {\n    addBenefitUser(input: $input) {\n      id\n    }\n  }\n": types.AddBenefitUserDocument,
    "\n  mutation EditBenefitUser($input: EditBenefitUserInput!) {\n    editBenefitUser(input: $input) {\n      id\n      name\n      email\n    }\n  }\n": types.EditBenefitUserDocument,
    "\n  mutation DeleteBenefitUser($id: ID!) {\n    deleteBenefitUser(id: $id)\n  }\n": types.DeleteBenefitUserDocument,
    "\n  mutation ResendBenefitInstructions($id: ID!) {\n    resendBenefitInstructions(id: $id) {\n      id\n    }\n  }\n": types.ResendBenefitInstructionsDocument,
    "\n  query BenefitsTab($purchasingAccountId: ID, $manage: Boolean!, $accounts: Boolean!) {\n    benefitGroups(purchasingAccountId: $purchasingAccountId) {\n      productGroup\n      benefits {\n        entitled\n        used\n        available\n        benefit {\n          code\n          name\n          unit\n          managesUsers\n          usesEligibleDomains\n        }\n      }\n    }\n    benefitPermissions @include(if: $manage) {\n      id\n      ...PartnerPermissions_permission\n    }\n    me @include(if: $manage) {\n      id\n      organization {\n        id\n        partnerOfRecord {\n          id\n          name\n        }\n      }\n    }\n    purchasingAccounts(first: 100) @include(if: $accounts) {\n      edges {\n        node {\n          id\n          number\n          name\n        }\n      }\n    }\n  }\n": types.BenefitsTabDocument,
    "\n  fragment EligibleDomains_details on BenefitDetails {\n    eligibleDomains {\n      id\n      name\n    }\n  }\n": types.EligibleDomains_DetailsFragmentDoc,
    "\n  mutation AddEligibleDomain($benefit: String!, $name: String!) {\n    addEligibleDomain(benefit: $benefit, name: $name) {\n      id\n      name\n    }\n  }\n": types.AddEligibleDomainDocument,
    "\n  mutation RemoveEligibleDomain($id: ID!) {\n    removeEligibleDomain(id: $id)\n  }\n": types.RemoveEligibleDomainDocument,
    "\n  fragment PartnerPermissions_permission on BenefitPermission {\n    id\n    partnerOrganizationId\n    status\n    requestedAt\n  }\n": types.PartnerPermissions_PermissionFragmentDoc,
    "\n  mutation DecideBenefitPermission($id: ID!, $decision: BenefitPermissionDecision!) {\n    decideBenefitPermission(id: $id, decision: $decision) {\n      id\n      status\n    }\n  }\n": types.DecideBenefitPermissionDocument,
    "\n  query TrainingVouchers($purchasingAccountId: ID!) {\n    trainingVouchers(purchasingAccountId: $purchasingAccountId) {\n      id\n      employeeName\n      email\n      days\n      language\n      voucherCode\n      status\n      assignedAt\n    }\n    benefitDetails(benefit: \"TRAINING_VOUCHERS\", purchasingAccountId: $purchasingAccountId) {\n      entitled\n      available\n    }\n  }\n": types.TrainingVouchersDocument,
    "\n  query PreviewVoucherInstructions($language: String!, $days: Int!) {\n    previewVoucherInstructions(language: $language, days: $days)\n  }\n": types.PreviewVoucherInstructionsDocument,
    "\n  mutation AssignTrainingVoucher($input: AssignTrainingVoucherInput!, $idempotencyKey: String) {\n    assignTrainingVoucher(input: $input, idempotencyKey: $idempotencyKey) {\n      id\n      employeeName\n      days\n    }\n  }\n": types.AssignTrainingVoucherDocument,
    "\n  mutation RevokeTrainingVoucher($id: ID!) {\n    revokeTrainingVoucher(id: $id) {\n      id\n      status\n    }\n  }\n": types.RevokeTrainingVoucherDocument,
    "\n  fragment BenefitsSummary_group on BenefitGroup {\n    productGroup\n    benefits {\n      entitled\n      used\n      available\n      benefit {\n        code\n        name\n        unit\n      }\n    }\n  }\n": types.BenefitsSummary_GroupFragmentDoc,
    "\n  query Dashboard($purchasingAccountId: ID, $licenses: Boolean!) {\n    inventoryDashboard(purchasingAccountId: $purchasingAccountId, top: 5) @include(if: $licenses) {\n      ...InventorySummary_dashboard\n    }\n    benefitGroups(purchasingAccountId: $purchasingAccountId) @include(if: $licenses) {\n      ...BenefitsSummary_group\n    }\n  }\n": types.DashboardDocument,
    "\n  fragment InventorySummary_dashboard on InventoryDashboard {\n    licenseCount\n    subscriptionCount\n    expiringSoonCount\n    criticalCount\n    products {\n      productId\n      productName\n      family\n      totalQuantity\n      nextExpiration\n      expiryStatus\n    }\n  }\n": types.InventorySummary_DashboardFragmentDoc,
    "\n  query Inventory(\n    $purchasingAccountId: ID\n    $filter: InventoryFilter\n    $first: Int\n    $after: String\n    $accounts: Boolean!\n  ) {\n    inventory(purchasingAccountId: $purchasingAccountId, filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          productId\n          ...ProductRows_product\n        }\n      }\n    }\n    purchasingAccounts(first: 100) @include(if: $accounts) {\n      edges {\n        node {\n          id\n          number\n          name\n        }\n      }\n    }\n  }\n": types.InventoryDocument,
    "\n  fragment ProductRows_product on InventoryProduct {\n    productId\n    productName\n    family\n    kind\n    totalQuantity\n    nextExpiration\n    expiryStatus\n    versions {\n      version\n      nextExpiration\n      expiryStatus\n      editions {\n        edition\n        displayName\n        sku\n        quantity\n        nextExpiration\n        expiryStatus\n        licenses {\n          id\n          purchasingAccountId\n          quantity\n          softwareAssurance\n          expiresOn\n          expiryStatus\n          orderNumber\n        }\n        subscriptions {\n          id\n          purchasingAccountId\n          quantity\n          status\n          expiresOn\n          expiryStatus\n          manageServicesUrl\n          orderNumber\n          cancelledAt\n          cancellationReason\n        }\n      }\n    }\n  }\n": types.ProductRows_ProductFragmentDoc,
    "\n  fragment ProfileDetails_user on User {\n    displayName\n    workAccount\n    email\n    roles\n    globalAdmin\n    permissions\n    organization {\n      id\n      name\n    }\n  }\n": types.ProfileDetails_UserFragmentDoc,
    "\n  query Profile {\n    me {\n      id\n      ...ProfileDetails_user\n    }\n  }\n": types.ProfileDocument,
    "\n  query AccountSelector {\n    purchasingAccounts(first: 100) {\n      edges {\n        node {\n          id\n          number\n          name\n        }\n      }\n    }\n  }\n": types.AccountSelectorDocument,
    "\n  fragment Navigation_user on User {\n    permissions\n    organization {\n      id\n      kind\n    }\n  }\n": types.Navigation_UserFragmentDoc,
    "\n  fragment UserMenu_user on User {\n    workAccount\n    displayName\n  }\n": types.UserMenu_UserFragmentDoc,
    "\n  query Shell {\n    me {\n      id\n      ...Navigation_user\n      ...UserMenu_user\n    }\n  }\n": types.ShellDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      accessToken\n      expiresIn\n    }\n  }\n": types.SignInDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BenefitDetails($benefit: String!, $purchasingAccountId: ID, $users: Boolean!) {\n    benefitDetails(benefit: $benefit, purchasingAccountId: $purchasingAccountId) {\n      benefit {\n        code\n        name\n        usesEligibleDomains\n      }\n      administratorInstructions\n      participantInstructions {\n        language\n        text\n      }\n      accessCode\n      ...EligibleDomains_details\n    }\n    benefitUsers(benefit: $benefit) @include(if: $users) {\n      id\n      ...BenefitUsers_user\n    }\n  }\n"): (typeof documents)["\n  query BenefitDetails($benefit: String!, $purchasingAccountId: ID, $users: Boolean!) {\n    benefitDetails(benefit: $benefit, purchasingAccountId: $purchasingAccountId) {\n      benefit {\n        code\n        name\n        usesEligibleDomains\n      }\n      administratorInstructions\n      participantInstructions {\n        language\n        text\n      }\n      accessCode\n      ...EligibleDomains_details\n    }\n    benefitUsers(benefit: $benefit) @include(if: $users) {\n      id\n      ...BenefitUsers_user\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BenefitUsers_user on BenefitUser {\n    id\n    name\n    email\n  }\n"): (typeof documents)["\n  fragment BenefitUsers_user on BenefitUser {\n    id\n    name\n    email\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddBenefitUser($input: AddBenefitUserInput!) {\n    addBenefitUser(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddBenefitUser($input: AddBenefitUserInput!) {\n    addBenefitUser(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditBenefitUser($input: EditBenefitUserInput!) {\n    editBenefitUser(input: $input) {\n      id\n      name\n      email\n    }\n  }\n"): (typeof documents)["\n  mutation EditBenefitUser($input: EditBenefitUserInput!) {\n    editBenefitUser(input: $input) {\n      id\n      name\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteBenefitUser($id: ID!) {\n    deleteBenefitUser(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteBenefitUser($id: ID!) {\n    deleteBenefitUser(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendBenefitInstructions($id: ID!) {\n    resendBenefitInstructions(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ResendBenefitInstructions($id: ID!) {\n    resendBenefitInstructions(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BenefitsTab($purchasingAccountId: ID, $manage: Boolean!, $accounts: Boolean!) {\n    benefitGroups(purchasingAccountId: $purchasingAccountId) {\n      productGroup\n      benefits {\n        entitled\n        used\n        available\n        benefit {\n          code\n          name\n          unit\n          managesUsers\n          usesEligibleDomains\n        }\n      }\n    }\n    benefitPermissions @include(if: $manage) {\n      id\n      ...PartnerPermissions_permission\n    }\n    me @include(if: $manage) {\n      id\n      organization {\n        id\n        partnerOfRecord {\n          id\n          name\n        }\n      }\n    }\n    purchasingAccounts(first: 100) @include(if: $accounts) {\n      edges {\n        node {\n          id\n          number\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query BenefitsTab($purchasingAccountId: ID, $manage: Boolean!, $accounts: Boolean!) {\n    benefitGroups(purchasingAccountId: $purchasingAccountId) {\n      productGroup\n      benefits {\n        entitled\n        used\n        available\n        benefit {\n          code\n          name\n          unit\n          managesUsers\n          usesEligibleDomains\n        }\n      }\n    }\n    benefitPermissions @include(if: $manage) {\n      id\n      ...PartnerPermissions_permission\n    }\n    me @include(if: $manage) {\n      id\n      organization {\n        id\n        partnerOfRecord {\n          id\n          name\n        }\n      }\n    }\n    purchasingAccounts(first: 100) @include(if: $accounts) {\n      edges {\n        node {\n          id\n          number\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EligibleDomains_details on BenefitDetails {\n    eligibleDomains {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment EligibleDomains_details on BenefitDetails {\n    eligibleDomains {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddEligibleDomain($benefit: String!, $name: String!) {\n    addEligibleDomain(benefit: $benefit, name: $name) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation AddEligibleDomain($benefit: String!, $name: String!) {\n    addEligibleDomain(benefit: $benefit, name: $name) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveEligibleDomain($id: ID!) {\n    removeEligibleDomain(id: $id)\n  }\n"): (typeof documents)["\n  mutation RemoveEligibleDomain($id: ID!) {\n    removeEligibleDomain(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PartnerPermissions_permission on BenefitPermission {\n    id\n    partnerOrganizationId\n    status\n    requestedAt\n  }\n"): (typeof documents)["\n  fragment PartnerPermissions_permission on BenefitPermission {\n    id\n    partnerOrganizationId\n    status\n    requestedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideBenefitPermission($id: ID!, $decision: BenefitPermissionDecision!) {\n    decideBenefitPermission(id: $id, decision: $decision) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation DecideBenefitPermission($id: ID!, $decision: BenefitPermissionDecision!) {\n    decideBenefitPermission(id: $id, decision: $decision) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrainingVouchers($purchasingAccountId: ID!) {\n    trainingVouchers(purchasingAccountId: $purchasingAccountId) {\n      id\n      employeeName\n      email\n      days\n      language\n      voucherCode\n      status\n      assignedAt\n    }\n    benefitDetails(benefit: \"TRAINING_VOUCHERS\", purchasingAccountId: $purchasingAccountId) {\n      entitled\n      available\n    }\n  }\n"): (typeof documents)["\n  query TrainingVouchers($purchasingAccountId: ID!) {\n    trainingVouchers(purchasingAccountId: $purchasingAccountId) {\n      id\n      employeeName\n      email\n      days\n      language\n      voucherCode\n      status\n      assignedAt\n    }\n    benefitDetails(benefit: \"TRAINING_VOUCHERS\", purchasingAccountId: $purchasingAccountId) {\n      entitled\n      available\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviewVoucherInstructions($language: String!, $days: Int!) {\n    previewVoucherInstructions(language: $language, days: $days)\n  }\n"): (typeof documents)["\n  query PreviewVoucherInstructions($language: String!, $days: Int!) {\n    previewVoucherInstructions(language: $language, days: $days)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignTrainingVoucher($input: AssignTrainingVoucherInput!, $idempotencyKey: String) {\n    assignTrainingVoucher(input: $input, idempotencyKey: $idempotencyKey) {\n      id\n      employeeName\n      days\n    }\n  }\n"): (typeof documents)["\n  mutation AssignTrainingVoucher($input: AssignTrainingVoucherInput!, $idempotencyKey: String) {\n    assignTrainingVoucher(input: $input, idempotencyKey: $idempotencyKey) {\n      id\n      employeeName\n      days\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeTrainingVoucher($id: ID!) {\n    revokeTrainingVoucher(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeTrainingVoucher($id: ID!) {\n    revokeTrainingVoucher(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BenefitsSummary_group on BenefitGroup {\n    productGroup\n    benefits {\n      entitled\n      used\n      available\n      benefit {\n        code\n        name\n        unit\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment BenefitsSummary_group on BenefitGroup {\n    productGroup\n    benefits {\n      entitled\n      used\n      available\n      benefit {\n        code\n        name\n        unit\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Dashboard($purchasingAccountId: ID, $licenses: Boolean!) {\n    inventoryDashboard(purchasingAccountId: $purchasingAccountId, top: 5) @include(if: $licenses) {\n      ...InventorySummary_dashboard\n    }\n    benefitGroups(purchasingAccountId: $purchasingAccountId) @include(if: $licenses) {\n      ...BenefitsSummary_group\n    }\n  }\n"): (typeof documents)["\n  query Dashboard($purchasingAccountId: ID, $licenses: Boolean!) {\n    inventoryDashboard(purchasingAccountId: $purchasingAccountId, top: 5) @include(if: $licenses) {\n      ...InventorySummary_dashboard\n    }\n    benefitGroups(purchasingAccountId: $purchasingAccountId) @include(if: $licenses) {\n      ...BenefitsSummary_group\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InventorySummary_dashboard on InventoryDashboard {\n    licenseCount\n    subscriptionCount\n    expiringSoonCount\n    criticalCount\n    products {\n      productId\n      productName\n      family\n      totalQuantity\n      nextExpiration\n      expiryStatus\n    }\n  }\n"): (typeof documents)["\n  fragment InventorySummary_dashboard on InventoryDashboard {\n    licenseCount\n    subscriptionCount\n    expiringSoonCount\n    criticalCount\n    products {\n      productId\n      productName\n      family\n      totalQuantity\n      nextExpiration\n      expiryStatus\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Inventory(\n    $purchasingAccountId: ID\n    $filter: InventoryFilter\n    $first: Int\n    $after: String\n    $accounts: Boolean!\n  ) {\n    inventory(purchasingAccountId: $purchasingAccountId, filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          productId\n          ...ProductRows_product\n        }\n      }\n    }\n    purchasingAccounts(first: 100) @include(if: $accounts) {\n      edges {\n        node {\n          id\n          number\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Inventory(\n    $purchasingAccountId: ID\n    $filter: InventoryFilter\n    $first: Int\n    $after: String\n    $accounts: Boolean!\n  ) {\n    inventory(purchasingAccountId: $purchasingAccountId, filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          productId\n          ...ProductRows_product\n        }\n      }\n    }\n    purchasingAccounts(first: 100) @include(if: $accounts) {\n      edges {\n        node {\n          id\n          number\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProductRows_product on InventoryProduct {\n    productId\n    productName\n    family\n    kind\n    totalQuantity\n    nextExpiration\n    expiryStatus\n    versions {\n      version\n      nextExpiration\n      expiryStatus\n      editions {\n        edition\n        displayName\n        sku\n        quantity\n        nextExpiration\n        expiryStatus\n        licenses {\n          id\n          purchasingAccountId\n          quantity\n          softwareAssurance\n          expiresOn\n          expiryStatus\n          orderNumber\n        }\n        subscriptions {\n          id\n          purchasingAccountId\n          quantity\n          status\n          expiresOn\n          expiryStatus\n          manageServicesUrl\n          orderNumber\n          cancelledAt\n          cancellationReason\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ProductRows_product on InventoryProduct {\n    productId\n    productName\n    family\n    kind\n    totalQuantity\n    nextExpiration\n    expiryStatus\n    versions {\n      version\n      nextExpiration\n      expiryStatus\n      editions {\n        edition\n        displayName\n        sku\n        quantity\n        nextExpiration\n        expiryStatus\n        licenses {\n          id\n          purchasingAccountId\n          quantity\n          softwareAssurance\n          expiresOn\n          expiryStatus\n          orderNumber\n        }\n        subscriptions {\n          id\n          purchasingAccountId\n          quantity\n          status\n          expiresOn\n          expiryStatus\n          manageServicesUrl\n          orderNumber\n          cancelledAt\n          cancellationReason\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProfileDetails_user on User {\n    displayName\n    workAccount\n    email\n    roles\n    globalAdmin\n    permissions\n    organization {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ProfileDetails_user on User {\n    displayName\n    workAccount\n    email\n    roles\n    globalAdmin\n    permissions\n    organization {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Profile {\n    me {\n      id\n      ...ProfileDetails_user\n    }\n  }\n"): (typeof documents)["\n  query Profile {\n    me {\n      id\n      ...ProfileDetails_user\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountSelector {\n    purchasingAccounts(first: 100) {\n      edges {\n        node {\n          id\n          number\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccountSelector {\n    purchasingAccounts(first: 100) {\n      edges {\n        node {\n          id\n          number\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment Navigation_user on User {\n    permissions\n    organization {\n      id\n      kind\n    }\n  }\n"): (typeof documents)["\n  fragment Navigation_user on User {\n    permissions\n    organization {\n      id\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserMenu_user on User {\n    workAccount\n    displayName\n  }\n"): (typeof documents)["\n  fragment UserMenu_user on User {\n    workAccount\n    displayName\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Shell {\n    me {\n      id\n      ...Navigation_user\n      ...UserMenu_user\n    }\n  }\n"): (typeof documents)["\n  query Shell {\n    me {\n      id\n      ...Navigation_user\n      ...UserMenu_user\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      accessToken\n      expiresIn\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      accessToken\n      expiresIn\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;