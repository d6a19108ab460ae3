namespace Salesforce.Emulator;

/// <summary>A user of the org: a client app's Run As user, or an owner that Task.OwnerId may name.</summary>
public sealed class UserSeed
{
    /// <summary>Field access values of <see cref="FieldAccess"/>.</summary>
    public const string Edit = "edit";

    /// <summary>Read-only access: visible in describe and queries, refused on write (INVALID_FIELD_FOR_INSERT_UPDATE).</summary>
    public const string Read = "read";

    /// <summary>No access: the field does not exist for this user (INVALID_FIELD, absent from describe).</summary>
    public const string None = "none";

    /// <summary>User id (<c>005…</c>).</summary>
    public string Id { get; set; } = "";

    /// <summary>Login name (what <c>clientCredentialsFlowUser</c> names).</summary>
    public string Username { get; set; } = "";

    /// <summary>Full name.</summary>
    public string Name { get; set; } = "";

    /// <summary>False: the user cannot own records (INACTIVE_OWNER_OR_USER).</summary>
    public bool IsActive { get; set; } = true;

    /// <summary>The "View Setup and Configuration" permission, which <c>GET /limits</c> requires (reference §2).</summary>
    public bool ViewSetupAndConfiguration { get; set; }

    /// <summary>
    /// Field-level security overrides, <c>"Object.Field": "edit" | "read" | "none"</c> (e.g. <c>"Task.CallDisposition": "read"</c>).
    /// Fields not listed: <c>edit</c> when the field is createable or updateable, else <c>read</c>.
    /// </summary>
    public Dictionary<string, string> FieldAccess { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}
