namespace Salesforce.Emulator;

/// <summary>A WHERE condition of the SOQL subset.</summary>
internal abstract record SoqlCondition
{
    /// <summary><c>field op value</c>, op one of = != &lt;&gt; &lt; &lt;= &gt; &gt;=.</summary>
    public sealed record Comparison(string Field, int Column, string Operator, SoqlValue Value) : SoqlCondition;

    /// <summary><c>field [NOT] IN (values)</c>.</summary>
    public sealed record In(string Field, int Column, bool Negated, IReadOnlyList<SoqlValue> Values) : SoqlCondition;

    /// <summary><c>field LIKE 'pattern'</c> with % and _.</summary>
    public sealed record Like(string Field, int Column, SoqlValue Pattern) : SoqlCondition;

    /// <summary>All of the parts (AND).</summary>
    public sealed record All(IReadOnlyList<SoqlCondition> Parts) : SoqlCondition;

    /// <summary>Any of the parts (OR).</summary>
    public sealed record Any(IReadOnlyList<SoqlCondition> Parts) : SoqlCondition;

    /// <summary>NOT part.</summary>
    public sealed record Not(SoqlCondition Part) : SoqlCondition;
}
