using System.Security.Cryptography;
using System.Text;

namespace GenesysCloud.Emulator;

/// <summary>GUIDs and random streams derived from text, so the same seed and inputs give the same ids and draws.</summary>
internal static class DeterministicIds
{
    /// <summary>A version-4-shaped GUID from the SHA-256 of the parts.</summary>
    public static string Guid(params string[] parts)
    {
        var hash = Hash(parts);
        var bytes = hash[..16];
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new System.Guid(bytes).ToString();
    }

    /// <summary>A <see cref="System.Random"/> seeded from the SHA-256 of the parts (seeded Random is stable across .NET versions).</summary>
    public static Random Random(params string[] parts) => new(BitConverter.ToInt32(Hash(parts), 0));

    private static byte[] Hash(string[] parts) => SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001f', parts)));
}
