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
    "\n  query SalesPackageForSigning($token: String!) {\n    salesPackageForSigning(token: $token) {\n      id\n      number\n      customerName\n      signerName\n      startDate\n      endDate\n      offers {\n        code\n        name\n        productPool\n      }\n    }\n  }\n": typeof types.SalesPackageForSigningDocument,
    "\n  mutation SignSalesPackageWithLink($token: String!, $signer: SignerInput!) {\n    signSalesPackageWithLink(token: $token, signer: $signer) {\n      id\n      status\n    }\n  }\n": typeof types.SignSalesPackageWithLinkDocument,
    "\n  mutation DeclineSalesPackageWithLink($token: String!, $reason: String!) {\n    declineSalesPackageWithLink(token: $token, reason: $reason) {\n      id\n      status\n    }\n  }\n": typeof types.DeclineSalesPackageWithLinkDocument,
    "\n  query ApiClients {\n    apiClients {\n      id\n      name\n      permissions\n      status\n      expiresAt\n      lastUsedAt\n      customers {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ApiClientsDocument,
    "\n  query ApiClientCustomers {\n    myCustomers(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ApiClientCustomersDocument,
    "\n  mutation CreateApiClientFromPortal($input: CreateApiClientInput!) {\n    createApiClient(input: $input) {\n      clientSecret\n      client {\n        id\n        name\n      }\n    }\n  }\n": typeof types.CreateApiClientFromPortalDocument,
    "\n  mutation RevokeApiClientFromPortal($id: ID!) {\n    revokeApiClient(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.RevokeApiClientFromPortalDocument,
    "\n  query BenefitDetails(\n    $benefit: String!\n    $purchasingAccountId: ID\n    $users: Boolean!\n    $customerId: ID\n    $usersAfter: String\n  ) {\n    benefitDetails(benefit: $benefit, purchasingAccountId: $purchasingAccountId, customerId: $customerId) {\n      benefit {\n        code\n        name\n        usesEligibleDomains\n      }\n      administratorInstructions\n      participantInstructions {\n        language\n        text\n      }\n      accessCode\n      ...EligibleDomains_details\n    }\n    benefitUsers(benefit: $benefit, customerId: $customerId, first: 100, after: $usersAfter) @include(if: $users) {\n      edges {\n        node {\n          id\n          ...BenefitUsers_user\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.BenefitDetailsDocument,
    "\n  fragment BenefitUsers_user on BenefitUser {\n    id\n    name\n    email\n  }\n": typeof types.BenefitUsers_UserFragmentDoc,
    "\n  mutation AddBenefitUser($input: AddBenefitUserInput!) {\n    addBenefitUser(input: $input) {\n      id\n    }\n  }\n": typeof types.AddBenefitUserDocument,
    "\n  mutation EditBenefitUser($input: EditBenefitUserInput!) {\n    editBenefitUser(input: $input) {\n      id\n      name\n      email\n    }\n  }\n": typeof types.EditBenefitUserDocument,
    "\n  mutation DeleteBenefitUser($id: ID!, $customerId: ID) {\n    deleteBenefitUser(id: $id, customerId: $customerId)\n  }\n": typeof types.DeleteBenefitUserDocument,
    "\n  mutation ResendBenefitInstructions($id: ID!, $customerId: ID) {\n    resendBenefitInstructions(id: $id, customerId: $customerId) {\n      id\n    }\n  }\n": typeof types.ResendBenefitInstructionsDocument,
    "\n  query BenefitsTab($purchasingAccountId: ID, $manage: Boolean!, $accounts: Boolean!, $customerId: ID) {\n    benefitGroups(purchasingAccountId: $purchasingAccountId, customerId: $customerId) {\n      productGroup\n      benefits {\n        entitled\n        used\n        available\n        benefit {\n          code\n          name\n          unit\n          managesUsers\n          usesEligibleDomains\n        }\n      }\n    }\n    benefitPermissions @include(if: $manage) {\n      id\n      ...PartnerPermissions_permission\n    }\n    me @include(if: $manage) {\n      id\n      organization {\n        id\n        partnerOfRecord {\n          id\n          name\n        }\n      }\n    }\n    purchasingAccounts(customerId: $customerId, first: 100) @include(if: $accounts) {\n      edges {\n        node {\n          id\n          number\n          name\n        }\n      }\n    }\n  }\n": typeof types.BenefitsTabDocument,
    "\n  fragment EligibleDomains_details on BenefitDetails {\n    eligibleDomains {\n      id\n      name\n    }\n  }\n": typeof types.EligibleDomains_DetailsFragmentDoc,
    "\n  mutation AddEligibleDomain($benefit: String!, $name: String!, $customerId: ID) {\n    addEligibleDomain(benefit: $benefit, name: $name, customerId: $customerId) {\n      id\n      name\n    }\n  }\n": typeof types.AddEligibleDomainDocument,
    "\n  mutation RemoveEligibleDomain($id: ID!, $customerId: ID) {\n    removeEligibleDomain(id: $id, customerId: $customerId)\n  }\n": typeof types.RemoveEligibleDomainDocument,
    "\n  fragment PartnerPermissions_permission on BenefitPermission {\n    id\n    partnerOrganizationId\n    status\n    requestedAt\n  }\n": typeof types.PartnerPermissions_PermissionFragmentDoc,
    "\n  mutation DecideBenefitPermission($id: ID!, $decision: BenefitPermissionDecision!) {\n    decideBenefitPermission(id: $id, decision: $decision) {\n      id\n      status\n    }\n  }\n": typeof types.DecideBenefitPermissionDocument,
    "\n  query TrainingVouchers($purchasingAccountId: ID!, $customerId: ID, $after: String) {\n    trainingVouchers(purchasingAccountId: $purchasingAccountId, customerId: $customerId, first: 100, after: $after) {\n      edges {\n        node {\n          id\n          employeeName\n          email\n          days\n          language\n          voucherCode\n          status\n          assignedAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    benefitDetails(benefit: \"TRAINING_VOUCHERS\", purchasingAccountId: $purchasingAccountId, customerId: $customerId) {\n      entitled\n      available\n    }\n  }\n": typeof types.TrainingVouchersDocument,
    "\n  query PreviewVoucherInstructions($language: String!, $days: Int!) {\n    previewVoucherInstructions(language: $language, days: $days)\n  }\n": typeof types.PreviewVoucherInstructionsDocument,
    "\n  mutation AssignTrainingVoucher($input: AssignTrainingVoucherInput!, $idempotencyKey: String) {\n    assignTrainingVoucher(input: $input, idempotencyKey: $idempotencyKey) {\n      id\n      employeeName\n      days\n    }\n  }\n": typeof types.AssignTrainingVoucherDocument,
    "\n  mutation RevokeTrainingVoucher($id: ID!, $customerId: ID) {\n    revokeTrainingVoucher(id: $id, customerId: $customerId) {\n      id\n      status\n    }\n  }\n": typeof types.RevokeTrainingVoucherDocument,
    "\n  fragment BenefitsSummary_group on BenefitGroup {\n    productGroup\n    benefits {\n      entitled\n      used\n      available\n      benefit {\n        code\n        name\n        unit\n      }\n    }\n  }\n": typeof types.BenefitsSummary_GroupFragmentDoc,
    "\n  query Dashboard($purchasingAccountId: ID, $licenses: Boolean!) {\n    inventoryDashboard(purchasingAccountId: $purchasingAccountId, top: 5) @include(if: $licenses) {\n      ...InventorySummary_dashboard\n    }\n    benefitGroups(purchasingAccountId: $purchasingAccountId) @include(if: $licenses) {\n      ...BenefitsSummary_group\n    }\n  }\n": typeof types.DashboardDocument,
    "\n  fragment InventorySummary_dashboard on InventoryDashboard {\n    licenseCount\n    subscriptionCount\n    expiringSoonCount\n    criticalCount\n    products {\n      productId\n      productName\n      family\n      totalQuantity\n      nextExpiration\n      expiryStatus\n    }\n  }\n": typeof types.InventorySummary_DashboardFragmentDoc,
    "\n  fragment DownloadPanel_product on CatalogProduct {\n    name\n    versions {\n      version\n      editions {\n        edition\n        displayName\n        sku\n        files {\n          language\n          os\n          fileName\n          sizeBytes\n        }\n      }\n    }\n  }\n": typeof types.DownloadPanel_ProductFragmentDoc,
    "\n  mutation RequestDownload($input: RequestDownloadInput!) {\n    requestDownload(input: $input) {\n      url\n      fileName\n    }\n  }\n": typeof types.RequestDownloadDocument,
    "\n  query Downloads($search: String, $keys: Boolean!) {\n    everything: catalogProducts(filter: { kind: SOFTWARE }, first: 100) {\n      edges {\n        node {\n          id\n          name\n          categories\n        }\n      }\n    }\n    catalogProducts(filter: { kind: SOFTWARE, search: $search }, first: 100) {\n      edges {\n        node {\n          id\n          categories\n          ...ProductItem_product\n        }\n      }\n    }\n    purchasingAccounts(first: 100) @include(if: $keys) {\n      edges {\n        node {\n          id\n          ...ProductKeys_account\n        }\n      }\n    }\n  }\n": typeof types.DownloadsDocument,
    "\n  fragment ProductItem_product on CatalogProduct {\n    id\n    name\n    family\n    description\n  }\n": typeof types.ProductItem_ProductFragmentDoc,
    "\n  query ProductDetails($id: ID!) {\n    catalogProduct(id: $id) {\n      id\n      versions {\n        version\n        editions {\n          edition\n          files {\n            language\n            os\n          }\n        }\n      }\n      ...DownloadPanel_product\n    }\n  }\n": typeof types.ProductDetailsDocument,
    "\n  fragment ProductKeys_account on PurchasingAccount {\n    id\n    number\n    name\n  }\n": typeof types.ProductKeys_AccountFragmentDoc,
    "\n  query ProductKeys($purchasingAccountId: ID!, $after: String) {\n    productKeys(purchasingAccountId: $purchasingAccountId, first: 100, after: $after) {\n      edges {\n        node {\n          productName\n          version\n          edition\n          keyType\n          productKey\n          activations\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ProductKeysDocument,
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
    "\n  query DeliveryLog($filter: DeliveryFilter, $first: Int) {\n    deliveryLog(filter: $filter, first: $first) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          channel\n          recipient\n          subject\n          eventType\n          status\n          attempts\n          lastError\n          createdAt\n          sentAt\n        }\n      }\n    }\n  }\n": typeof types.DeliveryLogDocument,
    "\n  query Mailbox($recipient: String!, $first: Int) {\n    mailbox(recipient: $recipient, first: $first) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          subject\n          text\n          sentAt\n        }\n      }\n    }\n  }\n": typeof types.MailboxDocument,
    "\n  query ReadModelStatus {\n    readModelStatus {\n      generation\n      rebuiltAt\n      eventsApplied\n    }\n  }\n": typeof types.ReadModelStatusDocument,
    "\n  mutation RebuildReadModels {\n    rebuildReadModels {\n      generation\n      rebuiltAt\n      eventsApplied\n    }\n  }\n": typeof types.RebuildReadModelsDocument,
    "\n  query OrderDetails($id: ID!) {\n    order(id: $id) {\n      id\n      number\n      type\n      status\n      purchaseOrderNumber\n      orderedAt\n      agreementNumber\n      purchasingAccountNumber\n      purchasingAccount {\n        id\n        name\n      }\n      lines {\n        lineNumber\n        kind\n        sku\n        name\n        quantity\n        unitPrice {\n          amount\n          currency\n        }\n        listUnitPrice {\n          amount\n          currency\n        }\n        priceProtected\n        total {\n          amount\n          currency\n        }\n      }\n      total {\n        amount\n        currency\n      }\n    }\n  }\n": typeof types.OrderDetailsDocument,
    "\n  fragment OrderRow_order on Order {\n    id\n    number\n    type\n    status\n    purchaseOrderNumber\n    orderedAt\n    partnerOrganizationId\n    agreementNumber\n    purchasingAccountNumber\n    total {\n      amount\n      currency\n    }\n  }\n": typeof types.OrderRow_OrderFragmentDoc,
    "\n  query OrderHistory($filter: OrderFilter, $first: Int) {\n    me {\n      id\n      organization {\n        id\n        partnerOfRecord {\n          id\n          name\n        }\n      }\n    }\n    orders(filter: $filter, first: $first) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          ...OrderRow_order\n        }\n      }\n    }\n  }\n": typeof types.OrderHistoryDocument,
    "\n  query PartnerBenefits {\n    myCustomers(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n    benefitPermissions {\n      id\n      customerOrganizationId\n      customerName\n      status\n      requestedAt\n    }\n  }\n": typeof types.PartnerBenefitsDocument,
    "\n  mutation RequestBenefitPermission($customerId: ID!) {\n    requestBenefitPermission(customerId: $customerId) {\n      id\n      status\n    }\n  }\n": typeof types.RequestBenefitPermissionDocument,
    "\n  fragment CustomerRow_organization on Organization {\n    id\n    name\n    status\n  }\n": typeof types.CustomerRow_OrganizationFragmentDoc,
    "\n  query PartnerCustomers($first: Int) {\n    myCustomers(first: $first) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          ...CustomerRow_organization\n        }\n      }\n    }\n  }\n": typeof types.PartnerCustomersDocument,
    "\n  fragment WelcomeInvitation_invitation on Invitation {\n    id\n    recipientEmail\n    expiresAt\n    status\n  }\n": typeof types.WelcomeInvitation_InvitationFragmentDoc,
    "\n  query PartnerCustomer($id: ID!) {\n    domainAdministratorInvitation(organizationId: $id) {\n      id\n      organization {\n        id\n        name\n        status\n      }\n      ...WelcomeInvitation_invitation\n    }\n    purchasingAccounts(customerId: $id, first: 100) {\n      edges {\n        node {\n          id\n          number\n          name\n          location\n          agreements {\n            id\n            number\n            status\n            signingMethod\n            startDate\n            endDate\n          }\n        }\n      }\n    }\n  }\n": typeof types.PartnerCustomerDocument,
    "\n  mutation ResendWelcomeInvitation($organizationId: ID!) {\n    resendDomainAdministratorInvitation(organizationId: $organizationId) {\n      id\n      ...WelcomeInvitation_invitation\n    }\n  }\n": typeof types.ResendWelcomeInvitationDocument,
    "\n  mutation ChangeDomainAdministrator($organizationId: ID!, $email: String!) {\n    changeDomainAdministrator(organizationId: $organizationId, email: $email) {\n      id\n      ...WelcomeInvitation_invitation\n    }\n  }\n": typeof types.ChangeDomainAdministratorDocument,
    "\n  fragment PartnerOrderRow_order on Order {\n    id\n    number\n    type\n    status\n    purchaseOrderNumber\n    orderedAt\n    agreementNumber\n    purchasingAccount {\n      id\n      name\n      number\n    }\n    total {\n      amount\n      currency\n    }\n  }\n": typeof types.PartnerOrderRow_OrderFragmentDoc,
    "\n  query PartnerOrders($first: Int) {\n    orders(first: $first) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          ...PartnerOrderRow_order\n        }\n      }\n    }\n  }\n": typeof types.PartnerOrdersDocument,
    "\n  query PlaceOrderForm {\n    myCustomers(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n    catalogProducts(first: 100) {\n      edges {\n        node {\n          id\n          name\n          kind\n          versions {\n            version\n            editions {\n              displayName\n              sku\n            }\n          }\n          plans {\n            displayName\n            sku\n          }\n        }\n      }\n    }\n  }\n": typeof types.PlaceOrderFormDocument,
    "\n  query PlaceOrderAccounts($customerId: ID!) {\n    purchasingAccounts(customerId: $customerId, first: 100) {\n      edges {\n        node {\n          id\n          number\n          name\n          agreements {\n            id\n            number\n            status\n          }\n        }\n      }\n    }\n  }\n": typeof types.PlaceOrderAccountsDocument,
    "\n  mutation PlaceOrder($input: PlaceOrderInput!, $idempotencyKey: String) {\n    placeOrder(input: $input, idempotencyKey: $idempotencyKey) {\n      id\n      number\n      total {\n        amount\n        currency\n      }\n    }\n  }\n": typeof types.PlaceOrderDocument,
    "\n  fragment PartnerPackageRow_agreement on Agreement {\n    id\n    number\n    customerName\n    status\n    signingMethod\n    startDate\n    purchasingAccount {\n      id\n      name\n    }\n  }\n": typeof types.PartnerPackageRow_AgreementFragmentDoc,
    "\n  query PartnerSalesPackages($filter: AgreementFilter, $first: Int) {\n    agreements(filter: $filter, first: $first) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          ...PartnerPackageRow_agreement\n        }\n      }\n    }\n  }\n": typeof types.PartnerSalesPackagesDocument,
    "\n  query PartnerSalesPackage($id: ID!) {\n    agreement(id: $id) {\n      id\n      number\n      organizationId\n      customerName\n      status\n      signingMethod\n      signerName\n      signerEmail\n      startDate\n      endDate\n      anniversaryMonth\n      declineReason\n      offers {\n        code\n        name\n        productPool\n        priceLevel\n      }\n      purchasingAccount {\n        id\n        number\n        name\n      }\n      signature {\n        method\n        signerName\n        signerTitle\n        signedAt\n      }\n      statusHistory {\n        status\n        at\n        byWorkAccount\n      }\n    }\n  }\n": typeof types.PartnerSalesPackageDocument,
    "\n  query DraftSalesPackageForm {\n    myCustomers(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n    catalogProducts(first: 100) {\n      edges {\n        node {\n          id\n          name\n          family\n        }\n      }\n    }\n  }\n": typeof types.DraftSalesPackageFormDocument,
    "\n  query PartnerCustomerAccounts($customerId: ID!) {\n    purchasingAccounts(customerId: $customerId, first: 100) {\n      edges {\n        node {\n          id\n          number\n          name\n        }\n      }\n    }\n  }\n": typeof types.PartnerCustomerAccountsDocument,
    "\n  mutation DraftSalesPackage($input: DraftSalesPackageInput!, $idempotencyKey: String) {\n    draftSalesPackage(input: $input, idempotencyKey: $idempotencyKey) {\n      id\n      number\n    }\n  }\n": typeof types.DraftSalesPackageDocument,
    "\n  mutation SendSalesPackage($id: ID!, $idempotencyKey: String) {\n    sendSalesPackage(id: $id, idempotencyKey: $idempotencyKey) {\n      id\n      status\n    }\n  }\n": typeof types.SendSalesPackageDocument,
    "\n  mutation RecordPaperSignature($id: ID!, $signer: PaperSignerInput!, $idempotencyKey: String) {\n    recordPaperSignature(id: $id, signer: $signer, idempotencyKey: $idempotencyKey) {\n      id\n      status\n    }\n  }\n": typeof types.RecordPaperSignatureDocument,
    "\n  fragment ProfileDetails_user on User {\n    displayName\n    workAccount\n    email\n    roles\n    globalAdmin\n    permissions\n    organization {\n      id\n      name\n    }\n  }\n": typeof types.ProfileDetails_UserFragmentDoc,
    "\n  query Profile {\n    me {\n      id\n      ...ProfileDetails_user\n    }\n  }\n": typeof types.ProfileDocument,
    "\n  query CustomReports {\n    customReports {\n      id\n      name\n      description\n      createdAt\n      report {\n        id\n        name\n      }\n      ...SelectColumns_customReport\n    }\n  }\n": typeof types.CustomReportsDocument,
    "\n  query RunCustomReport($id: ID!) {\n    runCustomReport(id: $id) {\n      ...ReportResult_result\n    }\n  }\n": typeof types.RunCustomReportDocument,
    "\n  mutation ExportCustomReport($input: ExportReportInput!) {\n    exportReport(input: $input) {\n      url\n      fileName\n      rowCount\n      truncated\n    }\n  }\n": typeof types.ExportCustomReportDocument,
    "\n  mutation RemoveCustomReport($id: ID!) {\n    deleteCustomReport(id: $id)\n  }\n": typeof types.RemoveCustomReportDocument,
    "\n  fragment ReportResult_result on ReportResult {\n    columns {\n      key\n      label\n      type\n    }\n    rows {\n      values\n    }\n    rowCount\n    truncated\n  }\n": typeof types.ReportResult_ResultFragmentDoc,
    "\n  query ReportCategories {\n    reportCategories {\n      category\n      reports {\n        id\n        name\n        description\n      }\n    }\n  }\n": typeof types.ReportCategoriesDocument,
    "\n  fragment SelectColumns_customReport on CustomReport {\n    id\n    name\n    columns {\n      key\n    }\n    report {\n      id\n      columns {\n        key\n        label\n        required\n      }\n    }\n  }\n": typeof types.SelectColumns_CustomReportFragmentDoc,
    "\n  mutation SelectCustomReportColumns($id: ID!, $columns: [String!]!) {\n    selectCustomReportColumns(id: $id, columns: $columns) {\n      id\n      ...SelectColumns_customReport\n    }\n  }\n": typeof types.SelectCustomReportColumnsDocument,
    "\n  query StandardReportPage($id: StandardReportId!) {\n    standardReport(id: $id) {\n      id\n      name\n      description\n      filters {\n        key\n        label\n        type\n        more\n        options\n      }\n    }\n  }\n": typeof types.StandardReportPageDocument,
    "\n  query RunReport($input: RunReportInput!) {\n    runReport(input: $input) {\n      ...ReportResult_result\n    }\n  }\n": typeof types.RunReportDocument,
    "\n  mutation SaveReportQuery($input: SaveCustomReportInput!) {\n    saveCustomReport(input: $input) {\n      id\n      name\n      ...SelectColumns_customReport\n    }\n  }\n": typeof types.SaveReportQueryDocument,
    "\n  query PasswordSetup($token: String!) {\n    passwordSetup(token: $token) {\n      workAccount\n      firstName\n      expiresAt\n    }\n  }\n": typeof types.PasswordSetupDocument,
    "\n  mutation SetPasswordFromLink($input: SetPasswordFromLinkInput!) {\n    setPasswordFromLink(input: $input) {\n      accessToken\n      expiresIn\n      # Selected so the gateway moves it into the httpOnly cookie (it comes back as \"\"), as for Sign in.\n      refreshToken\n    }\n  }\n": typeof types.SetPasswordFromLinkDocument,
    "\n  query AccountSelector {\n    purchasingAccounts(first: 100) {\n      edges {\n        node {\n          id\n          number\n          name\n        }\n      }\n    }\n  }\n": typeof types.AccountSelectorDocument,
    "\n  fragment Navigation_user on User {\n    permissions\n    organization {\n      id\n      kind\n    }\n  }\n": typeof types.Navigation_UserFragmentDoc,
    "\n  fragment UserMenu_user on User {\n    workAccount\n    displayName\n  }\n": typeof types.UserMenu_UserFragmentDoc,
    "\n  query Shell {\n    me {\n      id\n      ...Navigation_user\n      ...UserMenu_user\n    }\n  }\n": typeof types.ShellDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      accessToken\n      expiresIn\n      # Selected so the gateway moves it into the httpOnly cookie (it comes back as \"\").\n      refreshToken\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation AddUserFromPortal($input: AddUserInput!) {\n    addUser(input: $input) {\n      id\n      displayName\n      workAccount\n      email\n    }\n  }\n": typeof types.AddUserFromPortalDocument,
    "\n  fragment AuditRow_entry on AuditEntry {\n    id\n    at\n    lastAt\n    count\n    actorWorkAccount\n    action\n    targetType\n    targetId\n    before\n    after\n  }\n": typeof types.AuditRow_EntryFragmentDoc,
    "\n  query AuditLog($filter: AuditLogFilter, $first: Int) {\n    auditLog(filter: $filter, first: $first) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          ...AuditRow_entry\n        }\n      }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  query UserDetails($id: ID!) {\n    me {\n      id\n      roles\n      globalAdmin\n      grantableRoles\n    }\n    user(id: $id) {\n      id\n      displayName\n      workAccount\n      email\n      roles\n      globalAdmin\n      status\n      createdAt\n      manageable\n    }\n  }\n": typeof types.UserDetailsDocument,
    "\n  mutation UpdateUserRolesFromPortal($input: UpdateUserRolesInput!) {\n    updateUserRoles(input: $input) {\n      id\n      roles\n      globalAdmin\n      manageable\n    }\n  }\n": typeof types.UpdateUserRolesFromPortalDocument,
    "\n  mutation RevokeUserFromPortal($id: ID!) {\n    revokeUser(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.RevokeUserFromPortalDocument,
    "\n  mutation RestoreUserFromPortal($id: ID!) {\n    restoreUser(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.RestoreUserFromPortalDocument,
    "\n  fragment UserRow_user on User {\n    id\n    displayName\n    workAccount\n    email\n    roles\n    globalAdmin\n    status\n  }\n": typeof types.UserRow_UserFragmentDoc,
    "\n  query ManageUsers($filter: UserFilter, $orderBy: UserOrder, $first: Int, $withDomains: Boolean!) {\n    me {\n      id\n      roles\n      globalAdmin\n      grantableRoles\n    }\n    domains @include(if: $withDomains) {\n      id\n      name\n      verified\n    }\n    users(filter: $filter, orderBy: $orderBy, first: $first) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          ...UserRow_user\n        }\n      }\n    }\n  }\n": typeof types.ManageUsersDocument,
    "\n  query WebhookEndpoints {\n    webhookEventTypes {\n      type\n      description\n    }\n    webhookEndpoints {\n      id\n      url\n      description\n      eventTypes\n      enabled\n      disabledReason\n      previousSecretExpiresAt\n    }\n  }\n": typeof types.WebhookEndpointsDocument,
    "\n  query WebhookDeliveries($id: ID!, $first: Int) {\n    webhookEndpoint(id: $id) {\n      id\n      deliveries(first: $first) {\n        totalCount\n        edges {\n          node {\n            id\n            eventType\n            status\n            attempts\n            lastError\n            nextAttemptAt\n            createdAt\n            attemptLog {\n              attemptedAt\n              statusCode\n              responseTimeMs\n              error\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.WebhookDeliveriesDocument,
    "\n  mutation CreateWebhookEndpoint($input: WebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      secret\n      endpoint {\n        id\n      }\n    }\n  }\n": typeof types.CreateWebhookEndpointDocument,
    "\n  mutation UpdateWebhookEndpoint($id: ID!, $input: WebhookEndpointUpdateInput!) {\n    updateWebhookEndpoint(id: $id, input: $input) {\n      id\n      url\n      description\n      eventTypes\n      enabled\n      disabledReason\n    }\n  }\n": typeof types.UpdateWebhookEndpointDocument,
    "\n  mutation RotateWebhookSecret($id: ID!) {\n    rotateWebhookSecret(id: $id) {\n      secret\n      endpoint {\n        id\n        previousSecretExpiresAt\n      }\n    }\n  }\n": typeof types.RotateWebhookSecretDocument,
    "\n  mutation PingWebhookEndpoint($id: ID!) {\n    pingWebhookEndpoint(id: $id) {\n      id\n    }\n  }\n": typeof types.PingWebhookEndpointDocument,
    "\n  mutation RedeliverWebhook($id: ID!) {\n    redeliverWebhook(deliveryId: $id) {\n      id\n      status\n    }\n  }\n": typeof types.RedeliverWebhookDocument,
    "\n  mutation RedeliverWebhooksSince($id: ID!, $since: DateTime!) {\n    redeliverWebhooksSince(endpointId: $id, since: $since)\n  }\n": typeof types.RedeliverWebhooksSinceDocument,
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
    "\n  query SalesPackageForSigning($token: String!) {\n    salesPackageForSigning(token: $token) {\n      id\n      number\n      customerName\n      signerName\n      startDate\n      endDate\n      offers {\n        code\n        name\n        productPool\n      }\n    }\n  }\n": types.SalesPackageForSigningDocument,
    "\n  mutation SignSalesPackageWithLink($token: String!, $signer: SignerInput!) {\n    signSalesPackageWithLink(token: $token, signer: $signer) {\n      id\n      status\n    }\n  }\n": types.SignSalesPackageWithLinkDocument,
    "\n  mutation DeclineSalesPackageWithLink($token: String!, $reason: String!) {\n    declineSalesPackageWithLink(token: $token, reason: $reason) {\n      id\n      status\n    }\n  }\n": types.DeclineSalesPackageWithLinkDocument,
    "\n  query ApiClients {\n    apiClients {\n      id\n      name\n      permissions\n      status\n      expiresAt\n      lastUsedAt\n      customers {\n        id\n        name\n      }\n    }\n  }\n": types.ApiClientsDocument,
    "\n  query ApiClientCustomers {\n    myCustomers(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ApiClientCustomersDocument,
    "\n  mutation CreateApiClientFromPortal($input: CreateApiClientInput!) {\n    createApiClient(input: $input) {\n      clientSecret\n      client {\n        id\n        name\n      }\n    }\n  }\n": types.CreateApiClientFromPortalDocument,
    "\n  mutation RevokeApiClientFromPortal($id: ID!) {\n    revokeApiClient(id: $id) {\n      id\n      status\n    }\n  }\n": types.RevokeApiClientFromPortalDocument,
    "\n  query BenefitDetails(\n    $benefit: String!\n    $purchasingAccountId: ID\n    $users: Boolean!\n    $customerId: ID\n    $usersAfter: String\n  ) {\n    benefitDetails(benefit: $benefit, purchasingAccountId: $purchasingAccountId, customerId: $customerId) {\n      benefit {\n        code\n        name\n        usesEligibleDomains\n      }\n      administratorInstructions\n      participantInstructions {\n        language\n        text\n      }\n      accessCode\n      ...EligibleDomains_details\n    }\n    benefitUsers(benefit: $benefit, customerId: $customerId, first: 100, after: $usersAfter) @include(if: $users) {\n      edges {\n        node {\n          id\n          ...BenefitUsers_user\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.BenefitDetailsDocument,
    "\n  fragment BenefitUsers_user on BenefitUser {\n    id\n    name\n    email\n  }\n": types.BenefitUsers_UserFragmentDoc,
    "\n  mutation AddBenefitUser($input: AddBenefitUserInput!) {\n    addBenefitUser(input: $input) {\n      id\n    }\n  }\n": types.AddBenefitUserDocument,
    "\n  mutation EditBenefitUser($input: EditBenefitUserInput!) {\n    editBenefitUser(input: $input) {\n      id\n      name\n      email\n    }\n  }\n": types.EditBenefitUserDocument,
    "\n  mutation DeleteBenefitUser($id: ID!, $customerId: ID) {\n    deleteBenefitUser(id: $id, customerId: $customerId)\n  }\n": types.DeleteBenefitUserDocument,
    "\n  mutation ResendBenefitInstructions($id: ID!, $customerId: ID) {\n    resendBenefitInstructions(id: $id, customerId: $customerId) {\n      id\n    }\n  }\n": types.ResendBenefitInstructionsDocument,
    "\n  query BenefitsTab($purchasingAccountId: ID, $manage: Boolean!, $accounts: Boolean!, $customerId: ID) {\n    benefitGroups(purchasingAccountId: $purchasingAccountId, customerId: $customerId) {\n      productGroup\n      benefits {\n        entitled\n        used\n        available\n        benefit {\n          code\n          name\n          unit\n          managesUsers\n          usesEligibleDomains\n        }\n      }\n    }\n    benefitPermissions @include(if: $manage) {\n      id\n      ...PartnerPermissions_permission\n    }\n    me @include(if: $manage) {\n      id\n      organization {\n        id\n        partnerOfRecord {\n          id\n          name\n        }\n      }\n    }\n    purchasingAccounts(customerId: $customerId, first: 100) @include(if: $accounts) {\n      edges {\n        node {\n          id\n          number\n          name\n        }\n      }\n    }\n  }\n": types.BenefitsTabDocument,
    "\n  fragment EligibleDomains_details on BenefitDetails {\n    eligibleDomains {\n      id\n      name\n    }\n  }\n": types.EligibleDomains_DetailsFragmentDoc,
    "\n  mutation AddEligibleDomain($benefit: String!, $name: String!, $customerId: ID) {\n    addEligibleDomain(benefit: $benefit, name: $name, customerId: $customerId) {\n      id\n      name\n    }\n  }\n": types.AddEligibleDomainDocument,
    "\n  mutation RemoveEligibleDomain($id: ID!, $customerId: ID) {\n    removeEligibleDomain(id: $id, customerId: $customerId)\n  }\n": types.RemoveEligibleDomainDocument,
    "\n  fragment PartnerPermissions_permission on BenefitPermission {\n    id\n    partnerOrganizationId\n    status\n    requestedAt\n  }\n": types.PartnerPermissions_PermissionFragmentDoc,
    "\n  mutation DecideBenefitPermission($id: ID!, $decision: BenefitPermissionDecision!) {\n    decideBenefitPermission(id: $id, decision: $decision) {\n      id\n      status\n    }\n  }\n": types.DecideBenefitPermissionDocument,
    "\n  query TrainingVouchers($purchasingAccountId: ID!, $customerId: ID, $after: String) {\n    trainingVouchers(purchasingAccountId: $purchasingAccountId, customerId: $customerId, first: 100, after: $after) {\n      edges {\n        node {\n          id\n          employeeName\n          email\n          days\n          language\n          voucherCode\n          status\n          assignedAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    benefitDetails(benefit: \"TRAINING_VOUCHERS\", purchasingAccountId: $purchasingAccountId, customerId: $customerId) {\n      entitled\n      available\n    }\n  }\n": types.TrainingVouchersDocument,
    "\n  query PreviewVoucherInstructions($language: String!, $days: Int!) {\n    previewVoucherInstructions(language: $language, days: $days)\n  }\n": types.PreviewVoucherInstructionsDocument,
    "\n  mutation AssignTrainingVoucher($input: AssignTrainingVoucherInput!, $idempotencyKey: String) {\n    assignTrainingVoucher(input: $input, idempotencyKey: $idempotencyKey) {\n      id\n      employeeName\n      days\n    }\n  }\n": types.AssignTrainingVoucherDocument,
    "\n  mutation RevokeTrainingVoucher($id: ID!, $customerId: ID) {\n    revokeTrainingVoucher(id: $id, customerId: $customerId) {\n      id\n      status\n    }\n  }\n": types.RevokeTrainingVoucherDocument,
    "\n  fragment BenefitsSummary_group on BenefitGroup {\n    productGroup\n    benefits {\n      entitled\n      used\n      available\n      benefit {\n        code\n        name\n        unit\n      }\n    }\n  }\n": types.BenefitsSummary_GroupFragmentDoc,
    "\n  query Dashboard($purchasingAccountId: ID, $licenses: Boolean!) {\n    inventoryDashboard(purchasingAccountId: $purchasingAccountId, top: 5) @include(if: $licenses) {\n      ...InventorySummary_dashboard\n    }\n    benefitGroups(purchasingAccountId: $purchasingAccountId) @include(if: $licenses) {\n      ...BenefitsSummary_group\n    }\n  }\n": types.DashboardDocument,
    "\n  fragment InventorySummary_dashboard on InventoryDashboard {\n    licenseCount\n    subscriptionCount\n    expiringSoonCount\n    criticalCount\n    products {\n      productId\n      productName\n      family\n      totalQuantity\n      nextExpiration\n      expiryStatus\n    }\n  }\n": types.InventorySummary_DashboardFragmentDoc,
    "\n  fragment DownloadPanel_product on CatalogProduct {\n    name\n    versions {\n      version\n      editions {\n        edition\n        displayName\n        sku\n        files {\n          language\n          os\n          fileName\n          sizeBytes\n        }\n      }\n    }\n  }\n": types.DownloadPanel_ProductFragmentDoc,
    "\n  mutation RequestDownload($input: RequestDownloadInput!) {\n    requestDownload(input: $input) {\n      url\n      fileName\n    }\n  }\n": types.RequestDownloadDocument,
    "\n  query Downloads($search: String, $keys: Boolean!) {\n    everything: catalogProducts(filter: { kind: SOFTWARE }, first: 100) {\n      edges {\n        node {\n          id\n          name\n          categories\n        }\n      }\n    }\n    catalogProducts(filter: { kind: SOFTWARE, search: $search }, first: 100) {\n      edges {\n        node {\n          id\n          categories\n          ...ProductItem_product\n        }\n      }\n    }\n    purchasingAccounts(first: 100) @include(if: $keys) {\n      edges {\n        node {\n          id\n          ...ProductKeys_account\n        }\n      }\n    }\n  }\n": types.DownloadsDocument,
    "\n  fragment ProductItem_product on CatalogProduct {\n    id\n    name\n    family\n    description\n  }\n": types.ProductItem_ProductFragmentDoc,
    "\n  query ProductDetails($id: ID!) {\n    catalogProduct(id: $id) {\n      id\n      versions {\n        version\n        editions {\n          edition\n          files {\n            language\n            os\n          }\n        }\n      }\n      ...DownloadPanel_product\n    }\n  }\n": types.ProductDetailsDocument,
    "\n  fragment ProductKeys_account on PurchasingAccount {\n    id\n    number\n    name\n  }\n": types.ProductKeys_AccountFragmentDoc,
    "\n  query ProductKeys($purchasingAccountId: ID!, $after: String) {\n    productKeys(purchasingAccountId: $purchasingAccountId, first: 100, after: $after) {\n      edges {\n        node {\n          productName\n          version\n          edition\n          keyType\n          productKey\n          activations\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ProductKeysDocument,
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
    "\n  query DeliveryLog($filter: DeliveryFilter, $first: Int) {\n    deliveryLog(filter: $filter, first: $first) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          channel\n          recipient\n          subject\n          eventType\n          status\n          attempts\n          lastError\n          createdAt\n          sentAt\n        }\n      }\n    }\n  }\n": types.DeliveryLogDocument,
    "\n  query Mailbox($recipient: String!, $first: Int) {\n    mailbox(recipient: $recipient, first: $first) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          subject\n          text\n          sentAt\n        }\n      }\n    }\n  }\n": types.MailboxDocument,
    "\n  query ReadModelStatus {\n    readModelStatus {\n      generation\n      rebuiltAt\n      eventsApplied\n    }\n  }\n": types.ReadModelStatusDocument,
    "\n  mutation RebuildReadModels {\n    rebuildReadModels {\n      generation\n      rebuiltAt\n      eventsApplied\n    }\n  }\n": types.RebuildReadModelsDocument,
    "\n  query OrderDetails($id: ID!) {\n    order(id: $id) {\n      id\n      number\n      type\n      status\n      purchaseOrderNumber\n      orderedAt\n      agreementNumber\n      purchasingAccountNumber\n      purchasingAccount {\n        id\n        name\n      }\n      lines {\n        lineNumber\n        kind\n        sku\n        name\n        quantity\n        unitPrice {\n          amount\n          currency\n        }\n        listUnitPrice {\n          amount\n          currency\n        }\n        priceProtected\n        total {\n          amount\n          currency\n        }\n      }\n      total {\n        amount\n        currency\n      }\n    }\n  }\n": types.OrderDetailsDocument,
    "\n  fragment OrderRow_order on Order {\n    id\n    number\n    type\n    status\n    purchaseOrderNumber\n    orderedAt\n    partnerOrganizationId\n    agreementNumber\n    purchasingAccountNumber\n    total {\n      amount\n      currency\n    }\n  }\n": types.OrderRow_OrderFragmentDoc,
    "\n  query OrderHistory($filter: OrderFilter, $first: Int) {\n    me {\n      id\n      organization {\n        id\n        partnerOfRecord {\n          id\n          name\n        }\n      }\n    }\n    orders(filter: $filter, first: $first) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          ...OrderRow_order\n        }\n      }\n    }\n  }\n": types.OrderHistoryDocument,
    "\n  query PartnerBenefits {\n    myCustomers(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n    benefitPermissions {\n      id\n      customerOrganizationId\n      customerName\n      status\n      requestedAt\n    }\n  }\n": types.PartnerBenefitsDocument,
    "\n  mutation RequestBenefitPermission($customerId: ID!) {\n    requestBenefitPermission(customerId: $customerId) {\n      id\n      status\n    }\n  }\n": types.RequestBenefitPermissionDocument,
    "\n  fragment CustomerRow_organization on Organization {\n    id\n    name\n    status\n  }\n": types.CustomerRow_OrganizationFragmentDoc,
    "\n  query PartnerCustomers($first: Int) {\n    myCustomers(first: $first) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          ...CustomerRow_organization\n        }\n      }\n    }\n  }\n": types.PartnerCustomersDocument,
    "\n  fragment WelcomeInvitation_invitation on Invitation {\n    id\n    recipientEmail\n    expiresAt\n    status\n  }\n": types.WelcomeInvitation_InvitationFragmentDoc,
    "\n  query PartnerCustomer($id: ID!) {\n    domainAdministratorInvitation(organizationId: $id) {\n      id\n      organization {\n        id\n        name\n        status\n      }\n      ...WelcomeInvitation_invitation\n    }\n    purchasingAccounts(customerId: $id, first: 100) {\n      edges {\n        node {\n          id\n          number\n          name\n          location\n          agreements {\n            id\n            number\n            status\n            signingMethod\n            startDate\n            endDate\n          }\n        }\n      }\n    }\n  }\n": types.PartnerCustomerDocument,
    "\n  mutation ResendWelcomeInvitation($organizationId: ID!) {\n    resendDomainAdministratorInvitation(organizationId: $organizationId) {\n      id\n      ...WelcomeInvitation_invitation\n    }\n  }\n": types.ResendWelcomeInvitationDocument,
    "\n  mutation ChangeDomainAdministrator($organizationId: ID!, $email: String!) {\n    changeDomainAdministrator(organizationId: $organizationId, email: $email) {\n      id\n      ...WelcomeInvitation_invitation\n    }\n  }\n": types.ChangeDomainAdministratorDocument,
    "\n  fragment PartnerOrderRow_order on Order {\n    id\n    number\n    type\n    status\n    purchaseOrderNumber\n    orderedAt\n    agreementNumber\n    purchasingAccount {\n      id\n      name\n      number\n    }\n    total {\n      amount\n      currency\n    }\n  }\n": types.PartnerOrderRow_OrderFragmentDoc,
    "\n  query PartnerOrders($first: Int) {\n    orders(first: $first) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          ...PartnerOrderRow_order\n        }\n      }\n    }\n  }\n": types.PartnerOrdersDocument,
    "\n  query PlaceOrderForm {\n    myCustomers(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n    catalogProducts(first: 100) {\n      edges {\n        node {\n          id\n          name\n          kind\n          versions {\n            version\n            editions {\n              displayName\n              sku\n            }\n          }\n          plans {\n            displayName\n            sku\n          }\n        }\n      }\n    }\n  }\n": types.PlaceOrderFormDocument,
    "\n  query PlaceOrderAccounts($customerId: ID!) {\n    purchasingAccounts(customerId: $customerId, first: 100) {\n      edges {\n        node {\n          id\n          number\n          name\n          agreements {\n            id\n            number\n            status\n          }\n        }\n      }\n    }\n  }\n": types.PlaceOrderAccountsDocument,
    "\n  mutation PlaceOrder($input: PlaceOrderInput!, $idempotencyKey: String) {\n    placeOrder(input: $input, idempotencyKey: $idempotencyKey) {\n      id\n      number\n      total {\n        amount\n        currency\n      }\n    }\n  }\n": types.PlaceOrderDocument,
    "\n  fragment PartnerPackageRow_agreement on Agreement {\n    id\n    number\n    customerName\n    status\n    signingMethod\n    startDate\n    purchasingAccount {\n      id\n      name\n    }\n  }\n": types.PartnerPackageRow_AgreementFragmentDoc,
    "\n  query PartnerSalesPackages($filter: AgreementFilter, $first: Int) {\n    agreements(filter: $filter, first: $first) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          ...PartnerPackageRow_agreement\n        }\n      }\n    }\n  }\n": types.PartnerSalesPackagesDocument,
    "\n  query PartnerSalesPackage($id: ID!) {\n    agreement(id: $id) {\n      id\n      number\n      organizationId\n      customerName\n      status\n      signingMethod\n      signerName\n      signerEmail\n      startDate\n      endDate\n      anniversaryMonth\n      declineReason\n      offers {\n        code\n        name\n        productPool\n        priceLevel\n      }\n      purchasingAccount {\n        id\n        number\n        name\n      }\n      signature {\n        method\n        signerName\n        signerTitle\n        signedAt\n      }\n      statusHistory {\n        status\n        at\n        byWorkAccount\n      }\n    }\n  }\n": types.PartnerSalesPackageDocument,
    "\n  query DraftSalesPackageForm {\n    myCustomers(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n    catalogProducts(first: 100) {\n      edges {\n        node {\n          id\n          name\n          family\n        }\n      }\n    }\n  }\n": types.DraftSalesPackageFormDocument,
    "\n  query PartnerCustomerAccounts($customerId: ID!) {\n    purchasingAccounts(customerId: $customerId, first: 100) {\n      edges {\n        node {\n          id\n          number\n          name\n        }\n      }\n    }\n  }\n": types.PartnerCustomerAccountsDocument,
    "\n  mutation DraftSalesPackage($input: DraftSalesPackageInput!, $idempotencyKey: String) {\n    draftSalesPackage(input: $input, idempotencyKey: $idempotencyKey) {\n      id\n      number\n    }\n  }\n": types.DraftSalesPackageDocument,
    "\n  mutation SendSalesPackage($id: ID!, $idempotencyKey: String) {\n    sendSalesPackage(id: $id, idempotencyKey: $idempotencyKey) {\n      id\n      status\n    }\n  }\n": types.SendSalesPackageDocument,
    "\n  mutation RecordPaperSignature($id: ID!, $signer: PaperSignerInput!, $idempotencyKey: String) {\n    recordPaperSignature(id: $id, signer: $signer, idempotencyKey: $idempotencyKey) {\n      id\n      status\n    }\n  }\n": types.RecordPaperSignatureDocument,
    "\n  fragment ProfileDetails_user on User {\n    displayName\n    workAccount\n    email\n    roles\n    globalAdmin\n    permissions\n    organization {\n      id\n      name\n    }\n  }\n": types.ProfileDetails_UserFragmentDoc,
    "\n  query Profile {\n    me {\n      id\n      ...ProfileDetails_user\n    }\n  }\n": types.ProfileDocument,
    "\n  query CustomReports {\n    customReports {\n      id\n      name\n      description\n      createdAt\n      report {\n        id\n        name\n      }\n      ...SelectColumns_customReport\n    }\n  }\n": types.CustomReportsDocument,
    "\n  query RunCustomReport($id: ID!) {\n    runCustomReport(id: $id) {\n      ...ReportResult_result\n    }\n  }\n": types.RunCustomReportDocument,
    "\n  mutation ExportCustomReport($input: ExportReportInput!) {\n    exportReport(input: $input) {\n      url\n      fileName\n      rowCount\n      truncated\n    }\n  }\n": types.ExportCustomReportDocument,
    "\n  mutation RemoveCustomReport($id: ID!) {\n    deleteCustomReport(id: $id)\n  }\n": types.RemoveCustomReportDocument,
    "\n  fragment ReportResult_result on ReportResult {\n    columns {\n      key\n      label\n      type\n    }\n    rows {\n      values\n    }\n    rowCount\n    truncated\n  }\n": types.ReportResult_ResultFragmentDoc,
    "\n  query ReportCategories {\n    reportCategories {\n      category\n      reports {\n        id\n        name\n        description\n      }\n    }\n  }\n": types.ReportCategoriesDocument,
    "\n  fragment SelectColumns_customReport on CustomReport {\n    id\n    name\n    columns {\n      key\n    }\n    report {\n      id\n      columns {\n        key\n        label\n        required\n      }\n    }\n  }\n": types.SelectColumns_CustomReportFragmentDoc,
    "\n  mutation SelectCustomReportColumns($id: ID!, $columns: [String!]!) {\n    selectCustomReportColumns(id: $id, columns: $columns) {\n      id\n      ...SelectColumns_customReport\n    }\n  }\n": types.SelectCustomReportColumnsDocument,
    "\n  query StandardReportPage($id: StandardReportId!) {\n    standardReport(id: $id) {\n      id\n      name\n      description\n      filters {\n        key\n        label\n        type\n        more\n        options\n      }\n    }\n  }\n": types.StandardReportPageDocument,
    "\n  query RunReport($input: RunReportInput!) {\n    runReport(input: $input) {\n      ...ReportResult_result\n    }\n  }\n": types.RunReportDocument,
    "\n  mutation SaveReportQuery($input: SaveCustomReportInput!) {\n    saveCustomReport(input: $input) {\n      id\n      name\n      ...SelectColumns_customReport\n    }\n  }\n": types.SaveReportQueryDocument,
    "\n  query PasswordSetup($token: String!) {\n    passwordSetup(token: $token) {\n      workAccount\n      firstName\n      expiresAt\n    }\n  }\n": types.PasswordSetupDocument,
    "\n  mutation SetPasswordFromLink($input: SetPasswordFromLinkInput!) {\n    setPasswordFromLink(input: $input) {\n      accessToken\n      expiresIn\n      # Selected so the gateway moves it into the httpOnly cookie (it comes back as \"\"), as for Sign in.\n      refreshToken\n    }\n  }\n": types.SetPasswordFromLinkDocument,
    "\n  query AccountSelector {\n    purchasingAccounts(first: 100) {\n      edges {\n        node {\n          id\n          number\n          name\n        }\n      }\n    }\n  }\n": types.AccountSelectorDocument,
    "\n  fragment Navigation_user on User {\n    permissions\n    organization {\n      id\n      kind\n    }\n  }\n": types.Navigation_UserFragmentDoc,
    "\n  fragment UserMenu_user on User {\n    workAccount\n    displayName\n  }\n": types.UserMenu_UserFragmentDoc,
    "\n  query Shell {\n    me {\n      id\n      ...Navigation_user\n      ...UserMenu_user\n    }\n  }\n": types.ShellDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      accessToken\n      expiresIn\n      # Selected so the gateway moves it into the httpOnly cookie (it comes back as \"\").\n      refreshToken\n    }\n  }\n": types.SignInDocument,
    "\n  mutation AddUserFromPortal($input: AddUserInput!) {\n    addUser(input: $input) {\n      id\n      displayName\n      workAccount\n      email\n    }\n  }\n": types.AddUserFromPortalDocument,
    "\n  fragment AuditRow_entry on AuditEntry {\n    id\n    at\n    lastAt\n    count\n    actorWorkAccount\n    action\n    targetType\n    targetId\n    before\n    after\n  }\n": types.AuditRow_EntryFragmentDoc,
    "\n  query AuditLog($filter: AuditLogFilter, $first: Int) {\n    auditLog(filter: $filter, first: $first) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          ...AuditRow_entry\n        }\n      }\n    }\n  }\n": types.AuditLogDocument,
    "\n  query UserDetails($id: ID!) {\n    me {\n      id\n      roles\n      globalAdmin\n      grantableRoles\n    }\n    user(id: $id) {\n      id\n      displayName\n      workAccount\n      email\n      roles\n      globalAdmin\n      status\n      createdAt\n      manageable\n    }\n  }\n": types.UserDetailsDocument,
    "\n  mutation UpdateUserRolesFromPortal($input: UpdateUserRolesInput!) {\n    updateUserRoles(input: $input) {\n      id\n      roles\n      globalAdmin\n      manageable\n    }\n  }\n": types.UpdateUserRolesFromPortalDocument,
    "\n  mutation RevokeUserFromPortal($id: ID!) {\n    revokeUser(id: $id) {\n      id\n      status\n    }\n  }\n": types.RevokeUserFromPortalDocument,
    "\n  mutation RestoreUserFromPortal($id: ID!) {\n    restoreUser(id: $id) {\n      id\n      status\n    }\n  }\n": types.RestoreUserFromPortalDocument,
    "\n  fragment UserRow_user on User {\n    id\n    displayName\n    workAccount\n    email\n    roles\n    globalAdmin\n    status\n  }\n": types.UserRow_UserFragmentDoc,
    "\n  query ManageUsers($filter: UserFilter, $orderBy: UserOrder, $first: Int, $withDomains: Boolean!) {\n    me {\n      id\n      roles\n      globalAdmin\n      grantableRoles\n    }\n    domains @include(if: $withDomains) {\n      id\n      name\n      verified\n    }\n    users(filter: $filter, orderBy: $orderBy, first: $first) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          ...UserRow_user\n        }\n      }\n    }\n  }\n": types.ManageUsersDocument,
    "\n  query WebhookEndpoints {\n    webhookEventTypes {\n      type\n      description\n    }\n    webhookEndpoints {\n      id\n      url\n      description\n      eventTypes\n      enabled\n      disabledReason\n      previousSecretExpiresAt\n    }\n  }\n": types.WebhookEndpointsDocument,
    "\n  query WebhookDeliveries($id: ID!, $first: Int) {\n    webhookEndpoint(id: $id) {\n      id\n      deliveries(first: $first) {\n        totalCount\n        edges {\n          node {\n            id\n            eventType\n            status\n            attempts\n            lastError\n            nextAttemptAt\n            createdAt\n            attemptLog {\n              attemptedAt\n              statusCode\n              responseTimeMs\n              error\n            }\n          }\n        }\n      }\n    }\n  }\n": types.WebhookDeliveriesDocument,
    "\n  mutation CreateWebhookEndpoint($input: WebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      secret\n      endpoint {\n        id\n      }\n    }\n  }\n": types.CreateWebhookEndpointDocument,
    "\n  mutation UpdateWebhookEndpoint($id: ID!, $input: WebhookEndpointUpdateInput!) {\n    updateWebhookEndpoint(id: $id, input: $input) {\n      id\n      url\n      description\n      eventTypes\n      enabled\n      disabledReason\n    }\n  }\n": types.UpdateWebhookEndpointDocument,
    "\n  mutation RotateWebhookSecret($id: ID!) {\n    rotateWebhookSecret(id: $id) {\n      secret\n      endpoint {\n        id\n        previousSecretExpiresAt\n      }\n    }\n  }\n": types.RotateWebhookSecretDocument,
    "\n  mutation PingWebhookEndpoint($id: ID!) {\n    pingWebhookEndpoint(id: $id) {\n      id\n    }\n  }\n": types.PingWebhookEndpointDocument,
    "\n  mutation RedeliverWebhook($id: ID!) {\n    redeliverWebhook(deliveryId: $id) {\n      id\n      status\n    }\n  }\n": types.RedeliverWebhookDocument,
    "\n  mutation RedeliverWebhooksSince($id: ID!, $since: DateTime!) {\n    redeliverWebhooksSince(endpointId: $id, since: $since)\n  }\n": types.RedeliverWebhooksSinceDocument,
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
export function graphql(source: "\n  query SalesPackageForSigning($token: String!) {\n    salesPackageForSigning(token: $token) {\n      id\n      number\n      customerName\n      signerName\n      startDate\n      endDate\n      offers {\n        code\n        name\n        productPool\n      }\n    }\n  }\n"): (typeof documents)["\n  query SalesPackageForSigning($token: String!) {\n    salesPackageForSigning(token: $token) {\n      id\n      number\n      customerName\n      signerName\n      startDate\n      endDate\n      offers {\n        code\n        name\n        productPool\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignSalesPackageWithLink($token: String!, $signer: SignerInput!) {\n    signSalesPackageWithLink(token: $token, signer: $signer) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation SignSalesPackageWithLink($token: String!, $signer: SignerInput!) {\n    signSalesPackageWithLink(token: $token, signer: $signer) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclineSalesPackageWithLink($token: String!, $reason: String!) {\n    declineSalesPackageWithLink(token: $token, reason: $reason) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation DeclineSalesPackageWithLink($token: String!, $reason: String!) {\n    declineSalesPackageWithLink(token: $token, reason: $reason) {\n      id\n      status\n    }\n  }\n"];
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
export function graphql(source: "\n  query BenefitDetails(\n    $benefit: String!\n    $purchasingAccountId: ID\n    $users: Boolean!\n    $customerId: ID\n    $usersAfter: String\n  ) {\n    benefitDetails(benefit: $benefit, purchasingAccountId: $purchasingAccountId, customerId: $customerId) {\n      benefit {\n        code\n        name\n        usesEligibleDomains\n      }\n      administratorInstructions\n      participantInstructions {\n        language\n        text\n      }\n      accessCode\n      ...EligibleDomains_details\n    }\n    benefitUsers(benefit: $benefit, customerId: $customerId, first: 100, after: $usersAfter) @include(if: $users) {\n      edges {\n        node {\n          id\n          ...BenefitUsers_user\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query BenefitDetails(\n    $benefit: String!\n    $purchasingAccountId: ID\n    $users: Boolean!\n    $customerId: ID\n    $usersAfter: String\n  ) {\n    benefitDetails(benefit: $benefit, purchasingAccountId: $purchasingAccountId, customerId: $customerId) {\n      benefit {\n        code\n        name\n        usesEligibleDomains\n      }\n      administratorInstructions\n      participantInstructions {\n        language\n        text\n      }\n      accessCode\n      ...EligibleDomains_details\n    }\n    benefitUsers(benefit: $benefit, customerId: $customerId, first: 100, after: $usersAfter) @include(if: $users) {\n      edges {\n        node {\n          id\n          ...BenefitUsers_user\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation DeleteBenefitUser($id: ID!, $customerId: ID) {\n    deleteBenefitUser(id: $id, customerId: $customerId)\n  }\n"): (typeof documents)["\n  mutation DeleteBenefitUser($id: ID!, $customerId: ID) {\n    deleteBenefitUser(id: $id, customerId: $customerId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendBenefitInstructions($id: ID!, $customerId: ID) {\n    resendBenefitInstructions(id: $id, customerId: $customerId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ResendBenefitInstructions($id: ID!, $customerId: ID) {\n    resendBenefitInstructions(id: $id, customerId: $customerId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BenefitsTab($purchasingAccountId: ID, $manage: Boolean!, $accounts: Boolean!, $customerId: ID) {\n    benefitGroups(purchasingAccountId: $purchasingAccountId, customerId: $customerId) {\n      productGroup\n      benefits {\n        entitled\n        used\n        available\n        benefit {\n          code\n          name\n          unit\n          managesUsers\n          usesEligibleDomains\n        }\n      }\n    }\n    benefitPermissions @include(if: $manage) {\n      id\n      ...PartnerPermissions_permission\n    }\n    me @include(if: $manage) {\n      id\n      organization {\n        id\n        partnerOfRecord {\n          id\n          name\n        }\n      }\n    }\n    purchasingAccounts(customerId: $customerId, first: 100) @include(if: $accounts) {\n      edges {\n        node {\n          id\n          number\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query BenefitsTab($purchasingAccountId: ID, $manage: Boolean!, $accounts: Boolean!, $customerId: ID) {\n    benefitGroups(purchasingAccountId: $purchasingAccountId, customerId: $customerId) {\n      productGroup\n      benefits {\n        entitled\n        used\n        available\n        benefit {\n          code\n          name\n          unit\n          managesUsers\n          usesEligibleDomains\n        }\n      }\n    }\n    benefitPermissions @include(if: $manage) {\n      id\n      ...PartnerPermissions_permission\n    }\n    me @include(if: $manage) {\n      id\n      organization {\n        id\n        partnerOfRecord {\n          id\n          name\n        }\n      }\n    }\n    purchasingAccounts(customerId: $customerId, first: 100) @include(if: $accounts) {\n      edges {\n        node {\n          id\n          number\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EligibleDomains_details on BenefitDetails {\n    eligibleDomains {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment EligibleDomains_details on BenefitDetails {\n    eligibleDomains {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddEligibleDomain($benefit: String!, $name: String!, $customerId: ID) {\n    addEligibleDomain(benefit: $benefit, name: $name, customerId: $customerId) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation AddEligibleDomain($benefit: String!, $name: String!, $customerId: ID) {\n    addEligibleDomain(benefit: $benefit, name: $name, customerId: $customerId) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveEligibleDomain($id: ID!, $customerId: ID) {\n    removeEligibleDomain(id: $id, customerId: $customerId)\n  }\n"): (typeof documents)["\n  mutation RemoveEligibleDomain($id: ID!, $customerId: ID) {\n    removeEligibleDomain(id: $id, customerId: $customerId)\n  }\n"];
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
export function graphql(source: "\n  query TrainingVouchers($purchasingAccountId: ID!, $customerId: ID, $after: String) {\n    trainingVouchers(purchasingAccountId: $purchasingAccountId, customerId: $customerId, first: 100, after: $after) {\n      edges {\n        node {\n          id\n          employeeName\n          email\n          days\n          language\n          voucherCode\n          status\n          assignedAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    benefitDetails(benefit: \"TRAINING_VOUCHERS\", purchasingAccountId: $purchasingAccountId, customerId: $customerId) {\n      entitled\n      available\n    }\n  }\n"): (typeof documents)["\n  query TrainingVouchers($purchasingAccountId: ID!, $customerId: ID, $after: String) {\n    trainingVouchers(purchasingAccountId: $purchasingAccountId, customerId: $customerId, first: 100, after: $after) {\n      edges {\n        node {\n          id\n          employeeName\n          email\n          days\n          language\n          voucherCode\n          status\n          assignedAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    benefitDetails(benefit: \"TRAINING_VOUCHERS\", purchasingAccountId: $purchasingAccountId, customerId: $customerId) {\n      entitled\n      available\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation RevokeTrainingVoucher($id: ID!, $customerId: ID) {\n    revokeTrainingVoucher(id: $id, customerId: $customerId) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeTrainingVoucher($id: ID!, $customerId: ID) {\n    revokeTrainingVoucher(id: $id, customerId: $customerId) {\n      id\n      status\n    }\n  }\n"];
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
export function graphql(source: "\n  query ProductKeys($purchasingAccountId: ID!, $after: String) {\n    productKeys(purchasingAccountId: $purchasingAccountId, first: 100, after: $after) {\n      edges {\n        node {\n          productName\n          version\n          edition\n          keyType\n          productKey\n          activations\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProductKeys($purchasingAccountId: ID!, $after: String) {\n    productKeys(purchasingAccountId: $purchasingAccountId, first: 100, after: $after) {\n      edges {\n        node {\n          productName\n          version\n          edition\n          keyType\n          productKey\n          activations\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  query DeliveryLog($filter: DeliveryFilter, $first: Int) {\n    deliveryLog(filter: $filter, first: $first) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          channel\n          recipient\n          subject\n          eventType\n          status\n          attempts\n          lastError\n          createdAt\n          sentAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DeliveryLog($filter: DeliveryFilter, $first: Int) {\n    deliveryLog(filter: $filter, first: $first) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          channel\n          recipient\n          subject\n          eventType\n          status\n          attempts\n          lastError\n          createdAt\n          sentAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Mailbox($recipient: String!, $first: Int) {\n    mailbox(recipient: $recipient, first: $first) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          subject\n          text\n          sentAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Mailbox($recipient: String!, $first: Int) {\n    mailbox(recipient: $recipient, first: $first) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          subject\n          text\n          sentAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReadModelStatus {\n    readModelStatus {\n      generation\n      rebuiltAt\n      eventsApplied\n    }\n  }\n"): (typeof documents)["\n  query ReadModelStatus {\n    readModelStatus {\n      generation\n      rebuiltAt\n      eventsApplied\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RebuildReadModels {\n    rebuildReadModels {\n      generation\n      rebuiltAt\n      eventsApplied\n    }\n  }\n"): (typeof documents)["\n  mutation RebuildReadModels {\n    rebuildReadModels {\n      generation\n      rebuiltAt\n      eventsApplied\n    }\n  }\n"];
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
export function graphql(source: "\n  query PartnerBenefits {\n    myCustomers(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n    benefitPermissions {\n      id\n      customerOrganizationId\n      customerName\n      status\n      requestedAt\n    }\n  }\n"): (typeof documents)["\n  query PartnerBenefits {\n    myCustomers(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n    benefitPermissions {\n      id\n      customerOrganizationId\n      customerName\n      status\n      requestedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestBenefitPermission($customerId: ID!) {\n    requestBenefitPermission(customerId: $customerId) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RequestBenefitPermission($customerId: ID!) {\n    requestBenefitPermission(customerId: $customerId) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CustomerRow_organization on Organization {\n    id\n    name\n    status\n  }\n"): (typeof documents)["\n  fragment CustomerRow_organization on Organization {\n    id\n    name\n    status\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerCustomers($first: Int) {\n    myCustomers(first: $first) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          ...CustomerRow_organization\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartnerCustomers($first: Int) {\n    myCustomers(first: $first) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          ...CustomerRow_organization\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WelcomeInvitation_invitation on Invitation {\n    id\n    recipientEmail\n    expiresAt\n    status\n  }\n"): (typeof documents)["\n  fragment WelcomeInvitation_invitation on Invitation {\n    id\n    recipientEmail\n    expiresAt\n    status\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerCustomer($id: ID!) {\n    domainAdministratorInvitation(organizationId: $id) {\n      id\n      organization {\n        id\n        name\n        status\n      }\n      ...WelcomeInvitation_invitation\n    }\n    purchasingAccounts(customerId: $id, first: 100) {\n      edges {\n        node {\n          id\n          number\n          name\n          location\n          agreements {\n            id\n            number\n            status\n            signingMethod\n            startDate\n            endDate\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartnerCustomer($id: ID!) {\n    domainAdministratorInvitation(organizationId: $id) {\n      id\n      organization {\n        id\n        name\n        status\n      }\n      ...WelcomeInvitation_invitation\n    }\n    purchasingAccounts(customerId: $id, first: 100) {\n      edges {\n        node {\n          id\n          number\n          name\n          location\n          agreements {\n            id\n            number\n            status\n            signingMethod\n            startDate\n            endDate\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendWelcomeInvitation($organizationId: ID!) {\n    resendDomainAdministratorInvitation(organizationId: $organizationId) {\n      id\n      ...WelcomeInvitation_invitation\n    }\n  }\n"): (typeof documents)["\n  mutation ResendWelcomeInvitation($organizationId: ID!) {\n    resendDomainAdministratorInvitation(organizationId: $organizationId) {\n      id\n      ...WelcomeInvitation_invitation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeDomainAdministrator($organizationId: ID!, $email: String!) {\n    changeDomainAdministrator(organizationId: $organizationId, email: $email) {\n      id\n      ...WelcomeInvitation_invitation\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeDomainAdministrator($organizationId: ID!, $email: String!) {\n    changeDomainAdministrator(organizationId: $organizationId, email: $email) {\n      id\n      ...WelcomeInvitation_invitation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PartnerOrderRow_order on Order {\n    id\n    number\n    type\n    status\n    purchaseOrderNumber\n    orderedAt\n    agreementNumber\n    purchasingAccount {\n      id\n      name\n      number\n    }\n    total {\n      amount\n      currency\n    }\n  }\n"): (typeof documents)["\n  fragment PartnerOrderRow_order on Order {\n    id\n    number\n    type\n    status\n    purchaseOrderNumber\n    orderedAt\n    agreementNumber\n    purchasingAccount {\n      id\n      name\n      number\n    }\n    total {\n      amount\n      currency\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerOrders($first: Int) {\n    orders(first: $first) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          ...PartnerOrderRow_order\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartnerOrders($first: Int) {\n    orders(first: $first) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          ...PartnerOrderRow_order\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlaceOrderForm {\n    myCustomers(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n    catalogProducts(first: 100) {\n      edges {\n        node {\n          id\n          name\n          kind\n          versions {\n            version\n            editions {\n              displayName\n              sku\n            }\n          }\n          plans {\n            displayName\n            sku\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PlaceOrderForm {\n    myCustomers(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n    catalogProducts(first: 100) {\n      edges {\n        node {\n          id\n          name\n          kind\n          versions {\n            version\n            editions {\n              displayName\n              sku\n            }\n          }\n          plans {\n            displayName\n            sku\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlaceOrderAccounts($customerId: ID!) {\n    purchasingAccounts(customerId: $customerId, first: 100) {\n      edges {\n        node {\n          id\n          number\n          name\n          agreements {\n            id\n            number\n            status\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PlaceOrderAccounts($customerId: ID!) {\n    purchasingAccounts(customerId: $customerId, first: 100) {\n      edges {\n        node {\n          id\n          number\n          name\n          agreements {\n            id\n            number\n            status\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlaceOrder($input: PlaceOrderInput!, $idempotencyKey: String) {\n    placeOrder(input: $input, idempotencyKey: $idempotencyKey) {\n      id\n      number\n      total {\n        amount\n        currency\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PlaceOrder($input: PlaceOrderInput!, $idempotencyKey: String) {\n    placeOrder(input: $input, idempotencyKey: $idempotencyKey) {\n      id\n      number\n      total {\n        amount\n        currency\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PartnerPackageRow_agreement on Agreement {\n    id\n    number\n    customerName\n    status\n    signingMethod\n    startDate\n    purchasingAccount {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment PartnerPackageRow_agreement on Agreement {\n    id\n    number\n    customerName\n    status\n    signingMethod\n    startDate\n    purchasingAccount {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerSalesPackages($filter: AgreementFilter, $first: Int) {\n    agreements(filter: $filter, first: $first) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          ...PartnerPackageRow_agreement\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartnerSalesPackages($filter: AgreementFilter, $first: Int) {\n    agreements(filter: $filter, first: $first) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          ...PartnerPackageRow_agreement\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerSalesPackage($id: ID!) {\n    agreement(id: $id) {\n      id\n      number\n      organizationId\n      customerName\n      status\n      signingMethod\n      signerName\n      signerEmail\n      startDate\n      endDate\n      anniversaryMonth\n      declineReason\n      offers {\n        code\n        name\n        productPool\n        priceLevel\n      }\n      purchasingAccount {\n        id\n        number\n        name\n      }\n      signature {\n        method\n        signerName\n        signerTitle\n        signedAt\n      }\n      statusHistory {\n        status\n        at\n        byWorkAccount\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartnerSalesPackage($id: ID!) {\n    agreement(id: $id) {\n      id\n      number\n      organizationId\n      customerName\n      status\n      signingMethod\n      signerName\n      signerEmail\n      startDate\n      endDate\n      anniversaryMonth\n      declineReason\n      offers {\n        code\n        name\n        productPool\n        priceLevel\n      }\n      purchasingAccount {\n        id\n        number\n        name\n      }\n      signature {\n        method\n        signerName\n        signerTitle\n        signedAt\n      }\n      statusHistory {\n        status\n        at\n        byWorkAccount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DraftSalesPackageForm {\n    myCustomers(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n    catalogProducts(first: 100) {\n      edges {\n        node {\n          id\n          name\n          family\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DraftSalesPackageForm {\n    myCustomers(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n    catalogProducts(first: 100) {\n      edges {\n        node {\n          id\n          name\n          family\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerCustomerAccounts($customerId: ID!) {\n    purchasingAccounts(customerId: $customerId, first: 100) {\n      edges {\n        node {\n          id\n          number\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartnerCustomerAccounts($customerId: ID!) {\n    purchasingAccounts(customerId: $customerId, first: 100) {\n      edges {\n        node {\n          id\n          number\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DraftSalesPackage($input: DraftSalesPackageInput!, $idempotencyKey: String) {\n    draftSalesPackage(input: $input, idempotencyKey: $idempotencyKey) {\n      id\n      number\n    }\n  }\n"): (typeof documents)["\n  mutation DraftSalesPackage($input: DraftSalesPackageInput!, $idempotencyKey: String) {\n    draftSalesPackage(input: $input, idempotencyKey: $idempotencyKey) {\n      id\n      number\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendSalesPackage($id: ID!, $idempotencyKey: String) {\n    sendSalesPackage(id: $id, idempotencyKey: $idempotencyKey) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation SendSalesPackage($id: ID!, $idempotencyKey: String) {\n    sendSalesPackage(id: $id, idempotencyKey: $idempotencyKey) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordPaperSignature($id: ID!, $signer: PaperSignerInput!, $idempotencyKey: String) {\n    recordPaperSignature(id: $id, signer: $signer, idempotencyKey: $idempotencyKey) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RecordPaperSignature($id: ID!, $signer: PaperSignerInput!, $idempotencyKey: String) {\n    recordPaperSignature(id: $id, signer: $signer, idempotencyKey: $idempotencyKey) {\n      id\n      status\n    }\n  }\n"];
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
export function graphql(source: "\n  query CustomReports {\n    customReports {\n      id\n      name\n      description\n      createdAt\n      report {\n        id\n        name\n      }\n      ...SelectColumns_customReport\n    }\n  }\n"): (typeof documents)["\n  query CustomReports {\n    customReports {\n      id\n      name\n      description\n      createdAt\n      report {\n        id\n        name\n      }\n      ...SelectColumns_customReport\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RunCustomReport($id: ID!) {\n    runCustomReport(id: $id) {\n      ...ReportResult_result\n    }\n  }\n"): (typeof documents)["\n  query RunCustomReport($id: ID!) {\n    runCustomReport(id: $id) {\n      ...ReportResult_result\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExportCustomReport($input: ExportReportInput!) {\n    exportReport(input: $input) {\n      url\n      fileName\n      rowCount\n      truncated\n    }\n  }\n"): (typeof documents)["\n  mutation ExportCustomReport($input: ExportReportInput!) {\n    exportReport(input: $input) {\n      url\n      fileName\n      rowCount\n      truncated\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveCustomReport($id: ID!) {\n    deleteCustomReport(id: $id)\n  }\n"): (typeof documents)["\n  mutation RemoveCustomReport($id: ID!) {\n    deleteCustomReport(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReportResult_result on ReportResult {\n    columns {\n      key\n      label\n      type\n    }\n    rows {\n      values\n    }\n    rowCount\n    truncated\n  }\n"): (typeof documents)["\n  fragment ReportResult_result on ReportResult {\n    columns {\n      key\n      label\n      type\n    }\n    rows {\n      values\n    }\n    rowCount\n    truncated\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportCategories {\n    reportCategories {\n      category\n      reports {\n        id\n        name\n        description\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReportCategories {\n    reportCategories {\n      category\n      reports {\n        id\n        name\n        description\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SelectColumns_customReport on CustomReport {\n    id\n    name\n    columns {\n      key\n    }\n    report {\n      id\n      columns {\n        key\n        label\n        required\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment SelectColumns_customReport on CustomReport {\n    id\n    name\n    columns {\n      key\n    }\n    report {\n      id\n      columns {\n        key\n        label\n        required\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SelectCustomReportColumns($id: ID!, $columns: [String!]!) {\n    selectCustomReportColumns(id: $id, columns: $columns) {\n      id\n      ...SelectColumns_customReport\n    }\n  }\n"): (typeof documents)["\n  mutation SelectCustomReportColumns($id: ID!, $columns: [String!]!) {\n    selectCustomReportColumns(id: $id, columns: $columns) {\n      id\n      ...SelectColumns_customReport\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StandardReportPage($id: StandardReportId!) {\n    standardReport(id: $id) {\n      id\n      name\n      description\n      filters {\n        key\n        label\n        type\n        more\n        options\n      }\n    }\n  }\n"): (typeof documents)["\n  query StandardReportPage($id: StandardReportId!) {\n    standardReport(id: $id) {\n      id\n      name\n      description\n      filters {\n        key\n        label\n        type\n        more\n        options\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RunReport($input: RunReportInput!) {\n    runReport(input: $input) {\n      ...ReportResult_result\n    }\n  }\n"): (typeof documents)["\n  query RunReport($input: RunReportInput!) {\n    runReport(input: $input) {\n      ...ReportResult_result\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveReportQuery($input: SaveCustomReportInput!) {\n    saveCustomReport(input: $input) {\n      id\n      name\n      ...SelectColumns_customReport\n    }\n  }\n"): (typeof documents)["\n  mutation SaveReportQuery($input: SaveCustomReportInput!) {\n    saveCustomReport(input: $input) {\n      id\n      name\n      ...SelectColumns_customReport\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PasswordSetup($token: String!) {\n    passwordSetup(token: $token) {\n      workAccount\n      firstName\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  query PasswordSetup($token: String!) {\n    passwordSetup(token: $token) {\n      workAccount\n      firstName\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPasswordFromLink($input: SetPasswordFromLinkInput!) {\n    setPasswordFromLink(input: $input) {\n      accessToken\n      expiresIn\n      # Selected so the gateway moves it into the httpOnly cookie (it comes back as \"\"), as for Sign in.\n      refreshToken\n    }\n  }\n"): (typeof documents)["\n  mutation SetPasswordFromLink($input: SetPasswordFromLinkInput!) {\n    setPasswordFromLink(input: $input) {\n      accessToken\n      expiresIn\n      # Selected so the gateway moves it into the httpOnly cookie (it comes back as \"\"), as for Sign in.\n      refreshToken\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment AuditRow_entry on AuditEntry {\n    id\n    at\n    lastAt\n    count\n    actorWorkAccount\n    action\n    targetType\n    targetId\n    before\n    after\n  }\n"): (typeof documents)["\n  fragment AuditRow_entry on AuditEntry {\n    id\n    at\n    lastAt\n    count\n    actorWorkAccount\n    action\n    targetType\n    targetId\n    before\n    after\n  }\n"];
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
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhookEndpoints {\n    webhookEventTypes {\n      type\n      description\n    }\n    webhookEndpoints {\n      id\n      url\n      description\n      eventTypes\n      enabled\n      disabledReason\n      previousSecretExpiresAt\n    }\n  }\n"): (typeof documents)["\n  query WebhookEndpoints {\n    webhookEventTypes {\n      type\n      description\n    }\n    webhookEndpoints {\n      id\n      url\n      description\n      eventTypes\n      enabled\n      disabledReason\n      previousSecretExpiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhookDeliveries($id: ID!, $first: Int) {\n    webhookEndpoint(id: $id) {\n      id\n      deliveries(first: $first) {\n        totalCount\n        edges {\n          node {\n            id\n            eventType\n            status\n            attempts\n            lastError\n            nextAttemptAt\n            createdAt\n            attemptLog {\n              attemptedAt\n              statusCode\n              responseTimeMs\n              error\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WebhookDeliveries($id: ID!, $first: Int) {\n    webhookEndpoint(id: $id) {\n      id\n      deliveries(first: $first) {\n        totalCount\n        edges {\n          node {\n            id\n            eventType\n            status\n            attempts\n            lastError\n            nextAttemptAt\n            createdAt\n            attemptLog {\n              attemptedAt\n              statusCode\n              responseTimeMs\n              error\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateWebhookEndpoint($input: WebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      secret\n      endpoint {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateWebhookEndpoint($input: WebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      secret\n      endpoint {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateWebhookEndpoint($id: ID!, $input: WebhookEndpointUpdateInput!) {\n    updateWebhookEndpoint(id: $id, input: $input) {\n      id\n      url\n      description\n      eventTypes\n      enabled\n      disabledReason\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateWebhookEndpoint($id: ID!, $input: WebhookEndpointUpdateInput!) {\n    updateWebhookEndpoint(id: $id, input: $input) {\n      id\n      url\n      description\n      eventTypes\n      enabled\n      disabledReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RotateWebhookSecret($id: ID!) {\n    rotateWebhookSecret(id: $id) {\n      secret\n      endpoint {\n        id\n        previousSecretExpiresAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RotateWebhookSecret($id: ID!) {\n    rotateWebhookSecret(id: $id) {\n      secret\n      endpoint {\n        id\n        previousSecretExpiresAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PingWebhookEndpoint($id: ID!) {\n    pingWebhookEndpoint(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation PingWebhookEndpoint($id: ID!) {\n    pingWebhookEndpoint(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RedeliverWebhook($id: ID!) {\n    redeliverWebhook(deliveryId: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RedeliverWebhook($id: ID!) {\n    redeliverWebhook(deliveryId: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RedeliverWebhooksSince($id: ID!, $since: DateTime!) {\n    redeliverWebhooksSince(endpointId: $id, since: $since)\n  }\n"): (typeof documents)["\n  mutation RedeliverWebhooksSince($id: ID!, $since: DateTime!) {\n    redeliverWebhooksSince(endpointId: $id, since: $since)\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;