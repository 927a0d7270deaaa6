using System.Globalization;
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
        var file = reader.File;
        report.RegisterFile(file);
        var map = ColumnMap.Resolve(reader.Headers, InterviewColumns, file, report);
        if (!map.IsComplete) return;
        int idCol = map["entretien_id"], dateCol = map["date"], profileCol = map["profil"], institutionCol = map["etablissement_id"], respondentCol = map["repondant"];
        var extra = map.ExtraHeaders.Select(h => (Header: h, Index: IndexOf(reader.Headers, h))).ToList();
        var firstRow = new Dictionary<string, int>(StringComparer.Ordinal);

        while (reader.Read())
        {
            report.RowRead(file);
            int row = reader.RowNumber;
            var id = reader.Text(idCol);
            if (id.Length == 0)
            {
                Reject(report, file, row, map.HeaderOf("entretien_id"), "Identifiant d'entretien vide : chaque entretien doit avoir un identifiant unique (ex. « E01 »).");
                continue;
            }
            if (firstRow.TryGetValue(id, out int first))
            {
                Reject(report, file, row, map.HeaderOf("entretien_id"), $"Identifiant « {id} » déjà utilisé ligne {first} : les identifiants d'entretien doivent être uniques.");
                continue;
            }
            firstRow[id] = row;

            RespondentProfile profile = RespondentProfile.Autre;
            if (profileCol >= 0)
            {
                var text = reader.Text(profileCol);
                if (text.Length == 0)
                {
                    report.Warn(file, row, map.HeaderOf("profil"), $"Profil vide pour l'entretien « {id} » : profil « autre » retenu.");
                }
                else if (!RespondentProfileParser.TryParse(text, out profile, out bool ambiguous))
                {
                    rejected[id] = new SourceLocation(file, row);
                    var message = ambiguous
                        ? $"Profil « {text} » ambigu : il désigne plusieurs profils. Choisissez-en un parmi : {string.Join(", ", RespondentProfileParser.CanonicalValues)}."
                        : $"Profil « {text} » inconnu. Valeurs admises : {string.Join(", ", RespondentProfileParser.CanonicalValues)} (ou un synonyme : régisseur, informatique, médiation numérique, conservation, RSE, consultant…).";
                    Reject(report, file, row, map.HeaderOf("profil"), message, ambiguous ? null : RespondentProfileParser.ClosestCanonical(text));
                    continue;
                }
            }

            DateOnly? date = dateCol >= 0 ? ReadDate(reader, dateCol, map.HeaderOf("date"), id, report) : null;
            var draft = builder.Interview(id, new SourceLocation(file, row));
            draft.Profile = profile;
            draft.Date = date;
            draft.InstitutionId = institutionCol >= 0 && !reader.IsEmpty(institutionCol) ? reader.Text(institutionCol) : null;
            draft.Respondent = respondentCol >= 0 && !reader.IsEmpty(respondentCol) ? reader.Text(respondentCol) : null;
            foreach (var (header, index) in extra)
                if (index >= 0 && !reader.IsEmpty(index)) draft.SetVariable(header, reader.Text(index), new SourceLocation(file, row));
            report.RowAccepted(file);
        }
    }

    private static DateOnly? ReadDate(TabularReader reader, int column, string header, string id, DataQualityReport report)
    {
        int row = reader.RowNumber;
        switch (reader.Kind(column))
        {
            case CellKind.Empty:
                return null;
            case CellKind.Date:
                return DateOnly.FromDateTime(reader.Date(column));
            case CellKind.Number:
                return FrenchDate.FromExcelSerial(reader.Number(column));
        }
        var text = reader.Text(column);
        if (FrenchDate.TryParse(text, out var date, out var note))
        {
            if (note == DateParseNote.TwoDigitYear)
                report.Warn(reader.File, row, header, $"Date « {text} » avec une année à deux chiffres : lue {date:dd/MM/yyyy}. Écrivez l'année sur quatre chiffres.");
            return date;
        }
        report.Warn(reader.File, row, header, $"Date « {text} » illisible pour l'entretien « {id} » (attendu jj/mm/aaaa ou aaaa-mm-jj) : date ignorée, l'entretien est gardé.");
        return null;
    }

    /// <summary>A codage row kept until the file's code separator is known.</summary>
    private sealed record PendingCoding(int Row, string InterviewId, string RawCode, string Excerpt, string? Coder, int? Start, int? End, string? Memo);

    private static void ReadCodings(TabularReader reader, CodingProjectBuilder builder, string? interviewsFile, Dictionary<string, SourceLocation> rejectedInterviews)
    {
        var report = builder.Report;
        var file = reader.File;
        report.RegisterFile(file);
        var map = ColumnMap.Resolve(reader.Headers, CodingColumns, file, report);
        if (!map.IsComplete) return;
        int idCol = map["entretien_id"], codeCol = map["code"], excerptCol = map["extrait"], coderCol = map["codeur"],
            startCol = map["debut"], endCol = map["fin"], memoCol = map["memo"];
        string idHeader = map.HeaderOf("entretien_id"), codeHeader = map.HeaderOf("code");
        var pending = new List<PendingCoding>();
        var knownIds = builder.InterviewIds.ToList();
        bool deriveInterviews = interviewsFile is null;

        while (reader.Read())
        {
            report.RowRead(file);
            int row = reader.RowNumber;
            var id = reader.Text(idCol);
            if (id.Length == 0)
            {
                Reject(report, file, row, idHeader, "Identifiant d'entretien vide : indiquez l'entretien auquel appartient ce segment.");
                continue;
            }
            if (!deriveInterviews && !builder.HasInterview(id))
            {
                if (rejectedInterviews.TryGetValue(id, out var where))
                {
                    Reject(report, file, row, idHeader, $"L'entretien « {id} » a été rejeté ({where}) : ce codage l'est aussi. Corrigez d'abord la ligne de l'entretien.");
                }
                else
                {
                    var closest = ClosestMatch.Find(id, knownIds);
                    var hint = closest is null ? "" : $" Vouliez-vous dire « {closest} » ?";
                    Reject(report, file, row, idHeader, $"L'entretien « {id} » n'existe pas dans {interviewsFile}.{hint}", closest);
                }
                continue;
            }
            var rawCode = reader.Text(codeCol);
            if (rawCode.Length == 0)
            {
                Reject(report, file, row, codeHeader, "Code vide : chaque ligne de codages applique un code (ex. « Freins > Coût »).");
                continue;
            }
            if (!TryReadOffsets(reader, startCol, endCol, map, report, out int? start, out int? end)) continue;

            // The verbatim is text even when it starts with =, +, - or @: the cell's text is taken as is.
            var excerpt = excerptCol >= 0 ? reader.Text(excerptCol) : "";
            if (excerpt.Length == 0)
                report.Warn(file, row, excerptCol >= 0 ? map.HeaderOf("extrait") : "Extrait", $"Extrait vide pour le code « {rawCode} » de l'entretien « {id} » : le codage est gardé sans verbatim.");
            var coder = coderCol >= 0 && !reader.IsEmpty(coderCol) ? reader.Text(coderCol) : null;
            var memo = memoCol >= 0 && !reader.IsEmpty(memoCol) ? reader.Text(memoCol) : null;
            pending.Add(new PendingCoding(row, id, rawCode, excerpt, coder, start, end, memo));
        }

        var separator = CodePathNormalizer.DetectSeparator(pending.Select(p => p.RawCode));
        foreach (var p in pending)
        {
            var path = CodePathNormalizer.Normalize(p.RawCode, separator, out bool dropped);
            if (path.Length == 0)
            {
                Reject(report, file, p.Row, codeHeader, $"Code « {p.RawCode} » sans nom : il ne contient que des séparateurs.");
                continue;
            }
            if (dropped)
                report.Warn(file, p.Row, codeHeader, $"Code « {p.RawCode} » : niveau vide supprimé, lu « {path} ».");
            if (deriveInterviews) builder.Interview(p.InterviewId, new SourceLocation(file, p.Row));
            builder.AddSegment(new CodedSegment(p.InterviewId, path, p.Excerpt, p.Coder, p.Start, p.End, new SourceLocation(file, p.Row)) { Memo = p.Memo });
            report.RowAccepted(file);
        }
    }

    private static bool TryReadOffsets(TabularReader reader, int startCol, int endCol, ColumnMap map, DataQualityReport report, out int? start, out int? end)
    {
        start = end = null;
        var file = reader.File;
        int row = reader.RowNumber;
        if (!TryReadOffset(reader, startCol, map.HeaderOf("debut"), report, out start)) return false;
        if (!TryReadOffset(reader, endCol, map.HeaderOf("fin"), report, out end)) return false;
        if (start is null != end is null)
        {
            var missing = start is null ? map.HeaderOf("debut") : map.HeaderOf("fin");
            report.Warn(file, row, missing, "Position de début ou de fin manquante : les deux vont ensemble, les positions de ce segment sont ignorées.");
            start = end = null;
            return true;
        }
        if (start > end)
        {
            Reject(report, file, row, map.HeaderOf("debut"), $"Début ({start}) après la fin ({end}) : le début doit être inférieur ou égal à la fin.");
            return false;
        }
        return true;
    }

    private static bool TryReadOffset(TabularReader reader, int column, string header, DataQualityReport report, out int? value)
    {
        value = null;
        if (column < 0 || reader.IsEmpty(column)) return true;
        double number;
        if (reader.Kind(column) == CellKind.Number) number = reader.Number(column);
        else if (!double.TryParse(reader.Span(column), NumberStyles.Integer, CultureInfo.InvariantCulture, out number))
        {
            Reject(report, reader.File, reader.RowNumber, header, $"Position « {reader.Text(column)} » invalide : un nombre entier de caractères (0, 1, 2…) est attendu.");
            return false;
        }
        if (number < 0 || number != Math.Floor(number) || number > int.MaxValue)
        {
            Reject(report, reader.File, reader.RowNumber, header, $"Position « {reader.Text(column)} » invalide : un nombre entier positif ou nul est attendu.");
            return false;
        }
        value = (int)number;
        return true;
    }

    private static void Reject(DataQualityReport report, string file, int row, string column, string message, string? suggestion = null)
    {
        report.Error(file, row, column, message, suggestion);
        report.RowRejected(file);
    }

    private static int IndexOf(IReadOnlyList<string> headers, string header)
    {
        for (int i = 0; i < headers.Count; i++)
            if (headers[i] == header) return i;
        return -1;
    }
}
