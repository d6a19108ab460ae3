using System.Text;
using System.Text.RegularExpressions;

namespace Salesforce.Emulator;

/// <summary>Splits SOQL into tokens: identifiers (with dots), quoted strings with backslash escapes, numbers, date/date-time literals, operators.</summary>
internal static partial class SoqlTokenizer
{
    private static readonly string[] Symbols = ["!=", "<>", "<=", ">=", "=", "<", ">", "(", ")", ","];

    public static List<SoqlToken> Tokenize(string query)
    {
        var tokens = new List<SoqlToken>();
        var i = 0;
        while (i < query.Length)
        {
            var c = query[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            var column = i + 1;
            if (c == '\'')
            {
                tokens.Add(new SoqlToken(SoqlTokenKind.String, ReadString(query, ref i), column));
                continue;
            }

            var literal = LiteralPattern().Match(query, i);
            if (literal.Success && literal.Index == i)
            {
                var kind = literal.Groups["datetime"].Success ? SoqlTokenKind.DateTime
                    : literal.Groups["date"].Success ? SoqlTokenKind.Date
                    : SoqlTokenKind.Number;
                tokens.Add(new SoqlToken(kind, literal.Value, column));
                i += literal.Length;
                continue;
            }

            if (char.IsAsciiLetter(c) || c == '_')
            {
                var start = i;
                while (i < query.Length && (char.IsAsciiLetterOrDigit(query[i]) || query[i] is '_' or '.'))
                {
                    i++;
                }

                tokens.Add(new SoqlToken(SoqlTokenKind.Identifier, query[start..i], column));
                continue;
            }

            var symbol = Symbols.FirstOrDefault(s => string.CompareOrdinal(query, i, s, 0, s.Length) == 0)
                ?? throw SoqlException.At(RestErrors.MalformedQuery, query, column, $"unexpected token: '{c}'");
            tokens.Add(new SoqlToken(SoqlTokenKind.Symbol, symbol, column));
            i += symbol.Length;
        }

        tokens.Add(new SoqlToken(SoqlTokenKind.End, "<EOF>", query.Length + 1));
        return tokens;
    }

    private static string ReadString(string query, ref int i)
    {
        var column = i + 1;
        var text = new StringBuilder();
        i++;
        while (i < query.Length)
        {
            var c = query[i++];
            if (c == '\'')
            {
                return text.ToString();
            }

            if (c == '\\' && i < query.Length)
            {
                var escaped = query[i++];
                text.Append(escaped switch { 'n' => '\n', 't' => '\t', 'r' => '\r', 'b' => '\b', 'f' => '\f', _ => escaped });
                continue;
            }

            text.Append(c);
        }

        throw SoqlException.At(RestErrors.MalformedQuery, query, column, "line 1:" + (column - 1) + " mismatched character '<EOF>' expecting '''");
    }

    [GeneratedRegex(@"(?<datetime>\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:?\d{2}))|(?<date>\d{4}-\d{2}-\d{2})|-?\d+(\.\d+)?", RegexOptions.CultureInvariant)]
    private static partial Regex LiteralPattern();
}
