namespace GenesysCloud.Emulator;

/// <summary>Boolean query parameters: absent = false, <c>true</c>/<c>false</c> (any case), anything else 400 <c>invalid.query.param.value</c>.</summary>
internal static class QueryFlags
{
    public static bool TryBool(HttpContext context, string name, out bool value, out IResult? error)
    {
        var raw = context.Request.Query[name].ToString();
        error = null;
        value = false;
        if (raw.Length == 0 || bool.TryParse(raw, out value))
        {
            return true;
        }

        error = ApiError.InvalidQueryParam(context, name, raw, "true, false");
        return false;
    }
}
