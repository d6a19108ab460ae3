namespace Salesforce.Emulator;

/// <summary>
/// A query the API refuses (400). The message follows Salesforce's layout: the query, a caret under the column,
/// <c>ERROR at Row:1:Column:N</c>, then the reason.
/// </summary>
internal sealed class SoqlException(string errorCode, string message) : Exception(message)
{
    public string ErrorCode { get; } = errorCode;

    public static SoqlException At(string errorCode, string query, int column, string reason) =>
        new(errorCode, $"\n{query}\n{new string(' ', Math.Max(0, column - 1))}^\nERROR at Row:1:Column:{column}\n{reason}");
}
