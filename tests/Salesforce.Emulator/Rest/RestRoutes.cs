namespace Salesforce.Emulator;

/// <summary>Route templates of the REST API (the <c>v{version}</c> segment is checked by <see cref="RestGate"/>).</summary>
internal static class RestRoutes
{
    public const string Versioned = "/services/data/v{version}";

    public static string Base(RestRequest request) => "/services/data/v" + request.Version.Text;

    public static string SObjectUrl(RestRequest request, string type, string id) => $"{Base(request)}/sobjects/{type}/{id}";
}
