using Ressourcerie.Analytics.Ingestion;

namespace Ressourcerie.Analytics.Interviews.Readers;

/// <summary>
/// Our own layout (DATA-LAYOUT.md): <c>entretiens</c>, one row per interview, and <c>codages</c>,
/// one row per coded segment, as CSV or XLSX. Every row is accepted, accepted with a correction
/// (warning) or rejected (error naming file, row and column); a codage whose interview is unknown
/// or was rejected is rejected with the closest existing id.
/// </summary>
public static class CodingsLayoutReader
{
    public static readonly IReadOnlyList<ColumnSpec> InterviewColumns =
    [
        new("entretien_id", "Identifiant entretien", true, "interview_id", "id_entretien", "entretien", "interview", "id"),
        new("date", "Date", false, "date_entretien", "date de l'entretien", "interview_date"),
        new("profil", "Profil", false, "profile", "profil du répondant", "role", "rôle", "fonction"),
        new("etablissement_id", "Identifiant établissement", false, "établissement", "institution_id", "institution", "id_etablissement"),
        new("repondant", "Répondant", false, "respondent", "répondante", "interviewee", "personne interrogée"),
    ];

    public static readonly IReadOnlyList<ColumnSpec> CodingColumns =
    [
        new("entretien_id", "Identifiant entretien", true, "interview_id", "id_entretien", "entretien", "interview"),
        new("code", "Code", true, "code_path", "chemin du code"),
        new("extrait", "Extrait", false, "excerpt", "verbatim", "citation", "segment", "texte", "text", "quote"),
        new("codeur", "Codeur", false, "codeuse", "codeur·se", "coder", "annotateur", "annotatrice"),
        new("debut", "Début", false, "start", "begin", "position de début", "start_offset"),
        new("fin", "Fin", false, "end", "position de fin", "end_offset"),
        new("memo", "Mémo", false, "commentaire", "comment", "note"),
    ];

    /// <summary>File names (without extension) recognised in a data folder.</summary>
    public static readonly IReadOnlyList<string> InterviewFileNames = ["entretiens", "interviews"];

    public static readonly IReadOnlyList<string> CodingFileNames = ["codages", "codings", "codage"];

    /// <summary>Reads <c>entretiens.*</c> and <c>codages.*</c> from <paramref name="directory"/>.</summary>
    public static CodingProject ReadDirectory(string directory, DataQualityReport report)
    {
        var codings = FindFile(directory, CodingFileNames)
            ?? throw new InputFileException(Path.GetFileName(Path.TrimEndingDirectorySeparator(directory)), 0, "",
                $"Aucun fichier de codages dans le dossier « {directory} » : attendu codages.csv ou codages.xlsx (une ligne par segment codé).");
        return Read(FindFile(directory, InterviewFileNames), codings, report);
    }

    /// <summary>
    /// Reads a codages file and its entretiens file, which may be two sheets of one workbook
    /// (named "entretiens" and "codages"). Without entretiens the interviews are those the
    /// codages name, with profile "autre" (one warning says so).
    /// </summary>
    public static CodingProject Read(string? interviewsPath, string codingsPath, DataQualityReport report)
    {
        var builder = new CodingProjectBuilder(report);
        var rejectedInterviews = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        string? interviewsFile = null;
        bool oneWorkbook = interviewsPath is null || SamePath(interviewsPath, codingsPath);
        using (var reader = oneWorkbook ? OpenSheet(codingsPath, InterviewFileNames) : TabularFile.Open(interviewsPath!, preferredSheets: InterviewFileNames))
        {
            if (reader is not null)
            {
                interviewsFile = reader.File;
                ReadInterviews(reader, builder, rejectedInterviews);
            }
        }
        var codingsName = oneWorkbook && interviewsFile is not null ? $"{Path.GetFileName(codingsPath)} (codages)" : null;
        using (var reader = TabularFile.Open(codingsPath, codingsName, CodingFileNames))
        {
            if (interviewsFile is null)
                report.Warn(reader.File, 0, "",
                    "Pas de fichier entretiens à côté des codages : les entretiens sont déduits des identifiants cités, avec le profil « autre ». Ajoutez entretiens.csv pour les profils, dates et établissements.");
            ReadCodings(reader, builder, interviewsFile, rejectedInterviews);
        }
        return builder.Build(CodingFormats.Ressourcerie);
    }

    /// <summary>The sheet of workbook <paramref name="path"/> named like one of <paramref name="names"/>, or null (not a workbook, or no such sheet).</summary>
    internal static TabularReader? OpenSheet(string path, IReadOnlyList<string> names)
    {
        if (Path.GetExtension(path).ToLowerInvariant() is not (".xlsx" or ".xlsm")) return null;
        var reader = TabularFile.Open(path, $"{Path.GetFileName(path)} ({names[0]})", names);
        if (reader is XlsxTabularReader sheet && names.Any(n => MatchKey.Fold(n) == MatchKey.Fold(sheet.SheetName))) return reader;
        reader.Dispose();
        return null;
    }

    private static bool SamePath(string a, string b) => string.Equals(Path.GetFullPath(a), Path.GetFullPath(b), StringComparison.Ordinal);

    internal static string? FindFile(string directory, IReadOnlyList<string> names)
    {
        if (!Directory.Exists(directory)) return null;
        var wanted = names.Select(n => MatchKey.Fold(n)).ToHashSet(StringComparer.Ordinal);
        return Directory.EnumerateFiles(directory)
            .Where(f => TabularFile.Extensions.Contains(Path.GetExtension(f).ToLowerInvariant())
                        && wanted.Contains(MatchKey.Fold(Path.GetFileNameWithoutExtension(f))))
            .OrderBy(f => Array.IndexOf(TabularFile.Extensions, Path.GetExtension(f).ToLowerInvariant()))
            .ThenBy(f => f, StringComparer.Ordinal)
            .FirstOrDefault();
    }

    private static void ReadInterviews(TabularReader reader, CodingProjectBuilder builder, Dictionary<string, SourceLocation> rejected)
    {
        var report = builder.Report;
        var map = ColumnMap.Resolve(reader.Headers, InterviewColumns, reader.File, report);
        report.RegisterFile(reader.File);
        if (!map.IsComplete) return;
        var row = new RowValidator(reader, map, report);
        var idColumn = row.Column("entretien_id");
        var dateColumn = row.Column("date");
        var profileColumn = row.Column("profil");
        var institutionColumn = row.Column("etablissement_id");
        var respondentColumn = row.Column("repondant");
        var extra = map.ExtraHeaders.Select(h => (Header: h, Index: IndexOf(reader.Headers, h))).ToList();
        var firstRow = new Dictionary<string, int>(StringComparer.Ordinal);

        while (row.Next())
        {
            if (!row.Begin())
            {
                row.End();
                continue;
            }
            if (!row.Require(idColumn, "Identifiant d'entretien manquant (chaque entretien a un identifiant unique, ex. « E01 »)"))
            {
                row.End();
                continue;
            }
            var id = row.Span(idColumn).ToString();
            if (firstRow.TryGetValue(id, out int first))
                row.Reject(idColumn, $"Identifiant « {id} » déjà utilisé ligne {first} : les identifiants d'entretien doivent être uniques.");

            var profile = RespondentProfile.Autre;
            if (profileColumn.IsPresent && !row.IsRejected)
            {
                var text = row.Span(profileColumn).ToString();
                if (text.Length == 0)
                    row.Warn(profileColumn, $"Profil vide pour l'entretien « {id} » : profil « autre » retenu.");
                else if (!RespondentProfileParser.TryParse(text, out profile, out bool ambiguous))
                    row.Reject(profileColumn,
                        ambiguous
                            ? $"Profil « {text} » ambigu : il désigne plusieurs profils. Choisissez-en un parmi : {string.Join(", ", RespondentProfileParser.CanonicalValues)}."
                            : $"Profil « {text} » inconnu. Valeurs admises : {string.Join(", ", RespondentProfileParser.CanonicalValues)} (ou un synonyme : régisseur, informatique, médiation numérique, conservation, RSE, consultant…).",
                        ambiguous ? null : RespondentProfileParser.ClosestCanonical(text));
            }
            var date = dateColumn.IsPresent && !row.IsRejected ? ReadDate(row, dateColumn, id) : null;

            var location = new SourceLocation(row.File, row.Row);
            if (!row.End())
            {
                if (!firstRow.ContainsKey(id)) rejected.TryAdd(id, location);
                continue;
            }
            firstRow[id] = location.Row;
            rejected.Remove(id);
            var draft = builder.Interview(id, location);
            draft.Profile = profile;
            draft.Date = date;
            draft.InstitutionId = row.IsEmpty(institutionColumn) ? null : row.Span(institutionColumn).ToString();
            draft.Respondent = row.IsEmpty(respondentColumn) ? null : row.Span(respondentColumn).ToString();
            foreach (var (header, index) in extra)
                if (index >= 0 && !reader.IsEmpty(index)) draft.SetVariable(header, reader.Text(index), location);
        }
    }

    /// <summary>
    /// The interview date is optional metadata: a date that cannot be read is dropped with a
    /// warning rather than rejecting the interview and, with it, all its codings. Excel date cells,
    /// dd/mm/yyyy and yyyy-mm-dd are read; a serial number or a two-digit year is read with a warning.
    /// </summary>
    private static DateOnly? ReadDate(RowValidator row, BoundColumn column, string id)
    {
        if (row.IsEmpty(column)) return null;
        DateOnly date;
        string? note = null;
        switch (row.Kind(column))
        {
            case CellKind.Date:
                return row.TryDate(column, out var cell) ? cell : null;
            case CellKind.Number:
                row.TryNumber(column, double.MinValue, double.MaxValue, "une date", out var serial);
                date = FrenchDate.FromExcelSerial(serial!.Value);
                note = $"le nombre {row.Shown(column)} a été lu comme un numéro de série de date Excel : {date:dd/MM/yyyy}";
                break;
            default:
                if (!FrenchDate.TryParse(row.Span(column), out date, out var parse))
                {
                    row.Warn(column, $"Date « {row.Shown(column)} » illisible pour l'entretien « {id} » (attendu jj/mm/aaaa ou aaaa-mm-jj) : date ignorée, l'entretien est gardé.");
                    return null;
                }
                if (parse == DateParseNote.ExcelSerial) note = $"« {row.Shown(column)} » a été lu comme un numéro de série de date Excel : {date:dd/MM/yyyy}";
                if (parse == DateParseNote.TwoDigitYear) note = $"année à deux chiffres, « {row.Shown(column)} » a été lu comme le {date:dd/MM/yyyy}";
                break;
        }
        if (date.Year is < 1990 or > 2100)
        {
            row.Warn(column, $"Date « {row.Shown(column)} » invraisemblable pour un entretien ({date:dd/MM/yyyy}) : date ignorée, l'entretien est gardé.");
            return null;
        }
        if (note is not null) row.Warn(column, $"Entretien « {id} » : {note}. Écrivez la date jj/mm/aaaa.");
        return date;
    }

    /// <summary>A codage row kept until the file's code separator is known.</summary>
    private sealed record PendingCoding(int Row, string InterviewId, string RawCode, string Excerpt, string? Coder, int? Start, int? End, string? Memo);

    private static void ReadCodings(TabularReader reader, CodingProjectBuilder builder, string? interviewsFile, Dictionary<string, SourceLocation> rejectedInterviews)
    {
        var report = builder.Report;
        var file = reader.File;
        var map = ColumnMap.Resolve(reader.Headers, CodingColumns, file, report);
        report.RegisterFile(file);
        if (!map.IsComplete) return;
        var row = new RowValidator(reader, map, report);
        var idColumn = row.Column("entretien_id");
        var codeColumn = row.Column("code");
        var excerptColumn = row.Column("extrait");
        var coderColumn = row.Column("codeur");
        var startColumn = row.Column("debut");
        var endColumn = row.Column("fin");
        var memoColumn = row.Column("memo");
        var knownIds = builder.InterviewIds.ToList();
        bool deriveInterviews = interviewsFile is null;
        List<PendingCoding> pending = [.. row.Records(Parse)];

        var separator = CodePathNormalizer.DetectSeparator(pending.Select(p => p.RawCode));
        foreach (var p in pending)
        {
            var path = CodePathNormalizer.Normalize(p.RawCode, separator, out bool dropped);
            if (dropped)
                report.Warn(file, p.Row, codeColumn.Header, $"Code « {p.RawCode} » : niveau vide supprimé, lu « {path} ».");
            if (deriveInterviews) builder.Interview(p.InterviewId, new SourceLocation(file, p.Row));
            builder.AddSegment(new CodedSegment(p.InterviewId, path, p.Excerpt, p.Coder, p.Start, p.End, new SourceLocation(file, p.Row)) { Memo = p.Memo });
        }

        PendingCoding? Parse()
        {
            var id = row.Span(idColumn).ToString();
            if (row.Require(idColumn, "Identifiant d'entretien manquant (indiquez l'entretien auquel appartient ce segment)")
                && !deriveInterviews && !builder.HasInterview(id))
            {
                if (rejectedInterviews.TryGetValue(id, out var where))
                {
                    row.Reject(idColumn, $"L'entretien « {id} » a été rejeté ({where}) : ce codage l'est aussi. Corrigez d'abord la ligne de l'entretien.");
                }
                else
                {
                    var closest = EditDistance.Closest(id, knownIds);
                    row.Reject(idColumn, $"L'entretien « {id} » n'existe pas dans {interviewsFile}.{(closest is null ? "" : $" Vouliez-vous dire « {closest} » ?")}", closest);
                }
            }
            var rawCode = row.Span(codeColumn).ToString();
            if (row.Require(codeColumn, "Code manquant (chaque ligne de codages applique un code, ex. « Freins > Coût »)") && !rawCode.Any(char.IsLetterOrDigit))
                row.Reject(codeColumn, $"Code « {rawCode} » sans nom : il ne contient que des séparateurs.");
            bool hasStart = row.TryInteger(startColumn, 0, int.MaxValue, "une position en caractères, nombre entier positif ou nul", out long? start);
            bool hasEnd = row.TryInteger(endColumn, 0, int.MaxValue, "une position en caractères, nombre entier positif ou nul", out long? end);
            if (hasStart && hasEnd && start > end)
                row.Reject(startColumn, $"Début ({start}) après la fin ({end}) : le début doit être inférieur ou égal à la fin.");
            else if (hasStart && hasEnd && start is null != end is null)
            {
                row.Warn(start is null ? startColumn : endColumn, "Position de début ou de fin manquante : les deux vont ensemble, les positions de ce segment sont ignorées.");
                start = end = null;
            }

            // The verbatim is text even when it starts with =, +, - or @: the cell's text is taken as is.
            var excerpt = row.IsEmpty(excerptColumn) ? "" : row.Span(excerptColumn).ToString();
            var coder = row.IsEmpty(coderColumn) ? null : row.Span(coderColumn).ToString();
            var memo = row.IsEmpty(memoColumn) ? null : row.Span(memoColumn).ToString();
            if (!row.IsRejected && excerpt.Length == 0)
                row.Warn(excerptColumn.IsPresent ? excerptColumn : BoundColumn.None, $"Extrait vide pour le code « {rawCode} » de l'entretien « {id} » : le codage est gardé sans verbatim.");
            return row.IsRejected ? null : new PendingCoding(row.Row, id, rawCode, excerpt, coder, (int?)start, (int?)end, memo);
        }
    }

    private static int IndexOf(IReadOnlyList<string> headers, string header)
    {
        for (int i = 0; i < headers.Count; i++)
            if (headers[i] == header) return i;
        return -1;
    }
}
