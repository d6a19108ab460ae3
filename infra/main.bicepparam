// Parameters for `azd up` (azd reads AZURE_ENV_NAME, AZURE_LOCATION and AZURE_PRINCIPAL_ID from the azd
// environment; set the others with `azd env set GENESYS_REGION mypurecloud.ie` etc.).
using './main.bicep'

param environmentName = readEnvironmentVariable('AZURE_ENV_NAME', 'campaignbridge')
param location = readEnvironmentVariable('AZURE_LOCATION', 'eastus')
param principalId = readEnvironmentVariable('AZURE_PRINCIPAL_ID', '')
param principalType = readEnvironmentVariable('AZURE_PRINCIPAL_TYPE', 'User')
param genesysRegion = readEnvironmentVariable('GENESYS_REGION', 'mypurecloud.com')
param salesforceAllowedOrganizationIds = readEnvironmentVariable('SALESFORCE_ALLOWED_ORGANIZATION_IDS', '')
param keyVaultClientIdSecretName = readEnvironmentVariable('KEYVAULT_CLIENT_ID_SECRET_NAME', 'genesys-client-id')
param keyVaultClientSecretSecretName = readEnvironmentVariable('KEYVAULT_CLIENT_SECRET_SECRET_NAME', 'genesys-client-secret')
param phoneDefaultRegion = readEnvironmentVariable('PHONE_DEFAULT_REGION', 'US')
param diagnosticsCampaignId = readEnvironmentVariable('DIAGNOSTICS_CAMPAIGN_ID', '')
param diagnosticsDncListId = readEnvironmentVariable('DIAGNOSTICS_DNC_LIST_ID', '')
// Outbound Message mappings as a JSON object of flat settings (docs/deploy.md, step 8), e.g.
// azd env set OUTBOUND_MESSAGE_SETTINGS '{"Salesforce__OutboundMessages__leads__ContactListId":"<guid>"}'
param outboundMessageSettings = json(readEnvironmentVariable('OUTBOUND_MESSAGE_SETTINGS', '{}'))
// The way back (docs/deploy.md, step 10); off while SALESFORCE_INSTANCE_URL is empty. Lists as JSON, e.g.
// azd env set CALL_RESULTS_CAMPAIGNS '[{"genesysCampaignId":"<guid>","salesforceCampaignId":"701..."}]'
// azd env set CALL_RESULTS_OUTCOMES '[{"result":"Do not call","doNotCall":true,"campaignMemberStatus":"Do not call"}]'
param salesforceInstanceUrl = readEnvironmentVariable('SALESFORCE_INSTANCE_URL', '')
param salesforceApiVersion = readEnvironmentVariable('SALESFORCE_API_VERSION', '')
param keyVaultSalesforceClientIdSecretName = readEnvironmentVariable('KEYVAULT_SALESFORCE_CLIENT_ID_SECRET_NAME', 'salesforce-client-id')
param keyVaultSalesforceClientSecretSecretName = readEnvironmentVariable('KEYVAULT_SALESFORCE_CLIENT_SECRET_SECRET_NAME', 'salesforce-client-secret')
param callResultsSchedule = readEnvironmentVariable('CALL_RESULTS_SCHEDULE', '0 */1 * * * *')
param callResultsCampaigns = json(readEnvironmentVariable('CALL_RESULTS_CAMPAIGNS', '[]'))
param callResultsOutcomes = json(readEnvironmentVariable('CALL_RESULTS_OUTCOMES', '[]'))
param callResultsDncListId = readEnvironmentVariable('CALL_RESULTS_DNC_LIST_ID', '')
param callResultsTuning = json(readEnvironmentVariable('CALL_RESULTS_SETTINGS', '{}'))
