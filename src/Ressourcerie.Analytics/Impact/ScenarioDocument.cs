using System.Text;
using System.Text.Json;
using Ressourcerie.Analytics.Ingestion;
using YamlDotNet.RepresentationModel;

namespace Ressourcerie.Analytics.Impact;

/// <summary>
/// A scenario file parsed into a small tree that remembers where each value was written (line and
/// character, 1-based), so that JSON and YAML files get the same checks and the same error messages.
/// Hostile files are bounded: size, depth and node count (YAML aliases can otherwise expand
/// exponentially).
/// </summary>
internal abstract record ScenarioNode(int Line, int Column)
{
    public const int MaxDepth = 32;
    public const int MaxNodes = 100_000;
    public const long MaxBytes = 1 << 20;

    public static ScenarioNode Parse(byte[] bytes, string file, bool json)
    {
        if (bytes.LongLength > MaxBytes)
            throw new InputFileException(file, 0, "", $"Fichier de scénario trop volumineux ({bytes.LongLength / 1024} Kio ; 1 Mio au plus).");
        // Notepad on French Windows may save Windows-1252: decode as the tabular readers do.
        var encoding = EncodingDetector.Detect(new MemoryStream(bytes));
        var text = encoding.Encoding.GetString(bytes, encoding.PreambleLength, bytes.Length - encoding.PreambleLength);
        return json ? JsonTree.Parse(Encoding.UTF8.GetBytes(text), file) : YamlTree.Parse(text, file);
    }

    public string Where => $"ligne {Line}, caractère {Column}";
}

/// <summary>A scalar: text as written (numbers keep their spelling so "0,6" and "60 %" can be read).</summary>
internal sealed record ScenarioScalar(string? Text, int Line, int Column) : ScenarioNode(Line, Column)
{
    public bool IsNull => Text is null;
}

internal sealed record ScenarioEntry(string Key, int Line, int Column, ScenarioNode Value);

internal sealed record ScenarioMap(IReadOnlyList<ScenarioEntry> Entries, int Line, int Column) : ScenarioNode(Line, Column);

internal sealed record ScenarioList(IReadOnlyList<ScenarioNode> Items, int Line, int Column) : ScenarioNode(Line, Column);

file static class JsonTree
{
    public static ScenarioNode Parse(byte[] bytes, string file)
    {
        var lineStarts = new List<int> { 0 };
        for (int i = 0; i < bytes.Length; i++)
            if (bytes[i] == (byte)'\n') lineStarts.Add(i + 1);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions
        {
            CommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
            MaxDepth = ScenarioNode.MaxDepth,
        });
        int nodes = 0;
        try
        {
            if (!reader.Read())
                throw new InputFileException(file, 0, "", "Le fichier de scénario est vide.");
            var root = ReadValue(ref reader);
            if (reader.Read())
                throw new InputFileException(file, Position(reader.TokenStartIndex).Line, "", "Contenu après la fin du document JSON.");
            return root;
        }
        catch (JsonException e)
        {
            long line = (e.LineNumber ?? 0) + 1;
            long column = (e.BytePositionInLine ?? 0) + 1;
            throw new InputFileException(file, (int)line, "", $"JSON mal formé (ligne {line}, caractère {column}) : vérifiez les virgules, guillemets et accolades.", e);
        }
        catch (InvalidOperationException e)
        {
            throw new InputFileException(file, 0, "", "JSON mal formé : vérifiez les virgules, guillemets et accolades.", e);
        }

        ScenarioNode ReadValue(ref Utf8JsonReader r)
        {
            if (++nodes > ScenarioNode.MaxNodes)
                throw new InputFileException(file, 0, "", $"Fichier de scénario trop complexe (plus de {ScenarioNode.MaxNodes} valeurs).");
            var (line, column) = Position(r.TokenStartIndex);
            switch (r.TokenType)
            {
                case JsonTokenType.StartObject:
                    var entries = new List<ScenarioEntry>();
                    while (r.Read() && r.TokenType != JsonTokenType.EndObject)
                    {
                        var (keyLine, keyColumn) = Position(r.TokenStartIndex);
                        var key = r.GetString() ?? "";
                        r.Read();
                        entries.Add(new ScenarioEntry(key, keyLine, keyColumn, ReadValue(ref r)));
                    }
                    return new ScenarioMap(entries, line, column);
                case JsonTokenType.StartArray:
                    var items = new List<ScenarioNode>();
                    while (r.Read() && r.TokenType != JsonTokenType.EndArray) items.Add(ReadValue(ref r));
                    return new ScenarioList(items, line, column);
                case JsonTokenType.String:
                    return new ScenarioScalar(r.GetString(), line, column);
                case JsonTokenType.Null:
                    return new ScenarioScalar(null, line, column);
                default:
                    return new ScenarioScalar(Encoding.UTF8.GetString(r.ValueSpan), line, column);
            }
        }

        (int Line, int Column) Position(long index)
        {
            long absolute = index;
            int line = lineStarts.BinarySearch((int)absolute);
            if (line < 0) line = ~line - 1;
            int start = lineStarts[line];
            int column = Encoding.UTF8.GetCharCount(bytes, start, (int)absolute - start) + 1;
            return (line + 1, column);
        }
    }
}

file static class YamlTree
{
    public static ScenarioNode Parse(string text, string file)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlDotNet.Core.YamlException e) when (e.Message.StartsWith("Duplicate key ", StringComparison.Ordinal))
        {
            var key = e.Message["Duplicate key ".Length..];
            throw new InputFileException(file, (int)e.Start.Line, key,
                $"clé « {key} » en double (caractère {e.Start.Column}) : chaque clé ne peut apparaître qu'une fois à un même niveau.", e);
        }
        catch (YamlDotNet.Core.YamlException e)
        {
            // YamlDotNet's own explanation is English: it stays in the inner exception (--verbose).
            throw new InputFileException(file, (int)e.Start.Line, "",
                $"YAML mal formé (ligne {e.Start.Line}, caractère {e.Start.Column}) : vérifiez l'indentation (espaces, pas de tabulations), les deux-points et les guillemets.", e);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // YamlDotNet throws other exception types on some malformed inputs (seen: InvalidOperationException).
            throw new InputFileException(file, 0, "", "YAML mal formé : vérifiez l'indentation, les deux-points et les guillemets.", e);
        }
        if (stream.Documents.Count == 0)
            throw new InputFileException(file, 0, "", "Le fichier de scénario est vide.");
        int nodes = 0;
        return Convert(stream.Documents[0].RootNode, 0);

        ScenarioNode Convert(YamlNode node, int depth)
        {
            if (++nodes > ScenarioNode.MaxNodes || depth > ScenarioNode.MaxDepth)
                throw new InputFileException(file, (int)node.Start.Line, "", $"Fichier de scénario trop complexe (plus de {ScenarioNode.MaxNodes} valeurs ou {ScenarioNode.MaxDepth} niveaux).");
            int line = (int)node.Start.Line, column = (int)node.Start.Column;
            switch (node)
            {
                case YamlMappingNode map:
                    var entries = new List<ScenarioEntry>();
                    foreach (var (key, value) in map.Children)
                    {
                        var keyText = key is YamlScalarNode k ? k.Value ?? "" : key.ToString();
                        entries.Add(new ScenarioEntry(keyText, (int)key.Start.Line, (int)key.Start.Column, Convert(value, depth + 1)));
                    }
                    return new ScenarioMap(entries, line, column);
                case YamlSequenceNode list:
                    return new ScenarioList(list.Children.Select(c => Convert(c, depth + 1)).ToList(), line, column);
                case YamlScalarNode scalar:
                    bool plain = scalar.Style is YamlDotNet.Core.ScalarStyle.Plain or YamlDotNet.Core.ScalarStyle.Any;
                    bool isNull = plain && scalar.Value is null or "" or "~" or "null" or "Null" or "NULL";
                    return new ScenarioScalar(isNull ? null : scalar.Value, line, column);
                default:
                    return new ScenarioScalar(null, line, column);
            }
        }
    }
}
