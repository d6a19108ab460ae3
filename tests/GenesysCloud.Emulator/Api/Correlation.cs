namespace GenesysCloud.Emulator;

/// <summary>The per-request correlation id: <c>ININ-Correlation-Id</c> header = <c>contextId</c> of error bodies.</summary>
internal static class Correlation
{
    public const string HeaderName = "ININ-Correlation-Id";
    private const string ItemKey = "emulator.contextId";

    public static string Start(HttpContext context)
    {
        var id = Guid.NewGuid().ToString();
        context.Items[ItemKey] = id;
        context.Response.Headers[HeaderName] = id;
        return id;
    }

    public static string Get(HttpContext context) =>
        context.Items.TryGetValue(ItemKey, out var id) && id is string text ? text : Start(context);
}
