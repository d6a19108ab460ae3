// The user-assigned managed identity the Function App runs as. One identity for everything (host storage,
// deployment package, outbox queue and tables, Key Vault, Application Insights ingestion) keeps the role
// assignments in one place and lets the app pick it with AZURE_CLIENT_ID.

@description('Name of the user-assigned managed identity.')
param name string

@description('Azure region.')
param location string

@description('Tags applied to the identity.')
param tags object

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: name
  location: location
  tags: tags
}

@description('Resource id of the identity.')
output id string = identity.id

@description('Client (application) id of the identity: AZURE_CLIENT_ID and AzureWebJobsStorage__clientId.')
output clientId string = identity.properties.clientId

@description('Object (principal) id of the identity, used by role assignments.')
output principalId string = identity.properties.principalId
