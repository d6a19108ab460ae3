namespace GenesysCloud.Emulator;

/// <summary><c>NumericRange {gt, gte, lt, lte}</c> of a predicate.</summary>
internal sealed record NumericRangeSpec(double? Gt, double? Gte, double? Lt, double? Lte)
{
    public bool Contains(double value) =>
        (Gt is null || value > Gt) && (Gte is null || value >= Gte) && (Lt is null || value < Lt) && (Lte is null || value <= Lte);
}
