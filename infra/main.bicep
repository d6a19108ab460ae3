// CampaignBridge on Azure: a Flex Consumption Function App (.NET 10 isolated) that reads the Genesys Cloud and
// Salesforce OAuth client credentials from Key Vault and keeps its outboxes in Azure Storage, everything through one
// user-assigned managed identity. `azd up` provisions this file (azure.yaml, main.bicepparam) and deploys
// src/CampaignBridge.Functions. Every app setting of ARCHITECTURE.md's configuration table is set here; secrets
// are not: the client ids and secrets go into the vault with `az keyvault secret set` (docs/deploy.md).
targetScope = 'subscription'

import { followedCampaign, outcomeRule, callResultsAppSettings } from 'settings/callResults.bicep'

@description('azd environment name; part of every resource name (e.g. dev, prod).')
@minLength(1)
@maxLength(64)
param environmentName string

@description('Azure region of every resource (must offer Flex Consumption).')
@minLength(1)
param location string

@description('Resource group name; empty = rg-<environmentName>.')
param resourceGroupName string = ''

@description('Genesys Cloud region: the domain (mypurecloud.com, mypurecloud.ie, usw2.pure.cloud, ...) or the AWS-style name (us-east-1, eu-west-1, ...). Genesys__Region.')
@minLength(1)
param genesysRegion string

@description('Comma-separated Salesforce organization ids (15 or 18 characters) accepted by the Outbound Message receiver; empty = the receiver refuses everything. Salesforce__AllowedOrganizationIds.')
param salesforceAllowedOrganizationIds string = ''

@description('Name of the Key Vault secret holding the Genesys OAuth client id. KeyVault__ClientIdSecretName.')
@minLength(1)
@maxLength(127)
param keyVaultClientIdSecretName string = 'genesys-client-id'

@description('Name of the Key Vault secret holding the Genesys OAuth client secret. KeyVault__ClientSecretSecretName.')
@minLength(1)
@maxLength(127)
param keyVaultClientSecretSecretName string = 'genesys-client-secret'

@description('ISO 3166 country used for phone numbers without a leading +. Phone__DefaultRegion.')
@minLength(2)
@maxLength(2)
param phoneDefaultRegion string = 'US'

@description('NCRONTAB schedule (6 fields) of FlushContactOutbox. ContactSync__Schedule.')
param contactSyncSchedule string = '*/30 * * * * *'

@description('NCRONTAB schedule (6 fields) of ProbeGenesysConnection. Diagnostics__Schedule.')
param diagnosticsSchedule string = '0 */5 * * * *'

@description('Genesys campaign id the diagnostics permission checks read; empty = the first campaign. Diagnostics__CampaignId.')
param diagnosticsCampaignId string = ''

@description('Internal DNC list id the diagnostics check reads; empty = that check is skipped. Diagnostics__DncListId.')
param diagnosticsDncListId string = ''

@description('Outbound Message mappings as flat app settings, e.g. {"Salesforce__OutboundMessages__leads__ContactListId": "<guid>"}. Keys outside Salesforce__OutboundMessages__ are ignored.')
param outboundMessageSettings object = {}

@description('The Salesforce org the way back writes call results to: its My Domain URL (https://<name>.my.salesforce.com, Setup > My Domain). Empty = the way back is off. Salesforce__InstanceUrl.')
param salesforceInstanceUrl string = ''

@description('Salesforce REST API version, e.g. 65.0; empty = the app\'s default. Salesforce__ApiVersion.')
param salesforceApiVersion string = ''

@description('Name of the Key Vault secret holding the Salesforce External Client App\'s consumer key. KeyVault__SalesforceClientIdSecretName.')
@minLength(1)
@maxLength(127)
param keyVaultSalesforceClientIdSecretName string = 'salesforce-client-id'

@description('Name of the Key Vault secret holding the Salesforce External Client App\'s consumer secret. KeyVault__SalesforceClientSecretSecretName.')
@minLength(1)
@maxLength(127)
param keyVaultSalesforceClientSecretSecretName string = 'salesforce-client-secret'

@description('NCRONTAB schedule (6 fields) of SyncCallResults. The function does not index without it, so it is set even when the way back is off. CallResults__Schedule.')
@minLength(1)
param callResultsSchedule string = '0 */1 * * * *'

@description('Genesys campaigns whose call results are logged in Salesforce, e.g. [{"genesysCampaignId": "<guid>", "salesforceCampaignId": "701..."}]. CallResults__Campaigns__<n>__*.')
param callResultsCampaigns followedCampaign[] = []

@description('What results mean in Salesforce beyond the logged call, e.g. [{"result": "Do not call", "doNotCall": true, "campaignMemberStatus": "Do not call"}]. CallResults__Outcomes__<n>__*.')
param callResultsOutcomes outcomeRule[] = []

@description('Internal Genesys DNC list that numbers of do-not-call outcomes are added to; empty = do-not-call is set in Salesforce only. CallResults__DncListId.')
param callResultsDncListId string = ''

@description('Further CallResults__* app settings (TaskStatus, TaskPriority, SubjectPrefix, LookBack, ...), e.g. {"CallResults__TaskStatus": "Completed"}. Keys outside CallResults__, and the campaign and outcome lists (set them with the parameters above), are ignored.')
param callResultsTuning object = {}

@description('Object id of the user or pipeline running the deployment (azd sets AZURE_PRINCIPAL_ID); it gets Key Vault Secrets Officer to set the Genesys and Salesforce secrets. Empty = none.')
param principalId string = ''

@description('Principal type of principalId.')
@allowed([
  'User'
  'ServicePrincipal'
  'Group'
])
param principalType string = 'User'

@description('Memory per Function App instance in MB.')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int = 2048

@description('Upper bound on Function App instances.')
@minValue(40)
@maxValue(1000)
param maximumInstanceCount int = 100

// Storage names are a contract with the app (ARCHITECTURE.md, "Queued contact sync" and "The way back"; the
// defaults of ContactOutboxOptions and CallResultsOptions). The app also creates them if missing; creating them
// here makes them visible at once. Table names are letters and digits only.
var queueNames = [
  'contact-sync'
  'contact-sync-poison'
  'call-results'
  'call-results-poison'
]
var tableNames = [
  'ContactSyncOperations'
  'OutboundNotifications'
  'ContactSyncState'
  'CallResultOperations'
  'CallResultState'
  'CallResultConversations'
]
var containerNames = [
  'contact-sync-payloads'
  'call-results-payloads'
]

var tags = {
  'azd-env-name': environmentName
  application: 'campaignbridge'
}
var resourceToken = toLower(uniqueString(subscription().id, environmentName, location))
var functionAppName = 'func-campaignbridge-${resourceToken}'
var deploymentContainerName = 'app-package-${take(resourceToken, 7)}'
var identityName = 'id-campaignbridge-${resourceToken}'
var storageAccountName = 'st${resourceToken}'
var keyVaultName = 'kv-${resourceToken}'
var applicationInsightsName = 'appi-campaignbridge-${resourceToken}'

var mappingSettings = toObject(
  filter(items(outboundMessageSettings), setting => startsWith(setting.key, 'Salesforce__OutboundMessages__')),
  setting => setting.key,
  setting => string(setting.value)
)

resource resourceGroup 'Microsoft.Resources/resourceGroups@2024-03-01' = {
  name: empty(resourceGroupName) ? 'rg-${environmentName}' : resourceGroupName
  location: location
  tags: tags
}

module identity 'modules/identity.bicep' = {
  name: 'identity'
  scope: resourceGroup
  params: {
    name: identityName
    location: location
    tags: tags
  }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  scope: resourceGroup
  params: {
    logAnalyticsName: 'log-campaignbridge-${resourceToken}'
    applicationInsightsName: applicationInsightsName
    location: location
    tags: tags
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  scope: resourceGroup
  params: {
    name: storageAccountName
    location: location
    tags: tags
    deploymentContainerName: deploymentContainerName
    queueNames: queueNames
    tableNames: tableNames
    containerNames: containerNames
  }
}

module keyVault 'modules/keyvault.bicep' = {
  name: 'keyvault'
  scope: resourceGroup
  params: {
    name: keyVaultName
    location: location
    tags: tags
  }
}

module roleAssignments 'modules/rbac.bicep' = {
  name: 'rbac'
  scope: resourceGroup
  params: {
    // Names known at compile time (not module outputs) keep What-If precise; dependsOn orders the modules.
    storageAccountName: storageAccountName
    keyVaultName: keyVaultName
    applicationInsightsName: applicationInsightsName
    appIdentityName: identityName
    deployerPrincipalId: principalId
    deployerPrincipalType: principalType
  }
  dependsOn: [
    identity
    storage
    keyVault
    monitoring
  ]
}

module functionApp 'modules/functionapp.bicep' = {
  name: 'functionapp'
  scope: resourceGroup
  params: {
    name: functionAppName
    planName: 'plan-campaignbridge-${resourceToken}'
    location: location
    tags: tags
    identityId: identity.outputs.id
    storageBlobEndpoint: storage.outputs.blobEndpoint
    deploymentContainerName: deploymentContainerName
    instanceMemoryMB: instanceMemoryMB
    maximumInstanceCount: maximumInstanceCount
    outboundMessageSettings: mappingSettings
    callResultsSettings: callResultsAppSettings(callResultsCampaigns, callResultsOutcomes, callResultsTuning)
    appSettings: {
      // Host storage through the managed identity: no AccountKey, no connection string. accountName serves
      // the host; the service URIs serve Azure SDK clients built from the AzureWebJobsStorage section.
      AzureWebJobsStorage__accountName: storage.outputs.name
      AzureWebJobsStorage__blobServiceUri: storage.outputs.blobEndpoint
      AzureWebJobsStorage__queueServiceUri: storage.outputs.queueEndpoint
      AzureWebJobsStorage__tableServiceUri: storage.outputs.tableEndpoint
      AzureWebJobsStorage__credential: 'managedidentity'
      AzureWebJobsStorage__clientId: identity.outputs.clientId
      // DefaultAzureCredential (Key Vault, Storage from app code) picks the user-assigned identity.
      AZURE_CLIENT_ID: identity.outputs.clientId
      // Telemetry is accepted only with an Entra ID token (local auth is disabled on the component).
      APPLICATIONINSIGHTS_CONNECTION_STRING: monitoring.outputs.connectionString
      APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'ClientId=${identity.outputs.clientId};Authorization=AAD'
      Genesys__Region: genesysRegion
      KeyVault__Uri: keyVault.outputs.uri
      KeyVault__ClientIdSecretName: keyVaultClientIdSecretName
      KeyVault__ClientSecretSecretName: keyVaultClientSecretSecretName
      Salesforce__AllowedOrganizationIds: salesforceAllowedOrganizationIds
      Phone__DefaultRegion: phoneDefaultRegion
      ContactSync__Schedule: contactSyncSchedule
      Diagnostics__Schedule: diagnosticsSchedule
      Diagnostics__CampaignId: diagnosticsCampaignId
      Diagnostics__DncListId: diagnosticsDncListId
      // The way back (off while Salesforce__InstanceUrl is empty).
      Salesforce__InstanceUrl: salesforceInstanceUrl
      Salesforce__ApiVersion: salesforceApiVersion
      KeyVault__SalesforceClientIdSecretName: keyVaultSalesforceClientIdSecretName
      KeyVault__SalesforceClientSecretSecretName: keyVaultSalesforceClientSecretSecretName
      CallResults__Schedule: callResultsSchedule
      CallResults__DncListId: callResultsDncListId
    }
  }
  dependsOn: [
    // The host starts pulling the package and taking leases as soon as the app exists.
    roleAssignments
  ]
}

@description('Region of the deployment.')
output AZURE_LOCATION string = location

@description('Tenant of the subscription.')
output AZURE_TENANT_ID string = subscription().tenantId

@description('Resource group holding every resource.')
output AZURE_RESOURCE_GROUP string = resourceGroup.name

@description('Function App name (az functionapp keys list --name ...).')
output AZURE_FUNCTION_APP_NAME string = functionApp.outputs.name

@description('Base URL of the Function App; the API is under /api.')
output AZURE_FUNCTION_APP_URL string = 'https://${functionApp.outputs.defaultHostName}'

@description('Key Vault name (az keyvault secret set --vault-name ...).')
output AZURE_KEY_VAULT_NAME string = keyVault.outputs.name

@description('Key Vault URI (KeyVault__Uri).')
output AZURE_KEY_VAULT_ENDPOINT string = keyVault.outputs.uri

@description('Client id of the Function App managed identity (AZURE_CLIENT_ID of the app).')
output AZURE_FUNCTION_IDENTITY_CLIENT_ID string = identity.outputs.clientId

@description('Storage account of the host, outbox queues and tables.')
output AZURE_STORAGE_ACCOUNT_NAME string = storage.outputs.name
