using System.Text;

namespace CampaignBridge.Genesys.Conversations;

/// <summary>Reads RFC 4180 CSV (quoted fields, doubled quotes, CRLF or LF) into rows keyed by the header row.</summary>
internal static class CsvReader
{
    public static IReadOnlyList<IReadOnlyDictionary<string, string>> Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var records = Records(text).ToList();
        if (records.Count == 0)
        {
            return [];
        }

        var header = records[0];
        var rows = new List<IReadOnlyDictionary<string, string>>(records.Count - 1);
        foreach (var record in records.Skip(1))
        {
            if (record.Count == 1 && record[0].Length == 0)
            {
                continue; // a trailing empty line
            }

            var row = new Dictionary<string, string>(header.Count, StringComparer.Ordinal);
            for (var index = 0; index < header.Count; index++)
            {
                row[header[index]] = index < record.Count ? record[index] : string.Empty;
            }

            rows.Add(row);
        }

        return rows;
    }

    private static IEnumerable<List<string>> Records(string text)
    {
        var record = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var index = 0; index < text.Length; index++)
        {
            var c = text[index];
            if (quoted)
            {
                if (c == '"' && index + 1 < text.Length && text[index + 1] == '"')
                {
                    field.Append('"');
                    index++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case '"' when field.Length == 0:
                    quoted = true;
                    break;
                case ',':
                    record.Add(field.ToString());
                    field.Clear();
                    break;
                case '\r':
                    break;
                case '\n':
                    record.Add(field.ToString());
                    field.Clear();
                    yield return record;
                    record = [];
                    break;
                default:
                    field.Append(c);
                    break;
            }
        }

        if (field.Length > 0 || record.Count > 0)
        {
            record.Add(field.ToString());
            yield return record;
        }
    }
}
