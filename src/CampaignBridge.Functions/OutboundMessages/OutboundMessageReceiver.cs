using CampaignBridge.Functions.ContactSync;
using CampaignBridge.Functions.Outbox;
using CampaignBridge.Salesforce;
using Microsoft.Extensions.Logging;

namespace CampaignBridge.Functions.OutboundMessages;

/// <summary>
/// Handles one Salesforce Outbound Message: parse (safely), check the org, map every record through the named
/// mapping, skip Notification Ids already queued, queue the contact writes, mark the ids, and only then
/// acknowledge. Anything failing before the writes are durable is a fault, so Salesforce delivers again.
/// </summary>
internal sealed partial class OutboundMessageReceiver(
    OutboundMessageMappings mappings,
    AllowedOrganizations allowedOrganizations,
    OutboundNotificationLedger ledger,
    IContactOutbox outbox,
    ILogger<OutboundMessageReceiver> logger)
{
    public async Task<OutboundMessageOutcome> ReceiveAsync(string mappingName, Stream body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);

        OutboundMessageMapper? mapper;
        try
        {
            mapper = mappings.Find(mappingName);
        }
        catch (InvalidSettingException invalid)
        {
            LogInvalidMapping(logger, invalid, invalid.Message);
            return OutboundMessageOutcome.Fail(OutboundMessageCodes.InvalidMapping, $"The mapping '{mappingName}' is not configured correctly: {invalid.Message}");
        }

        if (mapper is null)
        {
            // Only a well-formed name is echoed (to the caller and the logs); anything else is described.
            var valid = OutboundMessageMappings.IsValidName(mappingName);
            var shown = valid ? $"'{mappingName}'" : "in the URL";
            LogRefused(logger, OutboundMessageCodes.UnknownMapping, valid ? mappingName : "(not a valid mapping name)");
            return OutboundMessageOutcome.Refuse(
                OutboundMessageCodes.UnknownMapping,
                $"There is no Outbound Message mapping {shown}. Configure {OutboundMessageMapping.SectionName}:<name>:ContactListId and :Fields, " +
                "and point the Outbound Message endpoint URL at /api/salesforce/outbound/<name>.");
        }

        OutboundMessage message;
        try
        {
            // The mapper's options keep only the fields it reads; bodies past 1 MiB stream into a temporary file first.
            message = await OutboundMessageParser.ParseAsync(body, mapper.ParserOptions, cancellationToken).ConfigureAwait(false);
        }
        catch (OutboundMessageException invalid)
        {
            LogRefused(logger, invalid.Code, mapper.MappingName);
            return OutboundMessageOutcome.Refuse(invalid.Code, invalid.Message);
        }
        catch (IOException) when (!cancellationToken.IsCancellationRequested)
        {
            // Kestrel's BadHttpRequestException is an IOException: the sender's body broke off; nothing is acknowledged.
            LogRefused(logger, OutboundMessageCodes.IncompleteBody, mapper.MappingName);
            return OutboundMessageOutcome.Refuse(OutboundMessageCodes.IncompleteBody,
                "The Outbound Message body broke off before its end (a malformed chunk, fewer bytes than declared, or a dropped connection); nothing was acknowledged.");
        }

        if (!allowedOrganizations.Contains(message.OrganizationId))
        {
            LogRefused(logger, OutboundMessageCodes.OrganizationNotAllowed, message.OrganizationId.ShortId);
            return OutboundMessageOutcome.Refuse(
                OutboundMessageCodes.OrganizationNotAllowed,
                $"Messages from organization {message.OrganizationId.ShortId} are not accepted. Add it to {AllowedOrganizations.SettingName} if it should be.");
        }

        if (message.Notifications.FirstOrDefault(n => !OutboundNotificationLedger.IsValidNotificationId(n.Id)) is { } odd)
        {
            LogRefused(logger, OutboundMessageErrorCodes.InvalidNotification, message.OrganizationId.ShortId);
            return OutboundMessageOutcome.Refuse(
                OutboundMessageErrorCodes.InvalidNotification,
                $"A Notification Id must be letters and digits (a Salesforce id); one has {odd.Id.Length} characters of another kind.");
        }

        try
        {
            return await QueueAsync(message, mapper, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception failure) when (StorageFailure.IsStorageFailure(failure))
        {
            LogStorageFailed(logger, failure, message.OrganizationId.ShortId, message.Notifications.Count);
            return OutboundMessageOutcome.Fail(
                OutboundMessageCodes.StorageUnavailable,
                $"The message could not be stored ({StorageFailure.Describe(failure)}); nothing was acknowledged, Salesforce will deliver it again.");
        }
    }

    private async Task<OutboundMessageOutcome> QueueAsync(OutboundMessage message, OutboundMessageMapper mapper, CancellationToken cancellationToken)
    {
        var organization = message.OrganizationId;
        var seen = await ledger.FindSeenAsync(organization, message.Notifications.Select(n => n.Id).ToList(), cancellationToken).ConfigureAwait(false);
        var fresh = message.Notifications
            .Where(n => !seen.Contains(n.Id))
            .DistinctBy(n => n.Id, StringComparer.Ordinal)
            .ToList();
        if (fresh.Count == 0)
        {
            LogDuplicate(logger, organization.ShortId, message.Notifications.Count);
            return OutboundMessageOutcome.Acknowledgement;
        }

        var contacts = new List<QueuedContact>(fresh.Count);
        var rejected = new List<OperationRejection>();
        foreach (var notification in fresh)
        {
            var result = mapper.Map(notification);
            if (result.Contact is { } contact)
            {
                contacts.Add(new QueuedContact(contact.Id, contact.Data) { ModifiedAt = contact.ModifiedAt });
            }

            rejected.AddRange(result.Rejections.Select(r => new OperationRejection(r.Id ?? notification.Id, r.Field, r.Reason)));
        }

        // Records that can never be mapped (bad phone, no Id) are acknowledged with the rest and kept on the
        // operation: refusing the whole message would only make Salesforce resend the same bad data for a day.
        var operation = await outbox.EnqueueAsync(
            new ContactSyncRequest(
                mapper.ContactListId.ToString("D"),
                contacts,
                mapper.Redial ? QueuedWriteOptions.Redialing : QueuedWriteOptions.Default,
                rejected,
                ContactSyncSources.OutboundMessage),
            cancellationToken).ConfigureAwait(false);

        try
        {
            await ledger.MarkSeenAsync(organization, fresh.Select(n => n.Id).ToList(), operation.OperationId, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception failure) when (StorageFailure.IsStorageFailure(failure))
        {
            // The writes are durable; a redelivery would only queue them again, which is harmless.
            LogMarkFailed(logger, failure, operation.OperationId.ToString());
        }

        LogQueued(logger, organization.ShortId, mapper.MappingName, fresh.Count, message.Notifications.Count - fresh.Count, contacts.Count, rejected.Count, operation.OperationId.ToString());
        return OutboundMessageOutcome.Acknowledgement;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused an Outbound Message ({Code}; {Subject})")]
    private static partial void LogRefused(ILogger logger, string code, string subject);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbound Message mapping is invalid: {Problem}")]
    private static partial void LogInvalidMapping(ILogger logger, Exception exception, string problem);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not queue an Outbound Message from organization {Organization} with {Notifications} notifications; answered a fault")]
    private static partial void LogStorageFailed(ILogger logger, Exception exception, string organization, int notifications);

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbound Message from organization {Organization}: all {Notifications} notifications were queued before; acknowledged again")]
    private static partial void LogDuplicate(ILogger logger, string organization, int notifications);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Operation {OperationId} is queued but its notification ids could not be marked; a redelivery will queue it again")]
    private static partial void LogMarkFailed(ILogger logger, Exception exception, string operationId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbound Message from organization {Organization} via mapping {Mapping}: {Fresh} new and {Duplicates} repeated notifications, {Contacts} contacts queued, {Rejected} rejected, operation {OperationId}")]
    private static partial void LogQueued(ILogger logger, string organization, string mapping, int fresh, int duplicates, int contacts, int rejected, string operationId);
}
