using System.Text;

namespace CampaignBridge.Salesforce;

/// <summary>
/// Builds SOQL literals from values that must never become query text: quoted, escaped string literals and
/// <c>IN</c> lists. <code>$"SELECT Id, Status FROM CampaignMember WHERE CampaignId = {Soql.Id(campaignId)} AND LeadId IN {Soql.IdList(leadIds)}"</code>
/// </summary>
public static class Soql
{
    /// <summary>
    /// Most values in one <c>IN</c> list: 200, one collections batch. Longer lists make long request URIs, whose limit
    /// is not documented (reference §3.5); split the lookup instead.
    /// </summary>
    public const int MaxInListValues = 200;

    /// <summary>
    /// A quoted string literal: <c>'</c>, <c>"</c> and <c>\</c> are escaped with a backslash, as are newline, carriage
    /// return, tab, backspace and form feed (SOQL's escape sequences); other control characters are refused.
    /// </summary>
    /// <exception cref="ArgumentException">The value contains a control character SOQL cannot escape.</exception>
    public static string Literal(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var text = new StringBuilder(value.Length + 2).Append('\'');
        foreach (var c in value)
        {
            _ = c switch
            {
                '\'' or '"' or '\\' => text.Append('\\').Append(c),
                '\n' => text.Append(@"\n"),
                '\r' => text.Append(@"\r"),
                '\t' => text.Append(@"\t"),
                '\b' => text.Append(@"\b"),
                '\f' => text.Append(@"\f"),
                _ when char.IsControl(c) => throw new ArgumentException($"The value contains the control character U+{(int)c:X4}, which SOQL literals cannot hold.", nameof(value)),
                _ => text.Append(c),
            };
        }

        return text.Append('\'').ToString();
    }

    /// <summary>A record id as a literal, validated (15 or 18 characters, the checksum of an 18-character id checked).</summary>
    /// <exception cref="ArgumentException">The value is not a Salesforce record id.</exception>
    public static string Id(string id)
        => SalesforceRecordId.TryParse(id, out _, out var problem)
            ? $"'{id}'"
            : throw new ArgumentException($"'{id}' cannot go into SOQL: {problem}.", nameof(id));

    /// <summary><c>('a','b')</c> of string literals (see <see cref="Literal"/>); 1 to <see cref="MaxInListValues"/> values.</summary>
    /// <exception cref="ArgumentException">No values, or a value is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">More than <see cref="MaxInListValues"/> values.</exception>
    public static string InList(IEnumerable<string> values) => List(values, Literal, nameof(values));

    /// <summary><c>('00Q…','003…')</c> of record ids, each validated (see <see cref="Id"/>); 1 to <see cref="MaxInListValues"/> ids.</summary>
    /// <exception cref="ArgumentException">No ids, or an id is not a Salesforce record id.</exception>
    /// <exception cref="ArgumentOutOfRangeException">More than <see cref="MaxInListValues"/> ids.</exception>
    public static string IdList(IEnumerable<string> ids) => List(ids, Id, nameof(ids));

    private static string List(IEnumerable<string> values, Func<string, string> literal, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(values, parameterName);
        var items = values.Select(v => v is null ? throw new ArgumentException("A value of the list is null.", parameterName) : literal(v)).ToList();
        if (items.Count == 0)
        {
            throw new ArgumentException("An IN list needs at least one value (SOQL has no empty list); skip the query instead.", parameterName);
        }

        ArgumentOutOfRangeException.ThrowIfGreaterThan(items.Count, MaxInListValues, parameterName);
        return "(" + string.Join(",", items) + ")";
    }
}
