using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Ressourcerie.Cli;

/// <summary>
/// The JSON written by <c>--format json</c>: snake_case ASCII keys, numbers as JSON numbers,
/// non-ASCII text kept readable, one document on stdout and nothing else there.
/// </summary>
public static class CliJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DictionaryKeyPolicy = null,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NumberHandling = JsonNumberHandling.Strict,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    public static void Write<T>(TextWriter output, T value)
    {
        output.WriteLine(JsonSerializer.Serialize(value, Options));
        output.Flush();
    }

    /// <summary>As <see cref="Write{T}(TextWriter, T)"/>, through a source-generated serializer built on a copy of <see cref="Options"/> (same JSON).</summary>
    public static void Write<T>(TextWriter output, T value, JsonTypeInfo<T> typeInfo)
    {
        output.WriteLine(JsonSerializer.Serialize(value, typeInfo));
        output.Flush();
    }
}
