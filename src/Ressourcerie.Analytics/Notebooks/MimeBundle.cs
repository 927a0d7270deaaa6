using System.Collections;
using System.Text.Json.Nodes;

namespace Ressourcerie.Analytics.Notebooks;

/// <summary>
/// The <c>data</c> of a <c>display_data</c> or <c>execute_result</c> output: one representation of
/// the same value per MIME type (<c>text/plain</c>, <c>text/html</c>, <c>image/png</c> as base64…).
/// Text is held as one string and written as a list of lines; JSON MIME types keep their JSON.
/// </summary>
public sealed class MimeBundle : IEnumerable<KeyValuePair<string, JsonNode>>
{
    private readonly Dictionary<string, JsonNode> _data = new(StringComparer.Ordinal);

    public int Count => _data.Count;

    public IEnumerable<string> MimeTypes => _data.Keys;

    public bool Contains(string mimeType) => _data.ContainsKey(mimeType);

    public JsonNode? this[string mimeType] => _data.GetValueOrDefault(mimeType);

    public MimeBundle Set(string mimeType, string text)
    {
        _data[mimeType] = JsonValue.Create(text);
        return this;
    }

    public MimeBundle Set(string mimeType, JsonNode json)
    {
        _data[mimeType] = json;
        return this;
    }

    /// <summary>The text of a MIME type (lines joined back when the file stored a list), or null.</summary>
    public string? GetText(string mimeType) => _data.GetValueOrDefault(mimeType) switch
    {
        null => null,
        JsonArray lines => string.Concat(lines.Select(l => l?.GetValue<string>() ?? "")),
        JsonValue value when value.TryGetValue(out string? text) => text,
        var other => other.ToJsonString(),
    };

    /// <summary>MIME types whose payload nbformat stores as JSON rather than as text.</summary>
    public static bool IsJsonMimeType(string mimeType) =>
        mimeType == "application/json" || (mimeType.StartsWith("application/", StringComparison.Ordinal) && mimeType.EndsWith("+json", StringComparison.Ordinal));

    /// <summary>
    /// MIME types written as a list of lines (Jupyter's <c>split_lines</c>); binary images stay one
    /// base64 string.
    /// </summary>
    public static bool IsMultilineMimeType(string mimeType) =>
        !IsJsonMimeType(mimeType) && (mimeType.StartsWith("text/", StringComparison.Ordinal)
                                      || mimeType == "image/svg+xml"
                                      || mimeType == "application/javascript");

    public IEnumerator<KeyValuePair<string, JsonNode>> GetEnumerator() => _data.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
