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
    "\n  query ApiClients {\n    apiClients {\n      id\n      name\n      permissions\n      status\n      expiresAt\n      lastUsedAt\n      customers {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ApiClientsDocument,
    "\n  query ApiClientCustomers {\n    myCustomers(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ApiClientCustomersDocument,
    "\n  mutation CreateApiClientFromPortal($input: CreateApiClientInput!) {\n    createApiClient(input: $input) {\n      clientSecret\n      client {\n        id\n        name\n      }\n    }\n  }\n": typeof types.CreateApiClientFromPortalDocument,
    "\n  mutation RevokeApiClientFromPortal($id: ID!) {\n    revokeApiClient(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.RevokeApiClientFromPortalDocument,
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
    "\n  fragment DownloadPanel_product on CatalogProduct {\n    name\n    versions {\n      version\n      editions {\n        edition\n        displayName\n        sku\n        files {\n          language\n          os\n          fileName\n          sizeBytes\n        }\n      }\n    }\n  }\n": typeof types.DownloadPanel_ProductFragmentDoc,
    "\n  mutation RequestDownload($input: RequestDownloadInput!) {\n    requestDownload(input: $input) {\n      url\n      fileName\n    }\n  }\n": typeof types.RequestDownloadDocument,
    "\n  query Downloads($search: String, $keys: Boolean!) {\n    everything: catalogProducts(filter: { kind: SOFTWARE }, first: 100) {\n      edges {\n        node {\n          id\n          name\n          categories\n        }\n      }\n    }\n    catalogProducts(filter: { kind: SOFTWARE, search: $search }, first: 100) {\n      edges {\n        node {\n          id\n          categories\n          ...ProductItem_product\n        }\n      }\n    }\n    purchasingAccounts(first: 100) @include(if: $keys) {\n      edges {\n        node {\n          id\n          ...ProductKeys_account\n        }\n      }\n    }\n  }\n": typeof types.DownloadsDocument,
    "\n  fragment ProductItem_product on CatalogProduct {\n    id\n    name\n    family\n    description\n  }\n": typeof types.ProductItem_ProductFragmentDoc,
    "\n  query ProductDetails($id: ID!) {\n    catalogProduct(id: $id) {\n      id\n      versions {\n        version\n        editions {\n          edition\n          files {\n            language\n            os\n          }\n        }\n      }\n      ...DownloadPanel_product\n    }\n  }\n": typeof types.ProductDetailsDocument,
    "\n  fragment ProductKeys_account on PurchasingAccount {\n    id\n    number\n    name\n  }\n": typeof types.ProductKeys_AccountFragmentDoc,
    "\n  query ProductKeys($purchasingAccountId: ID!) {\n    productKeys(purchasingAccountId: $purchasingAccountId) {\n      productName\n      version\n      edition\n      keyType\n      productKey\n      activations\n    }\n  }\n": typeof types.ProductKeysDocument,
    "\n  query ExportProductKeys($purchasingAccountId: ID!, $format: ProductKeyExportFormat!) {\n    exportProductKeys(purchasingAccountId: $purchasingAccountId, format: $format) {\n      fileName\n      url\n    }\n  }\n": typeof types.ExportProductKeysDocument,
    "\n  query ProductSuggestions($text: String!) {\n    productSuggestions(text: $text, limit: 20)\n  }\n": typeof types.ProductSuggestionsDocument,
    "\n  query Inventory(\n    $purchasingAccountId: ID\n    $filter: InventoryFilter\n    $first: Int\n    $after: String\n    $accounts: Boolean!\n  ) {\n    inventory(purchasingAccountId: $purchasingAccountId, filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          productId\n          ...ProductRows_product\n        }\n      }\n    }\n    purchasingAccounts(first: 100) @include(if: $accounts) {\n      edges {\n        node {\n          id\n          number\n          name\n        }\n      }\n    }\n  }\n": typeof types.InventoryDocument,
    "\n  fragment ProductRows_product on InventoryProduct {\n    productId\n    productName\n    family\n    kind\n    totalQuantity\n    nextExpiration\n    expiryStatus\n    versions {\n      version\n      nextExpiration\n      expiryStatus\n      editions {\n        edition\n        displayName\n        sku\n        quantity\n        nextExpiration\n        expiryStatus\n        licenses {\n          id\n          purchasingAccountId\n          quantity\n          softwareAssurance\n          expiresOn\n          expiryStatus\n          orderNumber\n        }\n        subscriptions {\n          id\n          purchasingAccountId\n          quantity\n          status\n          expiresOn\n          expiryStatus\n          manageServicesUrl\n          orderNumber\n          cancelledAt\n          cancellationReason\n        }\n      }\n    }\n  }\n": typeof types.ProductRows_ProductFragmentDoc,
    "\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      organizationName\n      recipientEmail\n      expiresAt\n      nextStep\n      initialDomainSuffix\n    }\n  }\n": typeof types.InvitationDocument,
    "\n  mutation SignUpFromInvitation($input: SignUpFromInvitationInput!) {\n    signUpFromInvitation(input: $input) {\n      accessToken\n      expiresIn\n      # Selected so the gateway moves it into the httpOnly cookie (it comes back as \"\"), as for Sign in.\n      refreshToken\n    }\n  }\n": typeof types.SignUpFromInvitationDocument,
    "\n  mutation SignInFromInvitation($input: SignInFromInvitationInput!) {\n    signInFromInvitation(input: $input) {\n      accessToken\n      expiresIn\n      # Selected so the gateway moves it into the httpOnly cookie (it comes back as \"\"), as for Sign in.\n      refreshToken\n    }\n  }\n": typeof types.SignInFromInvitationDocument,
    "\n  fragment Confirmation_subscription on OnlineServiceSubscription {\n    displayName\n    quantity\n    status\n    manageServicesUrl\n  }\n": typeof types.Confirmation_SubscriptionFragmentDoc,
    "\n  query OnlineServicesSetUp {\n    catalogProducts(filter: { kind: ONLINE_SERVICE }, first: 100) {\n      edges {\n        node {\n          id\n          selfProvisionable\n          ...ServiceStep_product\n          ...PlanStep_product\n          ...VerifyStep_product\n        }\n      }\n    }\n    purchasingAccounts(first: 100) {\n      edges {\n        node {\n          id\n          ...PlanStep_account\n          ...VerifyStep_account\n        }\n      }\n    }\n  }\n": typeof types.OnlineServicesSetUpDocument,
    "\n  mutation SetUpOnlineService($input: SetUpOnlineServiceInput!) {\n    setUpOnlineService(input: $input) {\n      id\n      ...Confirmation_subscription\n    }\n  }\n": typeof types.SetUpOnlineServiceDocument,
    "\n  fragment PlanStep_product on CatalogProduct {\n    name\n    plans {\n      code\n      name\n      sku\n      maxQuantity\n    }\n  }\n": typeof types.PlanStep_ProductFragmentDoc,
    "\n  fragment PlanStep_account on PurchasingAccount {\n    id\n    number\n    name\n  }\n": typeof types.PlanStep_AccountFragmentDoc,
    "\n  fragment ServiceStep_product on CatalogProduct {\n    id\n    name\n    family\n    description\n  }\n": typeof types.ServiceStep_ProductFragmentDoc,
    "\n  fragment VerifyStep_product on CatalogProduct {\n    name\n    plans {\n      name\n      sku\n    }\n  }\n": typeof types.VerifyStep_ProductFragmentDoc,
    "\n  fragment VerifyStep_account on PurchasingAccount {\n    number\n    name\n  }\n": typeof types.VerifyStep_AccountFragmentDoc,
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
    "\n  query ApiClients {\n    apiClients {\n      id\n      name\n      permissions\n      status\n      expiresAt\n      lastUsedAt\n      customers {\n        id\n        name\n      }\n    }\n  }\n": types.ApiClientsDocument,
    "\n  query ApiClientCustomers {\n    myCustomers(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ApiClientCustomersDocument,
    "\n  mutation CreateApiClientFromPortal($input: CreateApiClientInput!) {\n    createApiClient(input: $input) {\n      clientSecret\n      client {\n        id\n        name\n      }\n    }\n  }\n": types.CreateApiClientFromPortalDocument,
    "\n  mutation RevokeApiClientFromPortal($id: ID!) {\n    revokeApiClient(id: $id) {\n      id\n      status\n    }\n  }\n": types.RevokeApiClientFromPortalDocument,
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
    "\n  fragment DownloadPanel_product on CatalogProduct {\n    name\n    versions {\n      version\n      editions {\n        edition\n        displayName\n        sku\n        files {\n          language\n          os\n          fileName\n          sizeBytes\n        }\n      }\n    }\n  }\n": types.DownloadPanel_ProductFragmentDoc,
    "\n  mutation RequestDownload($input: RequestDownloadInput!) {\n    requestDownload(input: $input) {\n      url\n      fileName\n    }\n  }\n": types.RequestDownloadDocument,
    "\n  query Downloads($search: String, $keys: Boolean!) {\n    everything: catalogProducts(filter: { kind: SOFTWARE }, first: 100) {\n      edges {\n        node {\n          id\n          name\n          categories\n        }\n      }\n    }\n    catalogProducts(filter: { kind: SOFTWARE, search: $search }, first: 100) {\n      edges {\n        node {\n          id\n          categories\n          ...ProductItem_product\n        }\n      }\n    }\n    purchasingAccounts(first: 100) @include(if: $keys) {\n      edges {\n        node {\n          id\n          ...ProductKeys_account\n        }\n      }\n    }\n  }\n": types.DownloadsDocument,
    "\n  fragment ProductItem_product on CatalogProduct {\n    id\n    name\n    family\n    description\n  }\n": types.ProductItem_ProductFragmentDoc,
    "\n  query ProductDetails($id: ID!) {\n    catalogProduct(id: $id) {\n      id\n      versions {\n        version\n        editions {\n          edition\n          files {\n            language\n            os\n          }\n        }\n      }\n      ...DownloadPanel_product\n    }\n  }\n": types.ProductDetailsDocument,
    "\n  fragment ProductKeys_account on PurchasingAccount {\n    id\n    number\n    name\n  }\n": types.ProductKeys_AccountFragmentDoc,
    "\n  query ProductKeys($purchasingAccountId: ID!) {\n    productKeys(purchasingAccountId: $purchasingAccountId) {\n      productName\n      version\n      edition\n      keyType\n      productKey\n      activations\n    }\n  }\n": types.ProductKeysDocument,
    "\n  query ExportProductKeys($purchasingAccountId: ID!, $format: ProductKeyExportFormat!) {\n    exportProductKeys(purchasingAccountId: $purchasingAccountId, format: $format) {\n      fileName\n      url\n    }\n  }\n": types.ExportProductKeysDocument,
    "\n  query ProductSuggestions($text: String!) {\n    productSuggestions(text: $text, limit: 20)\n  }\n": types.ProductSuggestionsDocument,
    "\n  query Inventory(\n    $purchasingAccountId: ID\n    $filter: InventoryFilter\n    $first: Int\n    $after: String\n    $accounts: Boolean!\n  ) {\n    inventory(purchasingAccountId: $purchasingAccountId, filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          productId\n          ...ProductRows_product\n        }\n      }\n    }\n    purchasingAccounts(first: 100) @include(if: $accounts) {\n      edges {\n        node {\n          id\n          number\n          name\n        }\n      }\n    }\n  }\n": types.InventoryDocument,
    "\n  fragment ProductRows_product on InventoryProduct {\n    productId\n    productName\n    family\n    kind\n    totalQuantity\n    nextExpiration\n    expiryStatus\n    versions {\n      version\n      nextExpiration\n      expiryStatus\n      editions {\n        edition\n        displayName\n        sku\n        quantity\n        nextExpiration\n        expiryStatus\n        licenses {\n          id\n          purchasingAccountId\n          quantity\n          softwareAssurance\n          expiresOn\n          expiryStatus\n          orderNumber\n        }\n        subscriptions {\n          id\n          purchasingAccountId\n          quantity\n          status\n          expiresOn\n          expiryStatus\n          manageServicesUrl\n          orderNumber\n          cancelledAt\n          cancellationReason\n        }\n      }\n    }\n  }\n": types.ProductRows_ProductFragmentDoc,
    "\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      organizationName\n      recipientEmail\n      expiresAt\n      nextStep\n      initialDomainSuffix\n    }\n  }\n": types.InvitationDocument,
    "\n  mutation SignUpFromInvitation($input: SignUpFromInvitationInput!) {\n    signUpFromInvitation(input: $input) {\n      accessToken\n      expiresIn\n      # Selected so the gateway moves it into the httpOnly cookie (it comes back as \"\"), as for Sign in.\n      refreshToken\n    }\n  }\n": types.SignUpFromInvitationDocument,
    "\n  mutation SignInFromInvitation($input: SignInFromInvitationInput!) {\n    signInFromInvitation(input: $input) {\n      accessToken\n      expiresIn\n      # Selected so the gateway moves it into the httpOnly cookie (it comes back as \"\"), as for Sign in.\n      refreshToken\n    }\n  }\n": types.SignInFromInvitationDocument,
    "\n  fragment Confirmation_subscription on OnlineServiceSubscription {\n    displayName\n    quantity\n    status\n    manageServicesUrl\n  }\n": types.Confirmation_SubscriptionFragmentDoc,
    "\n  query OnlineServicesSetUp {\n    catalogProducts(filter: { kind: ONLINE_SERVICE }, first: 100) {\n      edges {\n        node {\n          id\n          selfProvisionable\n          ...ServiceStep_product\n          ...PlanStep_product\n          ...VerifyStep_product\n        }\n      }\n    }\n    purchasingAccounts(first: 100) {\n      edges {\n        node {\n          id\n          ...PlanStep_account\n          ...VerifyStep_account\n        }\n      }\n    }\n  }\n": types.OnlineServicesSetUpDocument,
    "\n  mutation SetUpOnlineService($input: SetUpOnlineServiceInput!) {\n    setUpOnlineService(input: $input) {\n      id\n      ...Confirmation_subscription\n    }\n  }\n": types.SetUpOnlineServiceDocument,
    "\n  fragment PlanStep_product on CatalogProduct {\n    name\n    plans {\n      code\n      name\n      sku\n      maxQuantity\n    }\n  }\n": types.PlanStep_ProductFragmentDoc,
    "\n  fragment PlanStep_account on PurchasingAccount {\n    id\n    number\n    name\n  }\n": types.PlanStep_AccountFragmentDoc,
    "\n  fragment ServiceStep_product on CatalogProduct {\n    id\n    name\n    family\n    description\n  }\n": types.ServiceStep_ProductFragmentDoc,
    "\n  fragment VerifyStep_product on CatalogProduct {\n    name\n    plans {\n      name\n      sku\n    }\n  }\n": types.VerifyStep_ProductFragmentDoc,
    "\n  fragment VerifyStep_account on PurchasingAccount {\n    number\n    name\n  }\n": types.VerifyStep_AccountFragmentDoc,
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
export function graphql(source: "\n  query ApiClients {\n    apiClients {\n      id\n      name\n      permissions\n      status\n      expiresAt\n      lastUsedAt\n      customers {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query ApiClients {\n    apiClients {\n      id\n      name\n      permissions\n      status\n      expiresAt\n      lastUsedAt\n      customers {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiClientCustomers {\n    myCustomers(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ApiClientCustomers {\n    myCustomers(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiClientFromPortal($input: CreateApiClientInput!) {\n    createApiClient(input: $input) {\n      clientSecret\n      client {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiClientFromPortal($input: CreateApiClientInput!) {\n    createApiClient(input: $input) {\n      clientSecret\n      client {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiClientFromPortal($id: ID!) {\n    revokeApiClient(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeApiClientFromPortal($id: ID!) {\n    revokeApiClient(id: $id) {\n      id\n      status\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment DownloadPanel_product on CatalogProduct {\n    name\n    versions {\n      version\n      editions {\n        edition\n        displayName\n        sku\n        files {\n          language\n          os\n          fileName\n          sizeBytes\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment DownloadPanel_product on CatalogProduct {\n    name\n    versions {\n      version\n      editions {\n        edition\n        displayName\n        sku\n        files {\n          language\n          os\n          fileName\n          sizeBytes\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestDownload($input: RequestDownloadInput!) {\n    requestDownload(input: $input) {\n      url\n      fileName\n    }\n  }\n"): (typeof documents)["\n  mutation RequestDownload($input: RequestDownloadInput!) {\n    requestDownload(input: $input) {\n      url\n      fileName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Downloads($search: String, $keys: Boolean!) {\n    everything: catalogProducts(filter: { kind: SOFTWARE }, first: 100) {\n      edges {\n        node {\n          id\n          name\n          categories\n        }\n      }\n    }\n    catalogProducts(filter: { kind: SOFTWARE, search: $search }, first: 100) {\n      edges {\n        node {\n          id\n          categories\n          ...ProductItem_product\n        }\n      }\n    }\n    purchasingAccounts(first: 100) @include(if: $keys) {\n      edges {\n        node {\n          id\n          ...ProductKeys_account\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Downloads($search: String, $keys: Boolean!) {\n    everything: catalogProducts(filter: { kind: SOFTWARE }, first: 100) {\n      edges {\n        node {\n          id\n          name\n          categories\n        }\n      }\n    }\n    catalogProducts(filter: { kind: SOFTWARE, search: $search }, first: 100) {\n      edges {\n        node {\n          id\n          categories\n          ...ProductItem_product\n        }\n      }\n    }\n    purchasingAccounts(first: 100) @include(if: $keys) {\n      edges {\n        node {\n          id\n          ...ProductKeys_account\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProductItem_product on CatalogProduct {\n    id\n    name\n    family\n    description\n  }\n"): (typeof documents)["\n  fragment ProductItem_product on CatalogProduct {\n    id\n    name\n    family\n    description\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProductDetails($id: ID!) {\n    catalogProduct(id: $id) {\n      id\n      versions {\n        version\n        editions {\n          edition\n          files {\n            language\n            os\n          }\n        }\n      }\n      ...DownloadPanel_product\n    }\n  }\n"): (typeof documents)["\n  query ProductDetails($id: ID!) {\n    catalogProduct(id: $id) {\n      id\n      versions {\n        version\n        editions {\n          edition\n          files {\n            language\n            os\n          }\n        }\n      }\n      ...DownloadPanel_product\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProductKeys_account on PurchasingAccount {\n    id\n    number\n    name\n  }\n"): (typeof documents)["\n  fragment ProductKeys_account on PurchasingAccount {\n    id\n    number\n    name\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProductKeys($purchasingAccountId: ID!) {\n    productKeys(purchasingAccountId: $purchasingAccountId) {\n      productName\n      version\n      edition\n      keyType\n      productKey\n      activations\n    }\n  }\n"): (typeof documents)["\n  query ProductKeys($purchasingAccountId: ID!) {\n    productKeys(purchasingAccountId: $purchasingAccountId) {\n      productName\n      version\n      edition\n      keyType\n      productKey\n      activations\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportProductKeys($purchasingAccountId: ID!, $format: ProductKeyExportFormat!) {\n    exportProductKeys(purchasingAccountId: $purchasingAccountId, format: $format) {\n      fileName\n      url\n    }\n  }\n"): (typeof documents)["\n  query ExportProductKeys($purchasingAccountId: ID!, $format: ProductKeyExportFormat!) {\n    exportProductKeys(purchasingAccountId: $purchasingAccountId, format: $format) {\n      fileName\n      url\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProductSuggestions($text: String!) {\n    productSuggestions(text: $text, limit: 20)\n  }\n"): (typeof documents)["\n  query ProductSuggestions($text: String!) {\n    productSuggestions(text: $text, limit: 20)\n  }\n"];
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
export function graphql(source: "\n  fragment Confirmation_subscription on OnlineServiceSubscription {\n    displayName\n    quantity\n    status\n    manageServicesUrl\n  }\n"): (typeof documents)["\n  fragment Confirmation_subscription on OnlineServiceSubscription {\n    displayName\n    quantity\n    status\n    manageServicesUrl\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OnlineServicesSetUp {\n    catalogProducts(filter: { kind: ONLINE_SERVICE }, first: 100) {\n      edges {\n        node {\n          id\n          selfProvisionable\n          ...ServiceStep_product\n          ...PlanStep_product\n          ...VerifyStep_product\n        }\n      }\n    }\n    purchasingAccounts(first: 100) {\n      edges {\n        node {\n          id\n          ...PlanStep_account\n          ...VerifyStep_account\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OnlineServicesSetUp {\n    catalogProducts(filter: { kind: ONLINE_SERVICE }, first: 100) {\n      edges {\n        node {\n          id\n          selfProvisionable\n          ...ServiceStep_product\n          ...PlanStep_product\n          ...VerifyStep_product\n        }\n      }\n    }\n    purchasingAccounts(first: 100) {\n      edges {\n        node {\n          id\n          ...PlanStep_account\n          ...VerifyStep_account\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetUpOnlineService($input: SetUpOnlineServiceInput!) {\n    setUpOnlineService(input: $input) {\n      id\n      ...Confirmation_subscription\n    }\n  }\n"): (typeof documents)["\n  mutation SetUpOnlineService($input: SetUpOnlineServiceInput!) {\n    setUpOnlineService(input: $input) {\n      id\n      ...Confirmation_subscription\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlanStep_product on CatalogProduct {\n    name\n    plans {\n      code\n      name\n      sku\n      maxQuantity\n    }\n  }\n"): (typeof documents)["\n  fragment PlanStep_product on CatalogProduct {\n    name\n    plans {\n      code\n      name\n      sku\n      maxQuantity\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlanStep_account on PurchasingAccount {\n    id\n    number\n    name\n  }\n"): (typeof documents)["\n  fragment PlanStep_account on PurchasingAccount {\n    id\n    number\n    name\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ServiceStep_product on CatalogProduct {\n    id\n    name\n    family\n    description\n  }\n"): (typeof documents)["\n  fragment ServiceStep_product on CatalogProduct {\n    id\n    name\n    family\n    description\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VerifyStep_product on CatalogProduct {\n    name\n    plans {\n      name\n      sku\n    }\n  }\n"): (typeof documents)["\n  fragment VerifyStep_product on CatalogProduct {\n    name\n    plans {\n      name\n      sku\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VerifyStep_account on PurchasingAccount {\n    number\n    name\n  }\n"): (typeof documents)["\n  fragment VerifyStep_account on PurchasingAccount {\n    number\n    name\n  }\n"];
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