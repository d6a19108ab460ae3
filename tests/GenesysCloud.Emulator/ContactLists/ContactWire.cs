using System.Text.Json.Nodes;

namespace GenesysCloud.Emulator;

/// <summary>The <c>DialerContact</c> wire shape (reference §3.6, results reference §3.1) of a stored contact.</summary>
internal static class ContactWire
{
    public static JsonObject For(ContactRecord contact, ContactListRecord list)
    {
        var data = new JsonObject();
        foreach (var (key, value) in contact.Data)
        {
            data[key] = value;
        }

        var numberStatus = new JsonObject();
        var columnStatus = new JsonObject();
        foreach (var column in list.PhoneColumns.Select(c => c.ColumnName))
        {
            var callable = contact.IsNumberCallable(column);
            numberStatus[column] = new JsonObject { ["callable"] = callable };
            columnStatus[column] = new JsonObject { ["contactable"] = callable };
        }

        var callRecords = new JsonObject();
        foreach (var (column, record) in contact.CallRecords)
        {
            callRecords[column] = new JsonObject
            {
                ["lastAttempt"] = EmulatorState.Timestamp(record.LastAttempt),
                ["lastResult"] = record.LastResult,
            };
        }

        return new JsonObject
        {
            ["id"] = contact.Id,
            ["contactListId"] = contact.ContactListId,
            ["data"] = data,
            ["callable"] = contact.Callable,
            ["phoneNumberStatus"] = numberStatus,
            ["contactableStatus"] = new JsonObject
            {
                ["Voice"] = new JsonObject { ["contactable"] = contact.Callable, ["columnStatus"] = columnStatus },
            },
            ["callRecords"] = callRecords,
            ["selfUri"] = ApiPaths.Contact(contact.ContactListId, contact.Id),
        };
    }
}
