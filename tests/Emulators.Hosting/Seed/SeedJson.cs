using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Emulators.Hosting;

/// <summary>Reading and writing emulator seed files: camelCase JSON with comments and trailing commas allowed.</summary>
public static class SeedJson
{
    /// <summary>JSON settings of seed files.</summary>
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Parses seed JSON and runs <paramref name="validate"/> on it.</summary>
    /// <exception cref="InvalidDataException">The JSON is malformed or empty (validation throws its own).</exception>
    public static T Parse<T>(string json, Action<T> validate)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(validate);
        T? seed;
        try
        {
            seed = JsonSerializer.Deserialize<T>(json, Options);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"The emulator seed is not valid JSON: {ex.Message}", ex);
        }

        if (seed is null)
        {
            throw new InvalidDataException("The emulator seed is empty.");
        }

        validate(seed);
        return seed;
    }

    /// <summary>The seed as JSON (the seed-file format).</summary>
    public static string Write<T>(T seed) => JsonSerializer.Serialize(seed, Options);

    /// <summary>The text of an embedded resource (the default seed compiled into the emulator).</summary>
    /// <exception cref="InvalidOperationException">The resource is missing.</exception>
    public static string ReadEmbedded(Assembly assembly, string resourceName)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        using var stream = assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"Embedded resource {resourceName} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
