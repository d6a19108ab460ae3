namespace Salesforce.Emulator;

/// <summary>
/// The running user's field-level security: the seed's <c>fieldAccess</c> overrides, else edit for writable fields
/// and read for the rest. Ids and system fields are always readable (FLS cannot hide them).
/// </summary>
internal static class FieldAccess
{
    public static FieldAccessLevel Of(UserSeed user, SObjectSchema type, FieldSchema field)
    {
        var system = field.Type == FieldType.Id || field.Name is "IsDeleted" or "CreatedDate" or "CreatedById"
            or "LastModifiedDate" or "LastModifiedById" or "SystemModstamp";
        if (!system && user.FieldAccess.TryGetValue(type.Name + "." + field.Name, out var level))
        {
            return level switch
            {
                UserSeed.None => FieldAccessLevel.None,
                UserSeed.Read => FieldAccessLevel.Read,
                _ => FieldAccessLevel.Edit,
            };
        }

        return field.Createable || field.Updateable ? FieldAccessLevel.Edit : FieldAccessLevel.Read;
    }

    /// <summary>The field by name when the user can see it; null when it does not exist for this user.</summary>
    public static FieldSchema? Visible(UserSeed user, SObjectSchema type, string name) =>
        type.Field(name) is { } field && Of(user, type, field) != FieldAccessLevel.None ? field : null;

    public static bool CanEdit(UserSeed user, SObjectSchema type, FieldSchema field) => Of(user, type, field) == FieldAccessLevel.Edit;
}
