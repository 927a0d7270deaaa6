using System.Text;
using System.Text.Json;
using System.Text.Encodings.Web;

namespace Ressourcerie.Analytics.Reporting;

/// <summary>
/// The content of <c>summary.json</c>: key figures for other tools. Keys are snake_case ASCII and
/// written in ordinal order at every level, numbers are JSON numbers, so the same report gives the
/// same bytes. Sections extend it with <see cref="Section"/>.
/// </summary>
public sealed class SummaryJson
{
    private readonly SortedDictionary<string, object> _values = new(StringComparer.Ordinal);

    public SummaryJson Set(string key, double value)
    {
        if (!double.IsFinite(value)) throw new ArgumentException($"Valeur non finie pour {key}.", nameof(value));
        // Rounded so that floating-point noise in the last digits never changes the file.
        _values[Checked(key)] = Math.Round(value, 6);
        return this;
    }

    public SummaryJson Set(string key, long value)
    {
        _values[Checked(key)] = value;
        return this;
    }

    public SummaryJson Set(string key, string? value)
    {
        _values[Checked(key)] = value!;
        return this;
    }

    public SummaryJson Set(string key, bool value)
    {
        _values[Checked(key)] = value;
        return this;
    }

    public SummaryJson Set(string key, IEnumerable<SummaryJson> items)
    {
        _values[Checked(key)] = items.ToList();
        return this;
    }

    public SummaryJson Set(string key, IEnumerable<string> items)
    {
        _values[Checked(key)] = items.ToList();
        return this;
    }

    /// <summary>The nested object at <paramref name="key"/>, created when absent.</summary>
    public SummaryJson Section(string key)
    {
        if (_values.TryGetValue(Checked(key), out var existing))
            return existing as SummaryJson ?? throw new InvalidOperationException($"La clé {key} n'est pas un objet.");
        var section = new SummaryJson();
        _values[key] = section;
        return section;
    }

    public object? this[string key] => _values.GetValueOrDefault(key);

    internal void Redact(RespondentGuard guard)
    {
        foreach (var key in _values.Keys.ToList())
        {
            switch (_values[key])
            {
                case string s: _values[key] = guard.Redact(s); break;
                case SummaryJson nested: nested.Redact(guard); break;
                case List<SummaryJson> items: items.ForEach(item => item.Redact(guard)); break;
                case List<string> strings: _values[key] = strings.Select(guard.Redact).ToList(); break;
            }
        }
    }

    public string ToJson()
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            Write(writer);
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private void Write(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        foreach (var (key, value) in _values)
        {
            writer.WritePropertyName(key);
            WriteValue(writer, value);
        }
        writer.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null: writer.WriteNullValue(); break;
            case double d: writer.WriteNumberValue(d); break;
            case long l: writer.WriteNumberValue(l); break;
            case bool b: writer.WriteBooleanValue(b); break;
            case string s: writer.WriteStringValue(s); break;
            case SummaryJson nested: nested.Write(writer); break;
            case List<SummaryJson> items:
                writer.WriteStartArray();
                foreach (var item in items) item.Write(writer);
                writer.WriteEndArray();
                break;
            case List<string> strings:
                writer.WriteStartArray();
                foreach (var s in strings) writer.WriteStringValue(s);
                writer.WriteEndArray();
                break;
            default: throw new InvalidOperationException($"Type non pris en charge dans summary.json : {value.GetType()}");
        }
    }

    private static string Checked(string key)
    {
        bool valid = key.Length > 0 && key[0] is >= 'a' and <= 'z' && key.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_');
        return valid ? key : throw new ArgumentException($"Clé de summary.json invalide (snake_case ASCII attendu) : « {key} ».", nameof(key));
    }
}
