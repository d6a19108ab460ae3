using System.Text;

namespace GenesysCloud.Emulator;

/// <summary>
/// The export CSV (results reference §3.3): <c>inin-outbound-id</c>, the list's own columns, then the system columns
/// observed in real exports — contact-level callable/contactable flags, and per phone column the last call record
/// (<c>CallRecordLastAttempt-</c>, <c>CallRecordLastResult-</c>, <c>CallRecordLastAgentWrapup-</c>,
/// <c>CallRecordLastAttemptCampaign-</c>), SMS columns and per-number callable flags. The complete official column
/// list, the column order, the timestamp format (ISO-8601 here) and the boolean spelling (true/false here) are UNCONFIRMED.
/// <c>CallRecordLastResult-</c> holds system codes and agent wrap-up names, as observed.
/// </summary>
internal static class ContactExportCsv
{
    private static readonly string[] ContactColumns =
        ["ContactCallable", "ContactableByVoice", "ContactableBySms", "ContactableByEmail", "ContactableByWhatsApp", "ZipCodeAutomaticTimeZone"];

    private static readonly string[] PhoneColumnPrefixes =
    [
        "CallRecordLastAttempt-", "CallRecordLastResult-", "CallRecordLastAgentWrapup-", "CallRecordLastAttemptCampaign-",
        "SmsLastAttempt-", "SmsLastResult-", "SmsLastAttemptCampaign-", "Callable-", "ContactableByVoice-", "ContactableBySms-", "AutomaticTimeZone-",
    ];

    public static string Build(ContactListRecord list, IEnumerable<ContactRecord> contacts)
    {
        var phoneColumns = list.PhoneColumns.Select(c => c.ColumnName).ToList();
        var header = new List<string> { "inin-outbound-id" };
        header.AddRange(list.ColumnNames);
        header.AddRange(ContactColumns);
        header.AddRange(phoneColumns.SelectMany(c => PhoneColumnPrefixes.Select(p => p + c)));
        var csv = new StringBuilder();
        AppendRow(csv, header);
        foreach (var contact in contacts)
        {
            var row = new List<string> { contact.Id };
            row.AddRange(list.ColumnNames.Select(c => contact.Data.GetValueOrDefault(c) ?? ""));
            row.AddRange([Bool(contact.Callable), Bool(contact.Callable), "", "", "", ""]);
            foreach (var column in phoneColumns)
            {
                var record = contact.CallRecords.GetValueOrDefault(column);
                var callable = contact.IsNumberCallable(column);
                row.AddRange(
                [
                    record is null ? "" : EmulatorState.Timestamp(record.LastAttempt),
                    record is null ? "" : record.LastAgentWrapUp ?? record.LastResult,
                    record?.LastAgentWrapUp ?? "",
                    record?.CampaignId ?? "",
                    "", "", "",
                    Bool(callable), Bool(callable), "", "",
                ]);
            }

            AppendRow(csv, row);
        }

        return csv.ToString();
    }

    private static string Bool(bool value) => value ? "true" : "false";

    /// <summary>RFC 4180: fields with a comma, quote or line break are quoted, quotes doubled; CRLF line ends.</summary>
    private static void AppendRow(StringBuilder csv, IEnumerable<string> fields)
    {
        csv.AppendJoin(',', fields.Select(f => f.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + f.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : f));
        csv.Append("\r\n");
    }
}
