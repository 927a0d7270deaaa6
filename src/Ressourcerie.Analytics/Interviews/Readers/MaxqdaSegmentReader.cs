using System.Globalization;
using Ressourcerie.Analytics.Ingestion;

namespace Ressourcerie.Analytics.Interviews.Readers;

/// <summary>
/// MAXQDA's export of coded segments (Retrieved Segments / Overview of Coded Segments → Excel or
/// CSV), one row per coded segment, with headers in the interface's language (English, German,
/// French, Spanish). The code path is written <c>Parent &gt; Child</c> or <c>Parent\Child</c>;
/// Begin/End are paragraph numbers for texts and time codes for media; any column that is not a
/// known MAXQDA column is a document variable and becomes an interview variable.
/// </summary>
public static class MaxqdaSegmentReader
{
    public static readonly IReadOnlyList<ColumnSpec> Columns =
    [
        new("color", "Couleur", false, "Color", "Colour", "Farbe", "Color del código"),
        new("document_group", "Groupe de documents", false, "Document group", "Dokumentgruppe", "Grupo de documentos", "Textgruppe"),
        new("document", "Nom du document", true, "Document name", "Document", "Dokumentname", "Dokument", "Nombre del documento", "Nome do documento", "Textname"),
        new("code", "Code", true, "Code", "Kode", "Código", "Codigo"),
        new("begin", "Début", false, "Begin", "Start", "Anfang", "Beginn", "Inicio", "Início"),
        new("end", "Fin", false, "End", "Ende", "Final", "Fim"),
        new("segment", "Segment", false, "Segment", "Segmento", "Coded segment", "Codiertes Segment", "Segment codé"),
        new("comment", "Commentaire", false, "Comment", "Kommentar", "Comentario", "Comentário", "Memo"),
        new("created_by", "Créé par", false, "Created by", "Author", "Erstellt von", "Autor", "Creado por", "Criado por", "Auteur"),
        new("created", "Créé le", false, "Created", "Created on", "Erstellt am", "Erstellt", "Créé", "Date de création", "Creado el", "Creado", "Criado em"),
        new("modified_by", "Modifié par", false, "Modified by", "Geändert von", "Modificado por"),
        new("modified", "Modifié le", false, "Modified", "Modified on", "Geändert am", "Geändert", "Modifié", "Modificado el", "Modificado"),
        new("area", "Surface", false, "Area", "Fläche", "Área", "Area %"),
        new("coverage", "Couverture %", false, "Coverage %", "Coverage", "Abdeckungsgrad %", "Abdeckung %", "Abdeckungsgrad", "Couverture", "Cobertura %"),
        new("weight", "Poids", false, "Weight score", "Weight", "Gewicht", "Gewichtung", "Peso"),
    ];

    private static readonly HashSet<string> KnownNonVariable = new(["color", "document_group", "document", "code", "begin", "end", "segment", "comment",
        "created_by", "created", "modified_by", "modified", "area", "coverage", "weight"], StringComparer.Ordinal);

    /// <summary>True for a MAXQDA segment table: a document-name column, a single "Code" column and the segment text or its position.</summary>
    public static bool Matches(IReadOnlyList<string> headers)
    {
        var keys = headers.Select(h => MatchKey.Fold(h)).ToHashSet(StringComparer.Ordinal);
        bool Has(string name) => Columns.First(c => c.Name == name).AllNames.Any(n => keys.Contains(MatchKey.Fold(n)));
        return Has("document") && Has("code") && (Has("segment") || Has("begin"));
    }

    public static CodingProject Read(string path, DataQualityReport report, CodingsReadOptions? options = null)
    {
        using var reader = TabularFile.Open(path);
        return Read(reader, report, options);
    }

    private sealed record Row(int Number, string Document, string? Group, string RawCode, string Segment, string? Comment, string? CreatedBy,
        string? CreatedText, DateTime? CreatedCell, string? Begin, string? End, List<(string Name, string Value)> Variables);

    public static CodingProject Read(TabularReader reader, DataQualityReport report, CodingsReadOptions? options = null)
    {
        var file = reader.File;
        report.RegisterFile(file);
        var builder = new CodingProjectBuilder(report);
        var map = ColumnMap.Resolve(reader.Headers, Columns, file, report);
        if (!map.IsComplete) return builder.Build(CodingFormats.Maxqda);
        int document = map["document"], group = map["document_group"], code = map["code"], segment = map["segment"], comment = map["comment"],
            createdBy = map["created_by"], created = map["created"], begin = map["begin"], end = map["end"];
        var variables = new List<(string Header, int Index)>();
        for (int i = 0; i < reader.Headers.Count; i++)
            if (reader.Headers[i].Length > 0 && !Columns.Any(c => KnownNonVariable.Contains(c.Name) && map[c.Name] == i))
                variables.Add((reader.Headers[i], i));

        var rows = new List<Row>();
        // Rows are counted when their fate is decided below: a file that breaks while being read
        // is refused whole, and leaves no row counted as read but neither accepted nor rejected.
        while (reader.Read())
        {
            var vars = new List<(string, string)>();
            foreach (var (header, index) in variables)
                if (!reader.IsEmpty(index)) vars.Add((header, reader.Text(index)));
            rows.Add(new Row(reader.RowNumber, reader.Text(document), group >= 0 && !reader.IsEmpty(group) ? reader.Text(group) : null,
                reader.Text(code), segment >= 0 ? reader.Text(segment) : "",
                comment >= 0 && !reader.IsEmpty(comment) ? reader.Text(comment) : null,
                createdBy >= 0 && !reader.IsEmpty(createdBy) ? reader.Text(createdBy) : null,
                created >= 0 && reader.Kind(created) == CellKind.Text ? reader.Text(created) : null,
                created >= 0 && reader.Kind(created) == CellKind.Date ? reader.Date(created) : null,
                begin >= 0 && !reader.IsEmpty(begin) ? reader.Text(begin) : null,
                end >= 0 && !reader.IsEmpty(end) ? reader.Text(end) : null,
                vars));
        }

        var separator = CodePathNormalizer.DetectSeparator(rows.Select(r => r.RawCode), [">", "\\", "::"]);
        bool monthFirst = FlexibleDate.DetectMonthFirst(rows.Select(r => r.CreatedText).OfType<string>()) ?? false;
        string documentHeader = map.HeaderOf("document"), codeHeader = map.HeaderOf("code");
        foreach (var row in rows)
        {
            report.RowRead(file);
            var path = CodePathNormalizer.Normalize(row.RawCode, separator);
            if (row.Document.Length == 0 || path.Length == 0)
            {
                report.Error(file, row.Number, row.Document.Length == 0 ? documentHeader : codeHeader,
                    row.Document.Length == 0 ? "Segment sans nom de document : il ne peut être rattaché à aucun entretien." : "Segment sans code : ignoré.");
                report.RowRejected(file);
                continue;
            }
            var location = new SourceLocation(file, row.Number);
            var draft = builder.Interview(row.Document, location);
            if (row.Group is not null) draft.SetVariable(map.HeaderOf("document_group"), row.Group, location);
            foreach (var (name, value) in row.Variables) draft.SetVariable(name, value, location);
            var (first, last, media) = Positions(row.Begin, row.End);
            DateTime? createdAt = row.CreatedCell ?? (row.CreatedText is { } c && FlexibleDate.TryParse(c, monthFirst, out var d) ? d : null);
            builder.AddSegment(new CodedSegment(draft.Id, path, row.Segment, row.CreatedBy, null, null, location)
            {
                Memo = row.Comment,
                FirstParagraph = first,
                LastParagraph = last,
                Media = media,
                CreatedAt = createdAt,
            });
            report.RowAccepted(file);
        }
        return builder.Build(CodingFormats.Maxqda);
    }

    /// <summary>Paragraph numbers for texts ("12"), time codes for media ("0:01:23.4" → milliseconds).</summary>
    private static (int? First, int? Last, MediaLocation? Media) Positions(string? begin, string? end)
    {
        if (int.TryParse(begin, NumberStyles.Integer, CultureInfo.InvariantCulture, out int b))
            return (b, int.TryParse(end, NumberStyles.Integer, CultureInfo.InvariantCulture, out int e) ? e : b, null);
        if (TimeCode(begin) is { } beginMs)
            return (null, null, new MediaLocation(MediaKind.Video) { BeginMs = beginMs, EndMs = TimeCode(end) });
        return (null, null, null);
    }

    private static long? TimeCode(string? text) =>
        text is not null && text.Contains(':') && TimeSpan.TryParse(text.Count(c => c == ':') == 1 ? "0:" + text : text, CultureInfo.InvariantCulture, out var t)
            ? (long)t.TotalMilliseconds
            : null;
}
