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
    "\n  fragment AccountEditor_account on PurchasingAccount {\n    id\n    number\n    name\n    location\n    address {\n      line1\n      line2\n      city\n      region\n      postalCode\n      country\n    }\n    contacts {\n      name\n      email\n      phone\n      role\n    }\n  }\n": typeof types.AccountEditor_AccountFragmentDoc,
    "\n  mutation UpdatePurchasingAccount($input: UpdatePurchasingAccountInput!) {\n    updatePurchasingAccount(input: $input) {\n      id\n      ...AccountEditor_account\n    }\n  }\n": typeof types.UpdatePurchasingAccountDocument,
    "\n  query AgreementDetails($id: ID!) {\n    agreement(id: $id) {\n      id\n      number\n      status\n      customerName\n      signingMethod\n      signerName\n      signerEmail\n      startDate\n      endDate\n      anniversaryMonth\n      declineReason\n      offers {\n        code\n        name\n        productPool\n        priceLevel\n      }\n      signature {\n        method\n        signerName\n        signerTitle\n        signedAt\n      }\n      statusHistory {\n        status\n        at\n        byWorkAccount\n      }\n      signedCopy {\n        fileName\n        url\n        expiresAt\n      }\n      purchasingAccount {\n        id\n        ...AccountEditor_account\n      }\n    }\n  }\n": typeof types.AgreementDetailsDocument,
    "\n  mutation UpdateAnniversaryMonth($agreementId: ID!, $anniversaryMonth: Int!) {\n    updateAnniversaryMonth(agreementId: $agreementId, anniversaryMonth: $anniversaryMonth) {\n      id\n      anniversaryMonth\n    }\n  }\n": typeof types.UpdateAnniversaryMonthDocument,
    "\n  mutation SignSalesPackage($id: ID!, $signer: SignerInput!) {\n    signSalesPackage(id: $id, signer: $signer) {\n      id\n      number\n      status\n    }\n  }\n": typeof types.SignSalesPackageDocument,
    "\n  mutation DeclineSalesPackage($id: ID!, $reason: String!) {\n    declineSalesPackage(id: $id, reason: $reason) {\n      id\n      number\n      status\n    }\n  }\n": typeof types.DeclineSalesPackageDocument,
    "\n  fragment AgreementRow_agreement on Agreement {\n    id\n    number\n    status\n    startDate\n    endDate\n    purchasingAccount {\n      id\n      name\n      number\n      location\n    }\n  }\n": typeof types.AgreementRow_AgreementFragmentDoc,
    "\n  fragment SalesPackageRow_agreement on Agreement {\n    id\n    number\n    signingMethod\n    startDate\n    offers {\n      code\n      name\n    }\n    purchasingAccount {\n      id\n      name\n    }\n  }\n": typeof types.SalesPackageRow_AgreementFragmentDoc,
    "\n  query Agreements($filter: AgreementFilter, $toReview: AgreementFilter, $first: Int) {\n    toReview: agreements(filter: $toReview, first: 50) {\n      edges {\n        node {\n          id\n          ...SalesPackageRow_agreement\n        }\n      }\n    }\n    agreements(filter: $filter, first: $first) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          ...AgreementRow_agreement\n        }\n      }\n    }\n  }\n": typeof types.AgreementsDocument,
    "\n  fragment BenefitsSummary_group on BenefitGroup {\n    productGroup\n    benefits {\n      entitled\n      used\n      available\n      benefit {\n        code\n        name\n        unit\n      }\n    }\n  }\n": typeof types.BenefitsSummary_GroupFragmentDoc,
    "\n  query Dashboard($purchasingAccountId: ID, $licenses: Boolean!) {\n    inventoryDashboard(purchasingAccountId: $purchasingAccountId, top: 5) @include(if: $licenses) {\n      ...InventorySummary_dashboard\n    }\n    benefitGroups(purchasingAccountId: $purchasingAccountId) @include(if: $licenses) {\n      ...BenefitsSummary_group\n    }\n  }\n": typeof types.DashboardDocument,
    "\n  fragment InventorySummary_dashboard on InventoryDashboard {\n    licenseCount\n    subscriptionCount\n    expiringSoonCount\n    criticalCount\n    products {\n      productId\n      productName\n      family\n      totalQuantity\n      nextExpiration\n      expiryStatus\n    }\n  }\n": typeof types.InventorySummary_DashboardFragmentDoc,
    "\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      organizationName\n      recipientEmail\n      expiresAt\n      nextStep\n      initialDomainSuffix\n    }\n  }\n": typeof types.InvitationDocument,
    "\n  mutation SignUpFromInvitation($input: SignUpFromInvitationInput!) {\n    signUpFromInvitation(input: $input) {\n      accessToken\n      expiresIn\n      # Selected so the gateway moves it into the httpOnly cookie (it comes back as \"\"), as for Sign in.\n      refreshToken\n    }\n  }\n": typeof types.SignUpFromInvitationDocument,
    "\n  mutation SignInFromInvitation($input: SignInFromInvitationInput!) {\n    signInFromInvitation(input: $input) {\n      accessToken\n      expiresIn\n      # Selected so the gateway moves it into the httpOnly cookie (it comes back as \"\"), as for Sign in.\n      refreshToken\n    }\n  }\n": typeof types.SignInFromInvitationDocument,
    "\n  query OrderDetails($id: ID!) {\n    order(id: $id) {\n      id\n      number\n      type\n      status\n      purchaseOrderNumber\n      orderedAt\n      agreementNumber\n      purchasingAccountNumber\n      purchasingAccount {\n        id\n        name\n      }\n      lines {\n        lineNumber\n        kind\n        sku\n        name\n        quantity\n        unitPrice {\n          amount\n          currency\n        }\n        listUnitPrice {\n          amount\n          currency\n        }\n        priceProtected\n        total {\n          amount\n          currency\n        }\n      }\n      total {\n        amount\n        currency\n      }\n    }\n  }\n": typeof types.OrderDetailsDocument,
    "\n  fragment OrderRow_order on Order {\n    id\n    number\n    type\n    status\n    purchaseOrderNumber\n    orderedAt\n    partnerOrganizationId\n    agreementNumber\n    purchasingAccountNumber\n    total {\n      amount\n      currency\n    }\n  }\n": typeof types.OrderRow_OrderFragmentDoc,
    "\n  query OrderHistory($filter: OrderFilter, $first: Int) {\n    me {\n      id\n      organization {\n        id\n        partnerOfRecord {\n          id\n          name\n        }\n      }\n    }\n    orders(filter: $filter, first: $first) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          ...OrderRow_order\n        }\n      }\n    }\n  }\n": typeof types.OrderHistoryDocument,
    "\n  fragment ProfileDetails_user on User {\n    displayName\n    workAccount\n    email\n    roles\n    globalAdmin\n    permissions\n    organization {\n      id\n      name\n    }\n  }\n": typeof types.ProfileDetails_UserFragmentDoc,
    "\n  query Profile {\n    me {\n      id\n      ...ProfileDetails_user\n    }\n  }\n": typeof types.ProfileDocument,
    "\n  query AccountSelector {\n    purchasingAccounts(first: 100) {\n      edges {\n        node {\n          id\n          number\n          name\n        }\n      }\n    }\n  }\n": typeof types.AccountSelectorDocument,
    "\n  fragment Navigation_user on User {\n    permissions\n    organization {\n      id\n      kind\n    }\n  }\n": typeof types.Navigation_UserFragmentDoc,
    "\n  fragment UserMenu_user on User {\n    workAccount\n    displayName\n  }\n": typeof types.UserMenu_UserFragmentDoc,
    "\n  query Shell {\n    me {\n      id\n      ...Navigation_user\n      ...UserMenu_user\n    }\n  }\n": typeof types.ShellDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      accessToken\n      expiresIn\n      # Selected so the gateway moves it into the httpOnly cookie (it comes back as \"\").\n      refreshToken\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation AddUserFromPortal($input: AddUserInput!) {\n    addUser(input: $input) {\n      id\n      displayName\n      workAccount\n      email\n    }\n  }\n": typeof types.AddUserFromPortalDocument,
    "\n  fragment AuditRow_entry on AuditEntry {\n    id\n    at\n    actorWorkAccount\n    action\n    targetType\n    targetId\n    before\n    after\n  }\n": typeof types.AuditRow_EntryFragmentDoc,
    "\n  query AuditLog($filter: AuditLogFilter, $first: Int) {\n    auditLog(filter: $filter, first: $first) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          ...AuditRow_entry\n        }\n      }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  query UserDetails($id: ID!) {\n    me {\n      id\n      roles\n      globalAdmin\n      grantableRoles\n    }\n    user(id: $id) {\n      id\n      displayName\n      workAccount\n      email\n      roles\n      globalAdmin\n      status\n      createdAt\n      manageable\n    }\n  }\n": typeof types.UserDetailsDocument,
    "\n  mutation UpdateUserRolesFromPortal($input: UpdateUserRolesInput!) {\n    updateUserRoles(input: $input) {\n      id\n      roles\n      globalAdmin\n      manageable\n    }\n  }\n": typeof types.UpdateUserRolesFromPortalDocument,
    "\n  mutation RevokeUserFromPortal($id: ID!) {\n    revokeUser(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.RevokeUserFromPortalDocument,
    "\n  mutation RestoreUserFromPortal($id: ID!) {\n    restoreUser(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.RestoreUserFromPortalDocument,
    "\n  fragment UserRow_user on User {\n    id\n    displayName\n    workAccount\n    email\n    roles\n    globalAdmin\n    status\n  }\n": typeof types.UserRow_UserFragmentDoc,
    "\n  query ManageUsers($filter: UserFilter, $orderBy: UserOrder, $first: Int, $withDomains: Boolean!) {\n    me {\n      id\n      roles\n      globalAdmin\n      grantableRoles\n    }\n    domains @include(if: $withDomains) {\n      id\n      name\n      verified\n    }\n    users(filter: $filter, orderBy: $orderBy, first: $first) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          ...UserRow_user\n        }\n      }\n    }\n  }\n": typeof types.ManageUsersDocument,
};
const documents: Documents = {
    "\n  fragment AccountEditor_account on PurchasingAccount {\n    id\n    number\n    name\n    location\n    address {\n      line1\n      line2\n      city\n      region\n      postalCode\n      country\n    }\n    contacts {\n      name\n      email\n      phone\n      role\n    }\n  }\n": types.AccountEditor_AccountFragmentDoc,
    "\n  mutation UpdatePurchasingAccount($input: UpdatePurchasingAccountInput!) {\n    updatePurchasingAccount(input: $input) {\n      id\n      ...AccountEditor_account\n    }\n  }\n": types.UpdatePurchasingAccountDocument,
    "\n  query AgreementDetails($id: ID!) {\n    agreement(id: $id) {\n      id\n      number\n      status\n      customerName\n      signingMethod\n      signerName\n      signerEmail\n      startDate\n      endDate\n      anniversaryMonth\n      declineReason\n      offers {\n        code\n        name\n        productPool\n        priceLevel\n      }\n      signature {\n        method\n        signerName\n        signerTitle\n        signedAt\n      }\n      statusHistory {\n        status\n        at\n        byWorkAccount\n      }\n      signedCopy {\n        fileName\n        url\n        expiresAt\n      }\n      purchasingAccount {\n        id\n        ...AccountEditor_account\n      }\n    }\n  }\n": types.AgreementDetailsDocument,
    "\n  mutation UpdateAnniversaryMonth($agreementId: ID!, $anniversaryMonth: Int!) {\n    updateAnniversaryMonth(agreementId: $agreementId, anniversaryMonth: $anniversaryMonth) {\n      id\n      anniversaryMonth\n    }\n  }\n": types.UpdateAnniversaryMonthDocument,
    "\n  mutation SignSalesPackage($id: ID!, $signer: SignerInput!) {\n    signSalesPackage(id: $id, signer: $signer) {\n      id\n      number\n      status\n    }\n  }\n": types.SignSalesPackageDocument,
    "\n  mutation DeclineSalesPackage($id: ID!, $reason: String!) {\n    declineSalesPackage(id: $id, reason: $reason) {\n      id\n      number\n      status\n    }\n  }\n": types.DeclineSalesPackageDocument,
    "\n  fragment AgreementRow_agreement on Agreement {\n    id\n    number\n    status\n    startDate\n    endDate\n    purchasingAccount {\n      id\n      name\n      number\n      location\n    }\n  }\n": types.AgreementRow_AgreementFragmentDoc,
    "\n  fragment SalesPackageRow_agreement on Agreement {\n    id\n    number\n    signingMethod\n    startDate\n    offers {\n      code\n      name\n    }\n    purchasingAccount {\n      id\n      name\n    }\n  }\n": types.SalesPackageRow_AgreementFragmentDoc,
    "\n  query Agreements($filter: AgreementFilter, $toReview: AgreementFilter, $first: Int) {\n    toReview: agreements(filter: $toReview, first: 50) {\n      edges {\n        node {\n          id\n          ...SalesPackageRow_agreement\n        }\n      }\n    }\n    agreements(filter: $filter, first: $first) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          ...AgreementRow_agreement\n        }\n      }\n    }\n  }\n": types.AgreementsDocument,
    "\n  fragment BenefitsSummary_group on BenefitGroup {\n    productGroup\n    benefits {\n      entitled\n      used\n      available\n      benefit {\n        code\n        name\n        unit\n      }\n    }\n  }\n": types.BenefitsSummary_GroupFragmentDoc,
    "\n  query Dashboard($purchasingAccountId: ID, $licenses: Boolean!) {\n    inventoryDashboard(purchasingAccountId: $purchasingAccountId, top: 5) @include(if: $licenses) {\n      ...InventorySummary_dashboard\n    }\n    benefitGroups(purchasingAccountId: $purchasingAccountId) @include(if: $licenses) {\n      ...BenefitsSummary_group\n    }\n  }\n": types.DashboardDocument,
    "\n  fragment InventorySummary_dashboard on InventoryDashboard {\n    licenseCount\n    subscriptionCount\n    expiringSoonCount\n    criticalCount\n    products {\n      productId\n      productName\n      family\n      totalQuantity\n      nextExpiration\n      expiryStatus\n    }\n  }\n": types.InventorySummary_DashboardFragmentDoc,
    "\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      organizationName\n      recipientEmail\n      expiresAt\n      nextStep\n      initialDomainSuffix\n    }\n  }\n": types.InvitationDocument,
    "\n  mutation SignUpFromInvitation($input: SignUpFromInvitationInput!) {\n    signUpFromInvitation(input: $input) {\n      accessToken\n      expiresIn\n      # Selected so the gateway moves it into the httpOnly cookie (it comes back as \"\"), as for Sign in.\n      refreshToken\n    }\n  }\n": types.SignUpFromInvitationDocument,
    "\n  mutation SignInFromInvitation($input: SignInFromInvitationInput!) {\n    signInFromInvitation(input: $input) {\n      accessToken\n      expiresIn\n      # Selected so the gateway moves it into the httpOnly cookie (it comes back as \"\"), as for Sign in.\n      refreshToken\n    }\n  }\n": types.SignInFromInvitationDocument,
    "\n  query OrderDetails($id: ID!) {\n    order(id: $id) {\n      id\n      number\n      type\n      status\n      purchaseOrderNumber\n      orderedAt\n      agreementNumber\n      purchasingAccountNumber\n      purchasingAccount {\n        id\n        name\n      }\n      lines {\n        lineNumber\n        kind\n        sku\n        name\n        quantity\n        unitPrice {\n          amount\n          currency\n        }\n        listUnitPrice {\n          amount\n          currency\n        }\n        priceProtected\n        total {\n          amount\n          currency\n        }\n      }\n      total {\n        amount\n        currency\n      }\n    }\n  }\n": types.OrderDetailsDocument,
    "\n  fragment OrderRow_order on Order {\n    id\n    number\n    type\n    status\n    purchaseOrderNumber\n    orderedAt\n    partnerOrganizationId\n    agreementNumber\n    purchasingAccountNumber\n    total {\n      amount\n      currency\n    }\n  }\n": types.OrderRow_OrderFragmentDoc,
    "\n  query OrderHistory($filter: OrderFilter, $first: Int) {\n    me {\n      id\n      organization {\n        id\n        partnerOfRecord {\n          id\n          name\n        }\n      }\n    }\n    orders(filter: $filter, first: $first) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          ...OrderRow_order\n        }\n      }\n    }\n  }\n": types.OrderHistoryDocument,
    "\n  fragment ProfileDetails_user on User {\n    displayName\n    workAccount\n    email\n    roles\n    globalAdmin\n    permissions\n    organization {\n      id\n      name\n    }\n  }\n": types.ProfileDetails_UserFragmentDoc,
    "\n  query Profile {\n    me {\n      id\n      ...ProfileDetails_user\n    }\n  }\n": types.ProfileDocument,
    "\n  query AccountSelector {\n    purchasingAccounts(first: 100) {\n      edges {\n        node {\n          id\n          number\n          name\n        }\n      }\n    }\n  }\n": types.AccountSelectorDocument,
    "\n  fragment Navigation_user on User {\n    permissions\n    organization {\n      id\n      kind\n    }\n  }\n": types.Navigation_UserFragmentDoc,
    "\n  fragment UserMenu_user on User {\n    workAccount\n    displayName\n  }\n": types.UserMenu_UserFragmentDoc,
    "\n  query Shell {\n    me {\n      id\n      ...Navigation_user\n      ...UserMenu_user\n    }\n  }\n": types.ShellDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      accessToken\n      expiresIn\n      # Selected so the gateway moves it into the httpOnly cookie (it comes back as \"\").\n      refreshToken\n    }\n  }\n": types.SignInDocument,
    "\n  mutation AddUserFromPortal($input: AddUserInput!) {\n    addUser(input: $input) {\n      id\n      displayName\n      workAccount\n      email\n    }\n  }\n": types.AddUserFromPortalDocument,
    "\n  fragment AuditRow_entry on AuditEntry {\n    id\n    at\n    actorWorkAccount\n    action\n    targetType\n    targetId\n    before\n    after\n  }\n": types.AuditRow_EntryFragmentDoc,
    "\n  query AuditLog($filter: AuditLogFilter, $first: Int) {\n    auditLog(filter: $filter, first: $first) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          ...AuditRow_entry\n        }\n      }\n    }\n  }\n": types.AuditLogDocument,
    "\n  query UserDetails($id: ID!) {\n    me {\n      id\n      roles\n      globalAdmin\n      grantableRoles\n    }\n    user(id: $id) {\n      id\n      displayName\n      workAccount\n      email\n      roles\n      globalAdmin\n      status\n      createdAt\n      manageable\n    }\n  }\n": types.UserDetailsDocument,
    "\n  mutation UpdateUserRolesFromPortal($input: UpdateUserRolesInput!) {\n    updateUserRoles(input: $input) {\n      id\n      roles\n      globalAdmin\n      manageable\n    }\n  }\n": types.UpdateUserRolesFromPortalDocument,
    "\n  mutation RevokeUserFromPortal($id: ID!) {\n    revokeUser(id: $id) {\n      id\n      status\n    }\n  }\n": types.RevokeUserFromPortalDocument,
    "\n  mutation RestoreUserFromPortal($id: ID!) {\n    restoreUser(id: $id) {\n      id\n      status\n    }\n  }\n": types.RestoreUserFromPortalDocument,
    "\n  fragment UserRow_user on User {\n    id\n    displayName\n    workAccount\n    email\n    roles\n    globalAdmin\n    status\n  }\n": types.UserRow_UserFragmentDoc,
    "\n  query ManageUsers($filter: UserFilter, $orderBy: UserOrder, $first: Int, $withDomains: Boolean!) {\n    me {\n      id\n      roles\n      globalAdmin\n      grantableRoles\n    }\n    domains @include(if: $withDomains) {\n      id\n      name\n      verified\n    }\n    users(filter: $filter, orderBy: $orderBy, first: $first) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          ...UserRow_user\n        }\n      }\n    }\n  }\n": types.ManageUsersDocument,
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
export function graphql(source: "\n  fragment AccountEditor_account on PurchasingAccount {\n    id\n    number\n    name\n    location\n    address {\n      line1\n      line2\n      city\n      region\n      postalCode\n      country\n    }\n    contacts {\n      name\n      email\n      phone\n      role\n    }\n  }\n"): (typeof documents)["\n  fragment AccountEditor_account on PurchasingAccount {\n    id\n    number\n    name\n    location\n    address {\n      line1\n      line2\n      city\n      region\n      postalCode\n      country\n    }\n    contacts {\n      name\n      email\n      phone\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePurchasingAccount($input: UpdatePurchasingAccountInput!) {\n    updatePurchasingAccount(input: $input) {\n      id\n      ...AccountEditor_account\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePurchasingAccount($input: UpdatePurchasingAccountInput!) {\n    updatePurchasingAccount(input: $input) {\n      id\n      ...AccountEditor_account\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgreementDetails($id: ID!) {\n    agreement(id: $id) {\n      id\n      number\n      status\n      customerName\n      signingMethod\n      signerName\n      signerEmail\n      startDate\n      endDate\n      anniversaryMonth\n      declineReason\n      offers {\n        code\n        name\n        productPool\n        priceLevel\n      }\n      signature {\n        method\n        signerName\n        signerTitle\n        signedAt\n      }\n      statusHistory {\n        status\n        at\n        byWorkAccount\n      }\n      signedCopy {\n        fileName\n        url\n        expiresAt\n      }\n      purchasingAccount {\n        id\n        ...AccountEditor_account\n      }\n    }\n  }\n"): (typeof documents)["\n  query AgreementDetails($id: ID!) {\n    agreement(id: $id) {\n      id\n      number\n      status\n      customerName\n      signingMethod\n      signerName\n      signerEmail\n      startDate\n      endDate\n      anniversaryMonth\n      declineReason\n      offers {\n        code\n        name\n        productPool\n        priceLevel\n      }\n      signature {\n        method\n        signerName\n        signerTitle\n        signedAt\n      }\n      statusHistory {\n        status\n        at\n        byWorkAccount\n      }\n      signedCopy {\n        fileName\n        url\n        expiresAt\n      }\n      purchasingAccount {\n        id\n        ...AccountEditor_account\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAnniversaryMonth($agreementId: ID!, $anniversaryMonth: Int!) {\n    updateAnniversaryMonth(agreementId: $agreementId, anniversaryMonth: $anniversaryMonth) {\n      id\n      anniversaryMonth\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateAnniversaryMonth($agreementId: ID!, $anniversaryMonth: Int!) {\n    updateAnniversaryMonth(agreementId: $agreementId, anniversaryMonth: $anniversaryMonth) {\n      id\n      anniversaryMonth\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignSalesPackage($id: ID!, $signer: SignerInput!) {\n    signSalesPackage(id: $id, signer: $signer) {\n      id\n      number\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation SignSalesPackage($id: ID!, $signer: SignerInput!) {\n    signSalesPackage(id: $id, signer: $signer) {\n      id\n      number\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclineSalesPackage($id: ID!, $reason: String!) {\n    declineSalesPackage(id: $id, reason: $reason) {\n      id\n      number\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation DeclineSalesPackage($id: ID!, $reason: String!) {\n    declineSalesPackage(id: $id, reason: $reason) {\n      id\n      number\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AgreementRow_agreement on Agreement {\n    id\n    number\n    status\n    startDate\n    endDate\n    purchasingAccount {\n      id\n      name\n      number\n      location\n    }\n  }\n"): (typeof documents)["\n  fragment AgreementRow_agreement on Agreement {\n    id\n    number\n    status\n    startDate\n    endDate\n    purchasingAccount {\n      id\n      name\n      number\n      location\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SalesPackageRow_agreement on Agreement {\n    id\n    number\n    signingMethod\n    startDate\n    offers {\n      code\n      name\n    }\n    purchasingAccount {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment SalesPackageRow_agreement on Agreement {\n    id\n    number\n    signingMethod\n    startDate\n    offers {\n      code\n      name\n    }\n    purchasingAccount {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Agreements($filter: AgreementFilter, $toReview: AgreementFilter, $first: Int) {\n    toReview: agreements(filter: $toReview, first: 50) {\n      edges {\n        node {\n          id\n          ...SalesPackageRow_agreement\n        }\n      }\n    }\n    agreements(filter: $filter, first: $first) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          ...AgreementRow_agreement\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Agreements($filter: AgreementFilter, $toReview: AgreementFilter, $first: Int) {\n    toReview: agreements(filter: $toReview, first: 50) {\n      edges {\n        node {\n          id\n          ...SalesPackageRow_agreement\n        }\n      }\n    }\n    agreements(filter: $filter, first: $first) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          ...AgreementRow_agreement\n        }\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      organizationName\n      recipientEmail\n      expiresAt\n      nextStep\n      initialDomainSuffix\n    }\n  }\n"): (typeof documents)["\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      organizationName\n      recipientEmail\n      expiresAt\n      nextStep\n      initialDomainSuffix\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUpFromInvitation($input: SignUpFromInvitationInput!) {\n    signUpFromInvitation(input: $input) {\n      accessToken\n      expiresIn\n      # Selected so the gateway moves it into the httpOnly cookie (it comes back as \"\"), as for Sign in.\n      refreshToken\n    }\n  }\n"): (typeof documents)["\n  mutation SignUpFromInvitation($input: SignUpFromInvitationInput!) {\n    signUpFromInvitation(input: $input) {\n      accessToken\n      expiresIn\n      # Selected so the gateway moves it into the httpOnly cookie (it comes back as \"\"), as for Sign in.\n      refreshToken\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignInFromInvitation($input: SignInFromInvitationInput!) {\n    signInFromInvitation(input: $input) {\n      accessToken\n      expiresIn\n      # Selected so the gateway moves it into the httpOnly cookie (it comes back as \"\"), as for Sign in.\n      refreshToken\n    }\n  }\n"): (typeof documents)["\n  mutation SignInFromInvitation($input: SignInFromInvitationInput!) {\n    signInFromInvitation(input: $input) {\n      accessToken\n      expiresIn\n      # Selected so the gateway moves it into the httpOnly cookie (it comes back as \"\"), as for Sign in.\n      refreshToken\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrderDetails($id: ID!) {\n    order(id: $id) {\n      id\n      number\n      type\n      status\n      purchaseOrderNumber\n      orderedAt\n      agreementNumber\n      purchasingAccountNumber\n      purchasingAccount {\n        id\n        name\n      }\n      lines {\n        lineNumber\n        kind\n        sku\n        name\n        quantity\n        unitPrice {\n          amount\n          currency\n        }\n        listUnitPrice {\n          amount\n          currency\n        }\n        priceProtected\n        total {\n          amount\n          currency\n        }\n      }\n      total {\n        amount\n        currency\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrderDetails($id: ID!) {\n    order(id: $id) {\n      id\n      number\n      type\n      status\n      purchaseOrderNumber\n      orderedAt\n      agreementNumber\n      purchasingAccountNumber\n      purchasingAccount {\n        id\n        name\n      }\n      lines {\n        lineNumber\n        kind\n        sku\n        name\n        quantity\n        unitPrice {\n          amount\n          currency\n        }\n        listUnitPrice {\n          amount\n          currency\n        }\n        priceProtected\n        total {\n          amount\n          currency\n        }\n      }\n      total {\n        amount\n        currency\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrderRow_order on Order {\n    id\n    number\n    type\n    status\n    purchaseOrderNumber\n    orderedAt\n    partnerOrganizationId\n    agreementNumber\n    purchasingAccountNumber\n    total {\n      amount\n      currency\n    }\n  }\n"): (typeof documents)["\n  fragment OrderRow_order on Order {\n    id\n    number\n    type\n    status\n    purchaseOrderNumber\n    orderedAt\n    partnerOrganizationId\n    agreementNumber\n    purchasingAccountNumber\n    total {\n      amount\n      currency\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrderHistory($filter: OrderFilter, $first: Int) {\n    me {\n      id\n      organization {\n        id\n        partnerOfRecord {\n          id\n          name\n        }\n      }\n    }\n    orders(filter: $filter, first: $first) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          ...OrderRow_order\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrderHistory($filter: OrderFilter, $first: Int) {\n    me {\n      id\n      organization {\n        id\n        partnerOfRecord {\n          id\n          name\n        }\n      }\n    }\n    orders(filter: $filter, first: $first) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          ...OrderRow_order\n        }\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      accessToken\n      expiresIn\n      # Selected so the gateway moves it into the httpOnly cookie (it comes back as \"\").\n      refreshToken\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      accessToken\n      expiresIn\n      # Selected so the gateway moves it into the httpOnly cookie (it comes back as \"\").\n      refreshToken\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddUserFromPortal($input: AddUserInput!) {\n    addUser(input: $input) {\n      id\n      displayName\n      workAccount\n      email\n    }\n  }\n"): (typeof documents)["\n  mutation AddUserFromPortal($input: AddUserInput!) {\n    addUser(input: $input) {\n      id\n      displayName\n      workAccount\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuditRow_entry on AuditEntry {\n    id\n    at\n    actorWorkAccount\n    action\n    targetType\n    targetId\n    before\n    after\n  }\n"): (typeof documents)["\n  fragment AuditRow_entry on AuditEntry {\n    id\n    at\n    actorWorkAccount\n    action\n    targetType\n    targetId\n    before\n    after\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($filter: AuditLogFilter, $first: Int) {\n    auditLog(filter: $filter, first: $first) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          ...AuditRow_entry\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditLog($filter: AuditLogFilter, $first: Int) {\n    auditLog(filter: $filter, first: $first) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          ...AuditRow_entry\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UserDetails($id: ID!) {\n    me {\n      id\n      roles\n      globalAdmin\n      grantableRoles\n    }\n    user(id: $id) {\n      id\n      displayName\n      workAccount\n      email\n      roles\n      globalAdmin\n      status\n      createdAt\n      manageable\n    }\n  }\n"): (typeof documents)["\n  query UserDetails($id: ID!) {\n    me {\n      id\n      roles\n      globalAdmin\n      grantableRoles\n    }\n    user(id: $id) {\n      id\n      displayName\n      workAccount\n      email\n      roles\n      globalAdmin\n      status\n      createdAt\n      manageable\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUserRolesFromPortal($input: UpdateUserRolesInput!) {\n    updateUserRoles(input: $input) {\n      id\n      roles\n      globalAdmin\n      manageable\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateUserRolesFromPortal($input: UpdateUserRolesInput!) {\n    updateUserRoles(input: $input) {\n      id\n      roles\n      globalAdmin\n      manageable\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeUserFromPortal($id: ID!) {\n    revokeUser(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeUserFromPortal($id: ID!) {\n    revokeUser(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreUserFromPortal($id: ID!) {\n    restoreUser(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RestoreUserFromPortal($id: ID!) {\n    restoreUser(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserRow_user on User {\n    id\n    displayName\n    workAccount\n    email\n    roles\n    globalAdmin\n    status\n  }\n"): (typeof documents)["\n  fragment UserRow_user on User {\n    id\n    displayName\n    workAccount\n    email\n    roles\n    globalAdmin\n    status\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManageUsers($filter: UserFilter, $orderBy: UserOrder, $first: Int, $withDomains: Boolean!) {\n    me {\n      id\n      roles\n      globalAdmin\n      grantableRoles\n    }\n    domains @include(if: $withDomains) {\n      id\n      name\n      verified\n    }\n    users(filter: $filter, orderBy: $orderBy, first: $first) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          ...UserRow_user\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ManageUsers($filter: UserFilter, $orderBy: UserOrder, $first: Int, $withDomains: Boolean!) {\n    me {\n      id\n      roles\n      globalAdmin\n      grantableRoles\n    }\n    domains @include(if: $withDomains) {\n      id\n      name\n      verified\n    }\n    users(filter: $filter, orderBy: $orderBy, first: $first) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          ...UserRow_user\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;