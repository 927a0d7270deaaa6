using System.Globalization;
using Ressourcerie.Analytics.Ingestion;

namespace Ressourcerie.Analytics.Interviews.Readers;

/// <summary>
/// ATLAS.ti's quotation export (Quotation Manager → Export, CSV or Excel), one row per quotation,
/// in whatever language the interface was: the <c>Codes</c> cell joins the quotation's codes with
/// ", " although code names may contain commas themselves, so the list is split back with the
/// help of <c>Number of Codes</c> and of the code names known from the file (rows where the split is
/// unambiguous) and from an optional codebook. Subcodes are written <c>Parent: Child</c>; positions
/// are paragraph numbers; dates follow the computer's locale (<c>3/25/25</c> in English).
/// </summary>
public static class AtlasTiQuotationReader
{
    public static readonly IReadOnlyList<ColumnSpec> Columns =
    [
        new("number", "Numéro", false, "ID", "Number", "Nummer", "Número", "Numero", "Quotation ID", "Nr", "No"),
        new("reference", "Référence", false, "Reference", "Referenz", "Referencia", "Referência"),
        new("name", "Nom", false, "Name", "Quotation Name", "Zitatname", "Nombre", "Nome", "Nom de la citation", "Nombre de la cita", "Nome da citação"),
        new("content", "Contenu", false, "Text Content", "Content", "Quotation Content", "Quotation", "Inhalt", "Textinhalt", "Zitat", "Zitatinhalt",
            "Contenu du texte", "Contenu de la citation", "Citation", "Contenido", "Contenido del texto", "Cita", "Conteúdo", "Conteúdo do texto", "Texto", "Citação"),
        new("document", "Document", true, "Document", "Dokument", "Documento", "Document Name", "Nom du document", "Dokumentname", "Nombre del documento", "Nome do documento"),
        new("codes", "Codes", true, "Codes", "Kodes", "Códigos", "Codigos"),
        new("code_count", "Nombre de codes", false, "Number of Codes", "Codes Count", "Code Count", "Anzahl Codes", "Anzahl der Codes", "Número de códigos",
            "Numero de codigos", "Nombre de codes", "Quantidade de códigos", "Número de Códigos"),
        new("comment", "Commentaire", false, "Comment", "Kommentar", "Comentario", "Comentário"),
        new("start", "Position initiale", false, "Initial Position", "Start", "Start Position", "Anfang", "Anfangsposition", "Startposition", "Début",
            "Position de début", "Inicio", "Posición inicial", "Início", "Posição inicial"),
        new("end", "Position finale", false, "Final Position", "End", "End Position", "Ende", "Endposition", "Fin", "Position de fin", "Final",
            "Posición final", "Fim", "Posição final"),
        new("extent", "Étendue", false, "Extent", "Extensão", "Umfang", "Ausdehnung", "Extensión"),
        new("created", "Date de création", false, "Creation Date", "Created", "Erstellt", "Erstellt am", "Erstellungsdatum", "Créé", "Créé le", "Creado",
            "Fecha de creación", "Criado", "Data de criação", "Data de Criação"),
        new("created_by", "Créé par", false, "Created by", "Author", "Erstellt von", "Autor", "Creado por", "Criado por", "Auteur"),
        new("modified", "Date de modification", false, "Modification Date", "Modified", "Geändert", "Geändert am", "Änderungsdatum", "Modifié", "Modifié le",
            "Modificado", "Fecha de modificación", "Data de modificação"),
        new("document_groups", "Groupes de documents", false, "Document Groups", "Dokumentgruppen", "Grupos de documentos"),
    ];

    /// <summary>True when <paramref name="headers"/> look like an ATLAS.ti quotation export (a plural "Codes" column beside a document and a content or count column).</summary>
    public static bool Matches(IReadOnlyList<string> headers)
    {
        var keys = headers.Select(h => MatchKey.Fold(h)).ToHashSet(StringComparer.Ordinal);
        bool Has(string name) => Columns.First(c => c.Name == name).AllNames.Any(n => keys.Contains(MatchKey.Fold(n)));
        return Has("codes") && Has("document") && (Has("content") || Has("code_count") || Has("reference"));
    }

    public static CodingProject Read(string path, DataQualityReport report, CodingsReadOptions? options = null)
    {
        using var reader = TabularFile.Open(path);
        return Read(reader, report, options);
    }

    private sealed record Quotation(int Row, string Number, string Document, string Content, string CodesText, int? CodeCount, string? Comment,
        int? FirstParagraph, int? LastParagraph, string? Created, DateTime? CreatedCell, string? CreatedBy, string? DocumentGroups);

    public static CodingProject Read(TabularReader reader, DataQualityReport report, CodingsReadOptions? options = null)
    {
        options ??= CodingsReadOptions.Default;
        var file = reader.File;
        report.RegisterFile(file);
        var builder = new CodingProjectBuilder(report);
        var map = ColumnMap.Resolve(reader.Headers, Columns, file, report);
        if (!map.IsComplete) return builder.Build(CodingFormats.AtlasTi);

        var codebook = options.CodebookPath is null ? [] : ExternalCodebook.Load(options.CodebookPath, report, options.Limits);
        var codebookNames = codebook.Select(AtlasName).ToList();
        var quotations = ReadRows(reader, map, report);

        var known = new HashSet<string>(codebookNames, StringComparer.Ordinal);
        var splits = SplitCodeLists(quotations, known);

        bool monthFirst = FlexibleDate.DetectMonthFirst(quotations.Select(q => q.Created).OfType<string>())
            ?? reader.Headers.Any(h => h.Trim() is "Creation Date" or "Created" or "Criado" or "Data de criação");

        foreach (var (code, name) in codebook.Zip(codebookNames))
            builder.DeclareCode(new Code(ToPath(name), code.Description));

        string codesHeader = map.HeaderOf("codes"), countHeader = map.HeaderOf("code_count");
        foreach (var q in quotations)
        {
            report.RowRead(file);
            var split = splits[q.Row];
            if (split.Warning is { } warning) report.Warn(file, q.Row, split.WarningOnCount ? countHeader : codesHeader, warning);
            if (q.Document.Length == 0)
            {
                report.Error(file, q.Row, map.HeaderOf("document"), $"Citation {q.Number} sans document : elle ne peut être rattachée à aucun entretien.");
                report.RowRejected(file);
                continue;
            }
            if (split.Codes.Count == 0)
                report.Warn(file, q.Row, codesHeader, $"Citation {q.Number} sans code : gardée comme ligne lue, elle n'apporte aucun codage.");
            var draft = builder.Interview(q.Document, new SourceLocation(file, q.Row));
            if (q.DocumentGroups is { } documentGroups) draft.SetVariable(map.HeaderOf("document_groups"), documentGroups, new SourceLocation(file, q.Row));
            DateTime? created = q.CreatedCell ?? (q.Created is { } c && FlexibleDate.TryParse(c, monthFirst, out var d) ? d : null);
            foreach (var name in split.Codes)
            {
                builder.AddSegment(new CodedSegment(draft.Id, ToPath(name), q.Content, q.CreatedBy, null, null, new SourceLocation(file, q.Row))
                {
                    SelectionId = q.Number.Length > 0 ? q.Number : null,
                    Memo = q.Comment,
                    FirstParagraph = q.FirstParagraph,
                    LastParagraph = q.LastParagraph,
                    CreatedAt = created,
                });
            }
            report.RowAccepted(file);
        }
        return builder.Build(CodingFormats.AtlasTi);
    }

    /// <summary>A codebook entry as ATLAS.ti names it in the Codes cell: "Parent: Child".</summary>
    private static string AtlasName(ExternalCode code) =>
        code.Levels is { Count: > 1 } levels ? string.Join(": ", levels)
        : code.Parent is { Length: > 0 } parent ? $"{parent}: {code.Name}"
        : code.Name;

    private static List<Quotation> ReadRows(TabularReader reader, ColumnMap map, DataQualityReport report)
    {
        int number = map["number"], document = map["document"], content = map["content"], codes = map["codes"], count = map["code_count"],
            comment = map["comment"], start = map["start"], end = map["end"], created = map["created"], createdBy = map["created_by"], name = map["name"],
            groups = map["document_groups"];
        var rows = new List<Quotation>();
        // Rows are counted when their fate is decided: a file that breaks while being read is
        // refused whole, and leaves no row counted as read but neither accepted nor rejected.
        while (reader.Read())
        {
            int? codeCount = null;
            if (count >= 0 && !reader.IsEmpty(count))
            {
                if (int.TryParse(reader.Span(count), NumberStyles.Integer, CultureInfo.InvariantCulture, out int n) && n >= 0) codeCount = n;
                else if (reader.Kind(count) == CellKind.Number) codeCount = (int)reader.Number(count);
                else report.Warn(reader.File, reader.RowNumber, map.HeaderOf("code_count"), $"Nombre de codes « {reader.Text(count)} » illisible : la liste des codes est découpée sans lui.");
            }
            var text = content >= 0 ? reader.Text(content) : name >= 0 ? reader.Text(name) : "";
            rows.Add(new Quotation(
                reader.RowNumber,
                number >= 0 ? reader.Text(number) : "",
                reader.Text(document),
                text,
                reader.Text(codes),
                codeCount,
                comment >= 0 && !reader.IsEmpty(comment) ? reader.Text(comment) : null,
                Paragraph(reader, start),
                Paragraph(reader, end),
                created >= 0 && reader.Kind(created) == CellKind.Text ? reader.Text(created) : null,
                created >= 0 && reader.Kind(created) == CellKind.Date ? reader.Date(created) : null,
                createdBy >= 0 && !reader.IsEmpty(createdBy) ? reader.Text(createdBy) : null,
                groups >= 0 && !reader.IsEmpty(groups) ? reader.Text(groups) : null));
        }
        return rows;
    }

    /// <summary>A paragraph number ("4", or "¶ 4" in the Reference style); null for media positions (time codes, coordinates).</summary>
    private static int? Paragraph(TabularReader reader, int column)
    {
        if (column < 0 || reader.IsEmpty(column)) return null;
        if (reader.Kind(column) == CellKind.Number) return (int)reader.Number(column);
        var text = reader.Span(column).TrimStart("¶ \u2009\u00A0");
        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int p) ? p : null;
    }

    private sealed record Split(IReadOnlyList<string> Codes, string? Warning, bool WarningOnCount);

    /// <summary>
    /// Splits every quotation's code list. Rows whose ", "-separated pieces match the stated count
    /// are unambiguous and teach code names; the others are split into exactly that count,
    /// preferring pieces that are known names (then pieces whose parent is known), repeating
    /// while new names are learnt. A row still ambiguous at the end takes the first best split and
    /// is reported.
    /// </summary>
    private static Dictionary<int, Split> SplitCodeLists(List<Quotation> quotations, HashSet<string> known)
    {
        var result = new Dictionary<int, Split>();
        var pending = new List<(Quotation Q, string[] Tokens)>();
        foreach (var q in quotations)
        {
            var tokens = q.CodesText.Length == 0 ? [] : q.CodesText.Split(", ");
            if (q.CodeCount is null)
            {
                pending.Add((q, tokens));
                continue;
            }
            if (tokens.Length == q.CodeCount)
            {
                result[q.Row] = new Split(tokens, null, false);
                known.UnionWith(tokens);
            }
            else if (tokens.Length < q.CodeCount)
            {
                result[q.Row] = new Split(tokens, $"La citation annonce {q.CodeCount} codes mais sa liste n'en contient que {tokens.Length} : les {tokens.Length} lus sont gardés.", true);
                known.UnionWith(tokens);
            }
            else
            {
                pending.Add((q, tokens));
            }
        }

        bool learnt = true;
        while (learnt && pending.Count > 0)
        {
            learnt = false;
            var parents = Parents(known);
            var still = new List<(Quotation, string[])>();
            foreach (var (q, tokens) in pending)
            {
                var (codes, ways) = q.CodeCount is { } n ? BestSplit(tokens, n, known, parents) : (GreedySplit(tokens, known), 1);
                if (ways == 1)
                {
                    result[q.Row] = new Split(codes, null, false);
                    foreach (var code in codes) learnt |= known.Add(code);
                }
                else
                {
                    still.Add((q, tokens));
                }
            }
            pending = still;
        }
        foreach (var (q, tokens) in pending)
        {
            var (codes, _) = BestSplit(tokens, q.CodeCount!.Value, known, Parents(known));
            result[q.Row] = new Split(codes,
                $"Liste de codes ambiguë (des noms de codes contiennent des virgules) : lue comme {string.Join(" | ", codes.Select(c => $"« {c} »"))}. Donnez le livre de codes exporté d'ATLAS.ti pour lever le doute.",
                false);
        }
        return result;
    }

    private static HashSet<string> Parents(HashSet<string> known) =>
        known.Where(k => k.Contains(": ", StringComparison.Ordinal)).Select(k => k[..k.IndexOf(": ", StringComparison.Ordinal)]).ToHashSet(StringComparer.Ordinal);

    /// <summary>Longest known names first, from left to right; used when the export has no count column.</summary>
    private static List<string> GreedySplit(string[] tokens, HashSet<string> known)
    {
        var codes = new List<string>();
        for (int i = 0; i < tokens.Length;)
        {
            int take = 1;
            for (int j = tokens.Length; j > i + 1; j--)
            {
                if (known.Contains(string.Join(", ", tokens[i..j])))
                {
                    take = j - i;
                    break;
                }
            }
            codes.Add(string.Join(", ", tokens[i..(i + take)]));
            i += take;
        }
        return codes;
    }

    /// <summary>
    /// Dynamic programming over (first token, codes left): the split into exactly
    /// <paramref name="count"/> pieces with the best score, and how many splits reach it.
    /// </summary>
    private static (List<string> Codes, long Ways) BestSplit(string[] tokens, int count, HashSet<string> known, HashSet<string> parents)
    {
        int n = tokens.Length;
        var score = new int?[n + 1, count + 1];
        var ways = new long[n + 1, count + 1];
        var next = new int[n + 1, count + 1];
        score[n, 0] = 0;
        ways[n, 0] = 1;
        for (int i = n - 1; i >= 0; i--)
        {
            for (int k = 1; k <= count; k++)
            {
                for (int j = i + 1; j <= n; j++)
                {
                    if (score[j, k - 1] is not { } rest) continue;
                    int total = rest + PieceScore(string.Join(", ", tokens[i..j]), known, parents);
                    if (score[i, k] is not { } best || total > best)
                    {
                        score[i, k] = total;
                        ways[i, k] = ways[j, k - 1];
                        next[i, k] = j;
                    }
                    else if (total == best)
                    {
                        ways[i, k] = Math.Min(ways[i, k] + ways[j, k - 1], long.MaxValue / 2);
                    }
                }
            }
        }
        if (score[0, count] is null) return (tokens.ToList(), 1);
        var codes = new List<string>(count);
        for (int i = 0, k = count; k > 0; k--)
        {
            int j = next[i, k];
            codes.Add(string.Join(", ", tokens[i..j]));
            i = j;
        }
        return (codes, ways[0, count]);
    }

    private static int PieceScore(string piece, HashSet<string> known, HashSet<string> parents)
    {
        if (known.Contains(piece)) return 3;
        int colon = piece.IndexOf(": ", StringComparison.Ordinal);
        return colon > 0 && parents.Contains(piece[..colon]) ? 1 : 0;
    }

    /// <summary>
    /// ATLAS.ti writes a subcode "Parent: Child" (one level): the first ": " separates them. In-vivo
    /// codes, named by a quoted passage, are never split.
    /// </summary>
    private static string ToPath(string name)
    {
        int colon = name.IndexOf(": ", StringComparison.Ordinal);
        bool inVivo = name.Length > 0 && name[0] is '"' or '“' or '«' or '„';
        return colon > 0 && !inVivo ? CodePathNormalizer.Join([name[..colon], name[(colon + 2)..]]) : CodePathNormalizer.Clean(name);
    }
}
