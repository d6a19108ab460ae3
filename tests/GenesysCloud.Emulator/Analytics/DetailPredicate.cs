namespace GenesysCloud.Emulator;

/// <summary>One predicate of a detail-query filter: <c>{type, dimension|metric|property, operator, value, range}</c>.</summary>
internal sealed record DetailPredicate(string Type, string Name, string Operator, string? Value, NumericRangeSpec? Range);
