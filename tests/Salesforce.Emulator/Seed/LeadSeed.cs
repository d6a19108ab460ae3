namespace Salesforce.Emulator;

/// <summary>A Lead (<c>00Q…</c>).</summary>
public sealed class LeadSeed
{
    /// <summary>Record id (15 or 18 characters; stored as 18).</summary>
    public string Id { get; set; } = "";

    /// <summary>First name.</summary>
    public string? FirstName { get; set; }

    /// <summary>Last name (required).</summary>
    public string LastName { get; set; } = "";

    /// <summary>Company (required).</summary>
    public string Company { get; set; } = "";

    /// <summary>Lead status; null = the picklist default.</summary>
    public string? Status { get; set; }

    /// <summary>Phone number.</summary>
    public string? Phone { get; set; }

    /// <summary>Mobile number.</summary>
    public string? MobilePhone { get; set; }

    /// <summary>E-mail address.</summary>
    public string? Email { get; set; }

    /// <summary>Do Not Call.</summary>
    public bool DoNotCall { get; set; }

    /// <summary>Converted: updates fail with CANNOT_UPDATE_CONVERTED_LEAD.</summary>
    public bool IsConverted { get; set; }

    /// <summary>The Contact it was converted into (a seeded contact), when converted.</summary>
    public string? ConvertedContactId { get; set; }

    /// <summary>Deleted (in the recycle bin): references to it fail with ENTITY_IS_DELETED.</summary>
    public bool IsDeleted { get; set; }
}
