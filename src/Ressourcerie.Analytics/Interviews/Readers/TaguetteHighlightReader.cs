using Ressourcerie.Analytics.Ingestion;

namespace Ressourcerie.Analytics.Interviews.Readers;

/// <summary>
/// Taguette's highlights export (<c>id,document,tag,content</c>, CSV or Excel): one row per
/// highlight × tag, so a highlight carrying two tags is two rows sharing the id, which becomes the
/// segments' <see cref="CodedSegment.SelectionId"/>. An untagged highlight (empty tag) carries no
/// coding and is rejected with a message. Descriptions and parents come from Taguette's codebook
/// export when given (<see cref="CodingsReadOptions.CodebookPath"/>).
/// </summary>
public static class TaguetteHighlightReader
{
    public static readonly IReadOnlyList<ColumnSpec> Columns =
    [
        new("id", "Identifiant", false, "id", "highlight id", "highlight"),
        new("document", "Document", true, "document", "document name"),
        new("tag", "Tag", true, "tag", "tags", "étiquette"),
        new("content", "Contenu", true, "content", "text", "highlight text"),
    ];

    public static bool Matches(IReadOnlyList<string> headers)
    {
        var keys = headers.Select(h => MatchKey.Fold(h)).ToHashSet(StringComparer.Ordinal);
        // Any header the columns accept ("tags", "text", "document name"…), not only Taguette's current ones.
        bool Has(string name) => Columns.First(c => c.Name == name).AllNames.Any(n => keys.Contains(MatchKey.Fold(n)));
        return Has("document") && Has("tag") && Has("content");
    }

    public static CodingProject Read(string path, DataQualityReport report, CodingsReadOptions? options = null)
    {
        using var reader = TabularFile.Open(path);
        return Read(reader, report, options);
    }

    private sealed record Row(int Number, string Id, string Document, string Tag, string Content);

    public static CodingProject Read(TabularReader reader, DataQualityReport report, CodingsReadOptions? options = null)
    {
        options ??= CodingsReadOptions.Default;
        var file = reader.File;
        report.RegisterFile(file);
        var builder = new CodingProjectBuilder(report);
        var map = ColumnMap.Resolve(reader.Headers, Columns, file, report);
        if (!map.IsComplete) return builder.Build(CodingFormats.Taguette);
        int id = map["id"], document = map["document"], tag = map["tag"], content = map["content"];

        var rows = new List<Row>();
        // Rows are counted when their fate is decided below: a file that breaks while being read
        // is refused whole, and leaves no row counted as read but neither accepted nor rejected.
        while (reader.Read())
        {
            rows.Add(new Row(reader.RowNumber, id >= 0 ? reader.Text(id) : "", reader.Text(document), reader.Text(tag), reader.Text(content)));
        }

        var codebook = options.CodebookPath is null ? [] : ExternalCodebook.Load(options.CodebookPath, report, options.Limits);
        var separator = CodePathNormalizer.DetectSeparator(rows.Select(r => r.Tag).Concat(codebook.Select(c => c.Name)));
        var paths = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var code in codebook)
        {
            var path = TagPath(code.Name, code.Parent, separator);
            paths.TryAdd(code.Name, path);
            builder.DeclareCode(new Code(path, code.Description));
        }

        foreach (var row in rows)
        {
            report.RowRead(file);
            if (row.Document.Length == 0 || row.Tag.Length == 0)
            {
                report.Error(file, row.Number, map.HeaderOf(row.Document.Length == 0 ? "document" : "tag"),
                    row.Document.Length == 0
                        ? $"Surlignage {row.Id} sans document : il ne peut être rattaché à aucun entretien."
                        : $"Surlignage {row.Id} sans tag : il ne porte aucun code et n'est pas compté comme codage.");
                report.RowRejected(file);
                continue;
            }
            var location = new SourceLocation(file, row.Number);
            var draft = builder.Interview(row.Document, location);
            var path = paths.GetValueOrDefault(row.Tag) ?? CodePathNormalizer.Normalize(row.Tag, separator);
            builder.AddSegment(new CodedSegment(draft.Id, path, row.Content, null, null, null, location)
            {
                SelectionId = row.Id.Length > 0 ? row.Id : null,
            });
            report.RowAccepted(file);
        }
        return builder.Build(CodingFormats.Taguette);
    }

    /// <summary>A tag's path: its own name when it already starts with its parent's, else parent &gt; name.</summary>
    private static string TagPath(string name, string? parent, string? separator)
    {
        var own = CodePathNormalizer.Normalize(name, separator);
        if (string.IsNullOrWhiteSpace(parent)) return own;
        var parentPath = CodePathNormalizer.Normalize(parent, separator);
        return own.StartsWith(parentPath + Code.Separator, StringComparison.Ordinal) ? own : parentPath + Code.Separator + own;
    }
}
