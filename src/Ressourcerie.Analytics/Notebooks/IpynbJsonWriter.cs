using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Ressourcerie.Analytics.Notebooks;

/// <summary>
/// Writes JSON as VS Code's ipynb serializer does (<c>JSON.stringify(sortKeysRecursively(nb),
/// undefined, 1) + "\n"</c>, the same bytes as Jupyter's <c>json.dumps(indent=1, sort_keys=True,
/// ensure_ascii=False)</c>): one-space indentation, keys in ordinal order, non-ASCII text and emoji
/// written as is. Hand-written because <see cref="Utf8JsonWriter"/> always escapes characters
/// outside the BMP, which would make every notebook VS Code saved with an emoji differ after a run.
/// </summary>
internal static class IpynbJsonWriter
{
    public static string Write(JsonNode root)
    {
        var builder = new StringBuilder();
        WriteNode(builder, root, 0);
        builder.Append('\n');
        return builder.ToString();
    }

    private static void WriteNode(StringBuilder builder, JsonNode? node, int depth)
    {
        switch (node)
        {
            case null:
                builder.Append("null");
                break;
            case JsonObject obj:
                WriteObject(builder, obj, depth);
                break;
            case JsonArray array:
                WriteArray(builder, array, depth);
                break;
            case JsonValue value:
                WriteValue(builder, value);
                break;
        }
    }

    private static void WriteObject(StringBuilder builder, JsonObject obj, int depth)
    {
        if (obj.Count == 0)
        {
            builder.Append("{}");
            return;
        }
        builder.Append("{\n");
        bool first = true;
        foreach (var (key, value) in obj.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (!first) builder.Append(",\n");
            first = false;
            builder.Append(' ', depth + 1);
            WriteString(builder, key);
            builder.Append(": ");
            WriteNode(builder, value, depth + 1);
        }
        builder.Append('\n').Append(' ', depth).Append('}');
    }

    private static void WriteArray(StringBuilder builder, JsonArray array, int depth)
    {
        if (array.Count == 0)
        {
            builder.Append("[]");
            return;
        }
        builder.Append("[\n");
        for (int i = 0; i < array.Count; i++)
        {
            if (i > 0) builder.Append(",\n");
            builder.Append(' ', depth + 1);
            WriteNode(builder, array[i], depth + 1);
        }
        builder.Append('\n').Append(' ', depth).Append(']');
    }

    private static void WriteValue(StringBuilder builder, JsonValue value)
    {
        switch (value.GetValueKind())
        {
            case JsonValueKind.String:
                WriteString(builder, value.GetValue<string>());
                break;
            case JsonValueKind.Number when value.TryGetValue(out double d) && !value.TryGetValue(out long _):
                builder.Append(d.ToString("R", CultureInfo.InvariantCulture));
                break;
            default:
                builder.Append(value.ToJsonString());
                break;
        }
    }

    private static void WriteString(StringBuilder builder, string text)
    {
        builder.Append('"');
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\b': builder.Append("\\b"); break;
                case '\f': builder.Append("\\f"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    bool loneSurrogate = (char.IsHighSurrogate(c) && (i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1])))
                                         || (char.IsLowSurrogate(c) && (i == 0 || !char.IsHighSurrogate(text[i - 1])));
                    if (c < 0x20 || loneSurrogate) builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    else builder.Append(c);
                    break;
            }
        }
        builder.Append('"');
    }
}
