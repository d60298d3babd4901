using System.Text.Encodings.Web;
using System.Text.Json;

namespace Meridian.Types;

internal static class JsonText
{
    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Quotes a string as JavaScript's <c>JSON.stringify</c> does (only quotes, backslashes and controls escaped).</summary>
    public static string Quote(string value) => JsonSerializer.Serialize(value, Relaxed);
}
