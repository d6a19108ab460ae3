using System.Globalization;

namespace Salesforce.Emulator;

/// <summary>
/// Recursive-descent parser of the SOQL subset the lookups need (reference §3.5, §8.7). Like Salesforce, it
/// refuses AND and OR mixed at one level without parentheses.
/// </summary>
internal sealed class SoqlParser
{
    private readonly string query;
    private readonly List<SoqlToken> tokens;
    private int position;

    private SoqlParser(string query)
    {
        this.query = query;
        tokens = SoqlTokenizer.Tokenize(query);
    }

    private SoqlToken Current => tokens[position];

    public static SoqlQuery Parse(string query) => new SoqlParser(query).ParseQuery();

    private SoqlQuery ParseQuery()
    {
        Expect("SELECT");
        var fields = new List<SoqlToken>();
        var isCount = false;
        if (Current.IsKeyword("COUNT") && tokens[position + 1].IsSymbol("("))
        {
            position++;
            ExpectSymbol("(");
            ExpectSymbol(")");
            isCount = true;
        }
        else
        {
            fields.Add(ExpectIdentifier());
            while (Current.IsSymbol(","))
            {
                position++;
                fields.Add(ExpectIdentifier());
            }
        }

        Expect("FROM");
        var from = ExpectIdentifier();
        var where = Accept("WHERE") ? ParseCondition() : null;
        var order = new List<SoqlOrder>();
        if (Accept("ORDER"))
        {
            Expect("BY");
            do
            {
                var field = ExpectIdentifier();
                var descending = Accept("DESC");
                if (!descending)
                {
                    Accept("ASC");
                }

                var nullsLast = false;
                if (Accept("NULLS"))
                {
                    nullsLast = Accept("LAST");
                    if (!nullsLast)
                    {
                        Expect("FIRST");
                    }
                }

                order.Add(new SoqlOrder(field, descending, nullsLast));
            }
            while (AcceptSymbol(","));
        }

        int? limit = Accept("LIMIT") ? ExpectInteger() : null;
        int? offset = Accept("OFFSET") ? ExpectInteger() : null;
        if (Current.Kind != SoqlTokenKind.End)
        {
            throw Unexpected();
        }

        return new SoqlQuery(query, fields, isCount, from, where, order, limit, offset);
    }

    private SoqlCondition ParseCondition()
    {
        var parts = new List<SoqlCondition> { ParseUnary() };
        string? joiner = null;
        while (Current.IsKeyword("AND") || Current.IsKeyword("OR"))
        {
            var op = Current.Text.ToUpperInvariant();
            if (joiner is not null && joiner != op)
            {
                // Salesforce needs parentheses to mix AND and OR.
                throw Unexpected();
            }

            joiner = op;
            position++;
            parts.Add(ParseUnary());
        }

        return parts.Count == 1 ? parts[0] : joiner == "AND" ? new SoqlCondition.All(parts) : new SoqlCondition.Any(parts);
    }

    private SoqlCondition ParseUnary()
    {
        if (Accept("NOT"))
        {
            return new SoqlCondition.Not(ParseUnary());
        }

        if (AcceptSymbol("("))
        {
            var inner = ParseCondition();
            ExpectSymbol(")");
            return inner;
        }

        var field = ExpectIdentifier();
        if (Accept("LIKE"))
        {
            var pattern = ParseValue();
            return new SoqlCondition.Like(field.Text, field.Column, pattern);
        }

        var negated = Accept("NOT");
        if (Accept("IN"))
        {
            ExpectSymbol("(");
            var values = new List<SoqlValue> { ParseValue() };
            while (AcceptSymbol(","))
            {
                values.Add(ParseValue());
            }

            ExpectSymbol(")");
            return new SoqlCondition.In(field.Text, field.Column, negated, values);
        }

        if (negated || Current.Kind != SoqlTokenKind.Symbol || Current.Text is "(" or ")" or ",")
        {
            throw Unexpected();
        }

        var op = Current.Text;
        position++;
        return new SoqlCondition.Comparison(field.Text, field.Column, op, ParseValue());
    }

    private SoqlValue ParseValue()
    {
        var token = Current;
        var isLiteral = token.Kind is SoqlTokenKind.String or SoqlTokenKind.Number or SoqlTokenKind.Date or SoqlTokenKind.DateTime
            || token.IsKeyword("null") || token.IsKeyword("true") || token.IsKeyword("false");
        if (!isLiteral)
        {
            throw Unexpected();
        }

        position++;
        return new SoqlValue(token.Kind, token.Text, token.Column);
    }

    private int ExpectInteger()
    {
        var token = Current;
        if (token.Kind != SoqlTokenKind.Number || !int.TryParse(token.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            throw Unexpected();
        }

        position++;
        return value;
    }

    private SoqlToken ExpectIdentifier()
    {
        var token = Current;
        if (token.Kind != SoqlTokenKind.Identifier || IsReserved(token.Text))
        {
            throw Unexpected();
        }

        position++;
        return token;
    }

    private void Expect(string keyword)
    {
        if (!Accept(keyword))
        {
            throw Unexpected();
        }
    }

    private void ExpectSymbol(string symbol)
    {
        if (!AcceptSymbol(symbol))
        {
            throw Unexpected();
        }
    }

    private bool Accept(string keyword)
    {
        if (!Current.IsKeyword(keyword))
        {
            return false;
        }

        position++;
        return true;
    }

    private bool AcceptSymbol(string symbol)
    {
        if (!Current.IsSymbol(symbol))
        {
            return false;
        }

        position++;
        return true;
    }

    private SoqlException Unexpected() =>
        SoqlException.At(RestErrors.MalformedQuery, query, Current.Column, $"unexpected token: {Current.Text}");

    private static bool IsReserved(string word) => word.ToUpperInvariant() is "SELECT" or "FROM" or "WHERE" or "AND" or "OR" or "NOT"
        or "IN" or "LIKE" or "ORDER" or "BY" or "LIMIT" or "OFFSET" or "NULL" or "TRUE" or "FALSE" or "ASC" or "DESC" or "NULLS";
}
