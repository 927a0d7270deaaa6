using Ressourcerie.Analytics.Ingestion;

namespace Ressourcerie.Analytics.Interviews.Readers;

/// <summary>
/// QualCoder's export of coded data (Reports → Coding → export CSV or Excel): UTF-8 with BOM,
/// every field quoted, columns <c>File/case, [Filename], Coder, Coded, Id, Codename, Coded_Memo</c>,
/// then one <c>Category</c> column per level above the code (the nearest category first), then
/// <c>FileVar_&lt;name&gt;</c> and <c>CaseVar_&lt;name&gt;</c> columns. Image and audio/video codings
/// say "image" or "a/v" instead of the coded text; their id (<c>imid:</c>, <c>avid:</c>) tells which.
/// </summary>
public static class QualCoderCodingReader
{
    public static readonly IReadOnlyList<ColumnSpec> Columns =
    [
        new("file_case", "Fichier/cas", true, "File/case", "File|Case", "File", "Case", "File or case", "Fichier", "Cas", "Datei/Fall"),
        new("filename", "Nom du fichier", false, "Filename", "File name"),
        new("coder", "Codeur", false, "Coder", "Codierer"),
        new("coded", "Texte codé", true, "Coded", "Coded text"),
        new("id", "Identifiant", false, "Id", "ID"),
        new("codename", "Code", true, "Codename", "Code name"),
        new("coded_memo", "Mémo", false, "Coded_Memo", "Coded memo", "Memo"),
    ];

    public static bool Matches(IReadOnlyList<string> headers)
    {
        var keys = headers.Select(h => MatchKey.Fold(h)).ToHashSet(StringComparer.Ordinal);
        // "Code name" folds to "codename"; "Coded text" is the other header the reader's columns accept for the text.
        return keys.Contains("codename") && (keys.Contains("coded") || keys.Contains("codedtext"));
    }

    public static CodingProject Read(string path, DataQualityReport report, CodingsReadOptions? options = null)
    {
        using var reader = TabularFile.Open(path);
        return Read(reader, report, options);
    }

    public static CodingProject Read(TabularReader reader, DataQualityReport report, CodingsReadOptions? options = null)
    {
        var file = reader.File;
        report.RegisterFile(file);
        var builder = new CodingProjectBuilder(report);
        // The category columns all share one header, which ColumnMap would report as duplicates:
        // they are found by hand below, and only the other columns go through the map.
        var headers = reader.Headers.Select(h => IsCategory(h) ? "" : h).ToList();
        var map = ColumnMap.Resolve(headers, Columns, file, report);
        if (!map.IsComplete) return builder.Build(CodingFormats.QualCoder);
        int fileCase = map["file_case"], filename = map["filename"], coder = map["coder"], coded = map["coded"], id = map["id"],
            codename = map["codename"], memo = map["coded_memo"];
        var categories = Enumerable.Range(0, reader.Headers.Count).Where(i => IsCategory(reader.Headers[i])).ToList();
        var variables = Enumerable.Range(0, reader.Headers.Count)
            .Select(i => (Index: i, Name: VariableName(reader.Headers[i])))
            .Where(v => v.Name is not null)
            .ToList();

        while (reader.Read())
        {
            report.RowRead(file);
            int row = reader.RowNumber;
            var location = new SourceLocation(file, row);
            var holder = reader.Text(fileCase);
            var document = filename >= 0 && !reader.IsEmpty(filename) ? reader.Text(filename) : holder;
            var code = reader.Text(codename);
            if (document.Length == 0 || code.Length == 0)
            {
                report.Error(file, row, document.Length == 0 ? map.HeaderOf("file_case") : map.HeaderOf("codename"),
                    document.Length == 0 ? "Codage sans fichier : il ne peut être rattaché à aucun entretien." : "Codage sans nom de code : ignoré.");
                report.RowRejected(file);
                continue;
            }
            var draft = builder.Interview(document, location);
            // With a Filename column, the first column names the case: usually the respondent (personal data, never printed).
            if (filename >= 0 && holder.Length > 0 && holder != document) draft.Respondent ??= holder;
            foreach (var (index, name) in variables)
                if (!reader.IsEmpty(index)) draft.SetVariable(name!, reader.Text(index), location);

            var levels = categories.Where(c => !reader.IsEmpty(c)).Select(c => reader.Text(c)).Reverse().Append(code);
            var codingId = id >= 0 ? reader.Text(id) : "";
            var (excerpt, media) = codingId.StartsWith("imid:", StringComparison.OrdinalIgnoreCase) ? ("", new MediaLocation(MediaKind.Picture))
                : codingId.StartsWith("avid:", StringComparison.OrdinalIgnoreCase) ? ("", new MediaLocation(MediaKind.Video))
                : (reader.Text(coded), (MediaLocation?)null);
            builder.AddSegment(new CodedSegment(draft.Id, CodePathNormalizer.Join(levels), excerpt, coder >= 0 && !reader.IsEmpty(coder) ? reader.Text(coder) : null,
                null, null, location)
            {
                Memo = memo >= 0 && !reader.IsEmpty(memo) ? reader.Text(memo) : null,
                Media = media,
            });
            report.RowAccepted(file);
        }
        return builder.Build(CodingFormats.QualCoder);
    }

    private static bool IsCategory(string header)
    {
        var key = MatchKey.Fold(header);
        return key.StartsWith("category", StringComparison.Ordinal) && key[8..].All(char.IsAsciiDigit);
    }

    private static string? VariableName(string header)
    {
        foreach (var prefix in new[] { "FileVar_", "CaseVar_" })
            if (header.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && header.Length > prefix.Length)
                return header[prefix.Length..];
        return null;
    }
}
