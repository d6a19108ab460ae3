namespace GenesysCloud.Emulator;

/// <summary>
/// Endpoint metadata: the permissions an endpoint requires (checked after authentication). "Requires ANY" answers
/// 403 <c>missing.any.permissions</c>, "Requires ALL" 403 <c>missing.permissions</c> naming what is missing (§4.2, §8.4).
/// </summary>
internal sealed record RequiredPermission(IReadOnlyList<string> Permissions, bool RequiresAll)
{
    public static RequiredPermission Any(params string[] permissions) => new(permissions, false);

    public static RequiredPermission All(params string[] permissions) => new(permissions, true);

    /// <summary>The permissions the client lacks for this endpoint; empty when it may call it.</summary>
    public IReadOnlyList<string> Missing(IReadOnlySet<string> granted)
    {
        var missing = Permissions.Where(p => !granted.Contains(p)).ToList();
        return RequiresAll || missing.Count == Permissions.Count ? missing : [];
    }
}
