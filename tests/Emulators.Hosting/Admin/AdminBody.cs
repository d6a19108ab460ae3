using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Emulators.Hosting;

/// <summary>Reading admin request bodies and answering admin errors (<c>{message, status}</c>), for the shared and each emulator's own admin endpoints.</summary>
public static class AdminBody
{
    /// <summary>Deserializes the captured JSON body; on failure <paramref name="error"/> is a 400 saying why.</summary>
    public static bool TryRead<T>(HttpContext context, JsonSerializerOptions json, out T value, out IResult? error)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(context);
        value = null!;
        try
        {
            var bytes = RequestBody.Bytes(context);
            var parsed = bytes.Length == 0 ? null : JsonSerializer.Deserialize<T>(bytes, json);
            if (parsed is null)
            {
                error = Error("A JSON body is required.", json);
                return false;
            }

            value = parsed;
            error = null;
            return true;
        }
        catch (JsonException ex)
        {
            error = Error($"Malformed JSON: {ex.Message}", json);
            return false;
        }
    }

    /// <summary>An admin error <c>{message, status}</c>.</summary>
    public static IResult Error(string message, JsonSerializerOptions json, int status = StatusCodes.Status400BadRequest) =>
        Results.Json(new { message, status }, json, statusCode: status);
}
