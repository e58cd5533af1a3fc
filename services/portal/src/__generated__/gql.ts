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
    "\n  fragment BenefitsSummary_group on BenefitGroup {\n    productGroup\n    benefits {\n      entitled\n      used\n      available\n      benefit {\n        code\n        name\n        unit\n      }\n    }\n  }\n": typeof types.BenefitsSummary_GroupFragmentDoc,
    "\n  query Dashboard($purchasingAccountId: ID, $licenses: Boolean!) {\n    inventoryDashboard(purchasingAccountId: $purchasingAccountId, top: 5) @include(if: $licenses) {\n      ...InventorySummary_dashboard\n    }\n    benefitGroups(purchasingAccountId: $purchasingAccountId) @include(if: $licenses) {\n      ...BenefitsSummary_group\n    }\n  }\n": typeof types.DashboardDocument,
    "\n  fragment InventorySummary_dashboard on InventoryDashboard {\n    licenseCount\n    subscriptionCount\n    expiringSoonCount\n    criticalCount\n    products {\n      productId\n      productName\n      family\n      totalQuantity\n      nextExpiration\n      expiryStatus\n    }\n  }\n": typeof types.InventorySummary_DashboardFragmentDoc,
    "\n  fragment ProfileDetails_user on User {\n    displayName\n    workAccount\n    email\n    roles\n    globalAdmin\n    permissions\n    organization {\n      id\n      name\n    }\n  }\n": typeof types.ProfileDetails_UserFragmentDoc,
    "\n  query Profile {\n    me {\n      id\n      ...ProfileDetails_user\n    }\n  }\n": typeof types.ProfileDocument,
    "\n  query AccountSelector {\n    purchasingAccounts(first: 100) {\n      edges {\n        node {\n          id\n          number\n          name\n        }\n      }\n    }\n  }\n": typeof types.AccountSelectorDocument,
    "\n  fragment Navigation_user on User {\n    permissions\n    organization {\n      id\n      kind\n    }\n  }\n": typeof types.Navigation_UserFragmentDoc,
    "\n  fragment UserMenu_user on User {\n    workAccount\n    displayName\n  }\n": typeof types.UserMenu_UserFragmentDoc,
    "\n  query Shell {\n    me {\n      id\n      ...Navigation_user\n      ...UserMenu_user\n    }\n  }\n": typeof types.ShellDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      accessToken\n      expiresIn\n      # Selected so the gateway moves it into the httpOnly cookie (it comes back as \"\").\n      refreshToken\n    }\n  }\n": typeof types.SignInDocument,
};
const documents: Documents = {
    "\n  fragment BenefitsSummary_group on BenefitGroup {\n    productGroup\n    benefits {\n      entitled\n      used\n      available\n      benefit {\n        code\n        name\n        unit\n      }\n    }\n  }\n": types.BenefitsSummary_GroupFragmentDoc,
    "\n  query Dashboard($purchasingAccountId: ID, $licenses: Boolean!) {\n    inventoryDashboard(purchasingAccountId: $purchasingAccountId, top: 5) @include(if: $licenses) {\n      ...InventorySummary_dashboard\n    }\n    benefitGroups(purchasingAccountId: $purchasingAccountId) @include(if: $licenses) {\n      ...BenefitsSummary_group\n    }\n  }\n": types.DashboardDocument,
    "\n  fragment InventorySummary_dashboard on InventoryDashboard {\n    licenseCount\n    subscriptionCount\n    expiringSoonCount\n    criticalCount\n    products {\n      productId\n      productName\n      family\n      totalQuantity\n      nextExpiration\n      expiryStatus\n    }\n  }\n": types.InventorySummary_DashboardFragmentDoc,
    "\n  fragment ProfileDetails_user on User {\n    displayName\n    workAccount\n    email\n    roles\n    globalAdmin\n    permissions\n    organization {\n      id\n      name\n    }\n  }\n": types.ProfileDetails_UserFragmentDoc,
    "\n  query Profile {\n    me {\n      id\n      ...ProfileDetails_user\n    }\n  }\n": types.ProfileDocument,
    "\n  query AccountSelector {\n    purchasingAccounts(first: 100) {\n      edges {\n        node {\n          id\n          number\n          name\n        }\n      }\n    }\n  }\n": types.AccountSelectorDocument,
    "\n  fragment Navigation_user on User {\n    permissions\n    organization {\n      id\n      kind\n    }\n  }\n": types.Navigation_UserFragmentDoc,
    "\n  fragment UserMenu_user on User {\n    workAccount\n    displayName\n  }\n": types.UserMenu_UserFragmentDoc,
    "\n  query Shell {\n    me {\n      id\n      ...Navigation_user\n      ...UserMenu_user\n    }\n  }\n": types.ShellDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      accessToken\n      expiresIn\n      # Selected so the gateway moves it into the httpOnly cookie (it comes back as \"\").\n      refreshToken\n    }\n  }\n": types.SignInDocument,
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

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;