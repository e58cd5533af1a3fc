/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type BenefitUnit =
  | 'DOWNLOADS'
  | 'INCIDENTS'
  | 'LICENSES'
  | 'NOT_MEASURED'
  | 'PARTICIPANTS'
  | 'PLANNING_DAYS'
  | 'TRAINING_DAYS';

/**
 * INV-3: whole UTC days from today to the expiry date D. An item is valid through the whole of D
 * (it "expires today" on D) and expired from D+1.
 */
export type ExpiryStatus =
  /** More than 90 days left. */
  | 'ACTIVE'
  /** 0 to 30 days left: the expiry day D itself is CRITICAL, not EXPIRED. */
  | 'CRITICAL'
  /** From the day after the expiry date (D+1). */
  | 'EXPIRED'
  /** 31 to 90 days left. */
  | 'EXPIRING_SOON';

export type OrganizationKind =
  | 'CUSTOMER'
  | 'OPERATOR'
  | 'PARTNER';

export type Permission =
  | 'CREATE_USERS'
  | 'DOWNLOAD_SOFTWARE'
  | 'EDIT_ACTIVE_AGREEMENTS'
  | 'MANAGE_BENEFITS'
  | 'MANAGE_DOMAINS'
  | 'MANAGE_ORGANIZATION'
  | 'MANAGE_USERS'
  | 'SELF_PROVISION'
  | 'SIGN_AGREEMENTS'
  | 'VIEW_AGREEMENTS'
  | 'VIEW_AUDIT_LOG'
  | 'VIEW_DELIVERY_LOG'
  | 'VIEW_LICENSES'
  | 'VIEW_ORDERS'
  | 'VIEW_PRODUCT_KEYS'
  | 'VIEW_REPORTS';

export type Role =
  | 'ACCOUNT_ADMINISTRATOR'
  | 'ACCOUNT_MANAGER'
  | 'ACCOUNT_VIEWER'
  | 'AGREEMENT_ADMINISTRATOR'
  | 'REPORT_VIEWER'
  | 'USER_ADMINISTRATOR';

export type SignInInput = {
  /** Required when the current password is temporary. */
  newPassword?: string | null | undefined;
  password: string;
  workAccount: string;
};

export type BenefitsSummary_GroupFragment = { productGroup: string, benefits: Array<{ entitled: number | null, used: number, available: number | null, benefit: { code: string, name: string, unit: BenefitUnit } }> } & { ' $fragmentName'?: 'BenefitsSummary_GroupFragment' };

export type DashboardQueryVariables = Exact<{
  purchasingAccountId?: string | number | null | undefined;
  licenses: boolean;
}>;


export type DashboardQuery = { inventoryDashboard?: { ' $fragmentRefs'?: { 'InventorySummary_DashboardFragment': InventorySummary_DashboardFragment } }, benefitGroups?: Array<{ ' $fragmentRefs'?: { 'BenefitsSummary_GroupFragment': BenefitsSummary_GroupFragment } }> };

export type InventorySummary_DashboardFragment = { licenseCount: number, subscriptionCount: number, expiringSoonCount: number, criticalCount: number, products: Array<{ productId: string, productName: string, family: string, totalQuantity: number, nextExpiration: string | null, expiryStatus: ExpiryStatus }> } & { ' $fragmentName'?: 'InventorySummary_DashboardFragment' };

export type ProfileDetails_UserFragment = { displayName: string, workAccount: string, email: string, roles: Array<Role>, globalAdmin: boolean, permissions: Array<Permission>, organization: { id: string, name: string } } & { ' $fragmentName'?: 'ProfileDetails_UserFragment' };

export type ProfileQueryVariables = Exact<{ [key: string]: never; }>;


export type ProfileQuery = { me: (
    { id: string }
    & { ' $fragmentRefs'?: { 'ProfileDetails_UserFragment': ProfileDetails_UserFragment } }
  ) };

export type AccountSelectorQueryVariables = Exact<{ [key: string]: never; }>;


export type AccountSelectorQuery = { purchasingAccounts: { edges: Array<{ node: { id: string, number: string, name: string } }> } };

export type Navigation_UserFragment = { permissions: Array<Permission>, organization: { id: string, kind: OrganizationKind } } & { ' $fragmentName'?: 'Navigation_UserFragment' };

export type UserMenu_UserFragment = { workAccount: string, displayName: string } & { ' $fragmentName'?: 'UserMenu_UserFragment' };

export type ShellQueryVariables = Exact<{ [key: string]: never; }>;


export type ShellQuery = { me: (
    { id: string }
    & { ' $fragmentRefs'?: { 'Navigation_UserFragment': Navigation_UserFragment;'UserMenu_UserFragment': UserMenu_UserFragment } }
  ) };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { signOut: boolean };

export type SignInMutationVariables = Exact<{
  input: SignInInput;
}>;


export type SignInMutation = { signIn: { accessToken: string, expiresIn: number, refreshToken: string } };

export const BenefitsSummary_GroupFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BenefitsSummary_group"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BenefitGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productGroup"}},{"kind":"Field","name":{"kind":"Name","value":"benefits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entitled"}},{"kind":"Field","name":{"kind":"Name","value":"used"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"benefit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}}]}}]}}]} as unknown as DocumentNode<BenefitsSummary_GroupFragment, unknown>;
export const InventorySummary_DashboardFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InventorySummary_dashboard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InventoryDashboard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"licenseCount"}},{"kind":"Field","name":{"kind":"Name","value":"subscriptionCount"}},{"kind":"Field","name":{"kind":"Name","value":"expiringSoonCount"}},{"kind":"Field","name":{"kind":"Name","value":"criticalCount"}},{"kind":"Field","name":{"kind":"Name","value":"products"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productId"}},{"kind":"Field","name":{"kind":"Name","value":"productName"}},{"kind":"Field","name":{"kind":"Name","value":"family"}},{"kind":"Field","name":{"kind":"Name","value":"totalQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"nextExpiration"}},{"kind":"Field","name":{"kind":"Name","value":"expiryStatus"}}]}}]}}]} as unknown as DocumentNode<InventorySummary_DashboardFragment, unknown>;
export const ProfileDetails_UserFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfileDetails_user"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"workAccount"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"globalAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ProfileDetails_UserFragment, unknown>;
export const Navigation_UserFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Navigation_user"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<Navigation_UserFragment, unknown>;
export const UserMenu_UserFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserMenu_user"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workAccount"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]} as unknown as DocumentNode<UserMenu_UserFragment, unknown>;
export const DashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Dashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"purchasingAccountId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"licenses"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inventoryDashboard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"purchasingAccountId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"purchasingAccountId"}}},{"kind":"Argument","name":{"kind":"Name","value":"top"},"value":{"kind":"IntValue","value":"5"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"licenses"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InventorySummary_dashboard"}}]}},{"kind":"Field","name":{"kind":"Name","value":"benefitGroups"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"purchasingAccountId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"purchasingAccountId"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"licenses"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BenefitsSummary_group"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InventorySummary_dashboard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InventoryDashboard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"licenseCount"}},{"kind":"Field","name":{"kind":"Name","value":"subscriptionCount"}},{"kind":"Field","name":{"kind":"Name","value":"expiringSoonCount"}},{"kind":"Field","name":{"kind":"Name","value":"criticalCount"}},{"kind":"Field","name":{"kind":"Name","value":"products"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productId"}},{"kind":"Field","name":{"kind":"Name","value":"productName"}},{"kind":"Field","name":{"kind":"Name","value":"family"}},{"kind":"Field","name":{"kind":"Name","value":"totalQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"nextExpiration"}},{"kind":"Field","name":{"kind":"Name","value":"expiryStatus"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BenefitsSummary_group"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BenefitGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productGroup"}},{"kind":"Field","name":{"kind":"Name","value":"benefits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entitled"}},{"kind":"Field","name":{"kind":"Name","value":"used"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"benefit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}}]}}]}}]} as unknown as DocumentNode<DashboardQuery, DashboardQueryVariables>;
export const ProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfileDetails_user"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfileDetails_user"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"workAccount"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"globalAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ProfileQuery, ProfileQueryVariables>;
export const AccountSelectorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccountSelector"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purchasingAccounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AccountSelectorQuery, AccountSelectorQueryVariables>;
export const ShellDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Shell"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Navigation_user"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserMenu_user"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Navigation_user"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserMenu_user"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workAccount"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]} as unknown as DocumentNode<ShellQuery, ShellQueryVariables>;
export const SignOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOut"}}]}}]} as unknown as DocumentNode<SignOutMutation, SignOutMutationVariables>;
export const SignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresIn"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}}]}}]}}]} as unknown as DocumentNode<SignInMutation, SignInMutationVariables>;