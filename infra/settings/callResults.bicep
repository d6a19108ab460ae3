// The way back's lists as typed parameters, and the function that turns them (and further CallResults__ settings)
// into the app settings the app binds: CallResults:Campaigns:<n>:... and CallResults:Outcomes:<n>:...
// (FollowedCampaign.cs, OutcomeRule.cs). The index is the position in the list, so nobody numbers anything, and
// every entry yields every key (empty when not given), so the app settings always show whole entries. A function
// (not variables in main.bicep) so that `bicep build-params` can evaluate it in the infrastructure tests.

@export()
@description('A Genesys campaign whose dial attempts are logged in Salesforce.')
type followedCampaign = {
  @description('Genesys campaign id (a GUID, Admin > Outbound > Campaigns). CallResults__Campaigns__<n>__GenesysCampaignId.')
  @minLength(1)
  genesysCampaignId: string

  @description('Salesforce Campaign id (15 or 18 characters, 701...) its Leads/Contacts are members of: Tasks on Contacts relate to it, and outcome rules with a campaignMemberStatus set the member status. CallResults__Campaigns__<n>__SalesforceCampaignId.')
  salesforceCampaignId: string?
}

@export()
@description('What a result means in Salesforce beyond the logged call.')
type outcomeRule = {
  @description('Agent wrap-up code name (e.g. Do not call) or system code (e.g. ININ-OUTBOUND-BUSY), compared without case. CallResults__Outcomes__<n>__Result.')
  @minLength(1)
  result: string

  @description('CampaignMember status to set (at most 40 characters, one of the campaign\'s member statuses). CallResults__Outcomes__<n>__CampaignMemberStatus.')
  @maxLength(40)
  campaignMemberStatus: string?

  @description('Set DoNotCall on the Lead/Contact (and add the number to CallResults__DncListId when set). CallResults__Outcomes__<n>__DoNotCall.')
  doNotCall: bool?
}

@export()
@description('The CallResults__ app settings: the lists keyed CallResults__Campaigns__<n>__<property> and CallResults__Outcomes__<n>__<property>, plus the tuning settings that start with CallResults__ and are not list entries (those come from the lists only, so a stray CallResults__Campaigns__7__... cannot slip in).')
func callResultsAppSettings(campaigns followedCampaign[], outcomes outcomeRule[], tuning object) object =>
  union(
    toObject(
      filter(items(tuning), setting => startsWith(setting.key, 'CallResults__') && !startsWith(setting.key, 'CallResults__Campaigns__') && !startsWith(setting.key, 'CallResults__Outcomes__')),
      setting => setting.key,
      setting => string(setting.value)
    ),
    reduce(range(0, length(campaigns)), {}, (settings, index) => union(settings, {
      'CallResults__Campaigns__${index}__GenesysCampaignId': campaigns[index].genesysCampaignId
      'CallResults__Campaigns__${index}__SalesforceCampaignId': campaigns[index].?salesforceCampaignId ?? ''
    })),
    reduce(range(0, length(outcomes)), {}, (settings, index) => union(settings, {
      'CallResults__Outcomes__${index}__Result': outcomes[index].result
      'CallResults__Outcomes__${index}__CampaignMemberStatus': outcomes[index].?campaignMemberStatus ?? ''
      // Written as the binder reads it; string() of a bool would give 'True'.
      'CallResults__Outcomes__${index}__DoNotCall': (outcomes[index].?doNotCall ?? false) ? 'true' : 'false'
    }))
  )
