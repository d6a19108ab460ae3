namespace CampaignBridge.Functions.Credentials;

/// <summary>
/// The Genesys OAuth client credentials could not be read. <see cref="Code"/> is one of
/// <see cref="CredentialErrorCodes"/>; <see cref="Hint"/> tells an administrator what to change. Never carries a secret.
/// </summary>
public sealed class CredentialSourceException : Exception
{
    /// <summary>Creates the exception.</summary>
    public CredentialSourceException(string code, string message, string hint, Exception? innerException = null)
        : base(message, innerException)
    {
        ArgumentException.ThrowIfNullOrEmpty(code);
        Code = code;
        Hint = hint ?? string.Empty;
    }

    /// <summary>Stable code from <see cref="CredentialErrorCodes"/>.</summary>
    public string Code { get; }

    /// <summary>What an administrator must do.</summary>
    public string Hint { get; }
}
