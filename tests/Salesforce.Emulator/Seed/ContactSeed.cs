namespace Salesforce.Emulator;

/// <summary>A Contact (<c>003…</c>).</summary>
public sealed class ContactSeed
{
    /// <summary>Record id (15 or 18 characters; stored as 18).</summary>
    public string Id { get; set; } = "";

    /// <summary>First name.</summary>
    public string? FirstName { get; set; }

    /// <summary>Last name (required).</summary>
    public string LastName { get; set; } = "";

    /// <summary>Account id (<c>001…</c>); informational, copied to Task.AccountId.</summary>
    public string? AccountId { get; set; }

    /// <summary>Business phone.</summary>
    public string? Phone { get; set; }

    /// <summary>Mobile number.</summary>
    public string? MobilePhone { get; set; }

    /// <summary>E-mail address.</summary>
    public string? Email { get; set; }

    /// <summary>Do Not Call.</summary>
    public bool DoNotCall { get; set; }

    /// <summary>Deleted: references to it fail with ENTITY_IS_DELETED.</summary>
    public bool IsDeleted { get; set; }
}
