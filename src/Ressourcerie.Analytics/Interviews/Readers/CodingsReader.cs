using System.Text;
using Ressourcerie.Analytics.Ingestion;

namespace Ressourcerie.Analytics.Interviews.Readers;

/// <summary>
/// The one call that reads interview codings, whatever tool produced them:
/// <code>var project = CodingsReader.Read("exports/projet.qdpx", report);</code>
/// The format is told from the content, not only the name: a folder is our layout (entretiens +
/// codages); a zip holding project.qde, or XML rooted at &lt;Project&gt; or &lt;CodeBook&gt;, is
/// REFI-QDA; a table is recognised by its headers (our codages, ATLAS.ti quotations, MAXQDA coded
/// segments, Taguette highlights, QualCoder codings). <see cref="CodingProject.Format"/> says which.
/// </summary>
public static class CodingsReader
{
    public static CodingProject Read(string path, DataQualityReport report, CodingsReadOptions? options = null)
    {
        options ??= CodingsReadOptions.Default;
        if (Directory.Exists(path)) return CodingsLayoutReader.ReadDirectory(path, report);
        var file = Path.GetFileName(path);
        if (!File.Exists(path))
            throw new InputFileException(file, 0, "", $"Fichier ou dossier introuvable : « {path} ».");

        var head = ReadHead(path, file);
        if (head.Length == 0) throw new InputFileException(file, 0, "", "Le fichier est vide (0 octet) : la copie ou l'export a échoué. Exportez-le à nouveau, ou retirez-le du dossier.");
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (SafeZipArchive.HasZipSignature(head))
        {
            if (extension is ".xlsx" or ".xlsm" || IsWorkbook(path, file, options.Limits)) return ReadTable(path, report, options);
            return RefiQdaReader.Read(path, report, options);
        }
        if (extension is ".qdpx")
            throw new InputFileException(file, 0, "", "Le fichier porte l'extension .qdpx mais n'est pas une archive ZIP : un projet REFI-QDA est un zip contenant project.qde. Exportez à nouveau le projet.");
        if (extension is ".qde" or ".qdc" or ".xml" || LooksLikeXml(head)) return RefiQdaReader.Read(path, report, options);
        if (LooksBinary(head))
            throw new InputFileException(file, 0, "", $"Fichier binaire non reconnu : ce n'est ni un tableau (CSV, XLSX) ni un projet REFI-QDA. Formats compris : {CodingFormats.Understood}.");
        return ReadTable(path, report, options);
    }

    /// <summary>The format <see cref="Read"/> would use for a table, from its headers; null when none matches.</summary>
    public static string? DetectTableFormat(IReadOnlyList<string> headers)
    {
        if (IsLayoutCodings(headers) || IsLayoutInterviews(headers)) return CodingFormats.Ressourcerie;
        if (QualCoderCodingReader.Matches(headers)) return CodingFormats.QualCoder;
        if (TaguetteHighlightReader.Matches(headers)) return CodingFormats.Taguette;
        if (AtlasTiQuotationReader.Matches(headers)) return CodingFormats.AtlasTi;
        if (MaxqdaSegmentReader.Matches(headers)) return CodingFormats.Maxqda;
        return null;
    }

    private static CodingProject ReadTable(string path, DataQualityReport report, CodingsReadOptions options)
    {
        var reader = TabularFile.Open(path);
        try
        {
            var headers = reader.Headers;
            switch (DetectTableFormat(headers))
            {
                case CodingFormats.Ressourcerie:
                    bool codings = IsLayoutCodings(headers);
                    reader.Dispose();
                    var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
                    if (codings) return CodingsLayoutReader.Read(CodingsLayoutReader.FindFile(folder, CodingsLayoutReader.InterviewFileNames), path, report);
                    using (var sheet = CodingsLayoutReader.OpenSheet(path, CodingsLayoutReader.CodingFileNames))
                        if (sheet is not null) return CodingsLayoutReader.Read(path, path, report);
                    return CodingsLayoutReader.Read(path, CodingsLayoutReader.FindFile(folder, CodingsLayoutReader.CodingFileNames)
                        ?? throw new InputFileException(Path.GetFileName(path), 0, "",
                            "Ce fichier décrit des entretiens mais aucun fichier codages.csv (ou .xlsx, ou feuille « codages ») n'est à côté : les codages sont nécessaires."), report);
                case CodingFormats.QualCoder:
                    return QualCoderCodingReader.Read(reader, report, options);
                case CodingFormats.Taguette:
                    return TaguetteHighlightReader.Read(reader, report, options);
                case CodingFormats.AtlasTi:
                    return AtlasTiQuotationReader.Read(reader, report, options);
                case CodingFormats.Maxqda:
                    return MaxqdaSegmentReader.Read(reader, report, options);
                default:
                    var found = string.Join(", ", headers.Where(h => h.Length > 0).Take(12).Select(h => $"« {(h.Length > 40 ? h[..40] + "…" : h)} »"));
                    throw new InputFileException(reader.File, 1, "",
                        $"Format de codages non reconnu ({reader.Description}, colonnes {found}). Formats compris : {CodingFormats.Understood}.");
            }
        }
        finally
        {
            reader.Dispose();
        }
    }

    private static bool IsLayoutCodings(IReadOnlyList<string> headers) =>
        HasColumn(headers, CodingsLayoutReader.CodingColumns, "entretien_id") && HasColumn(headers, CodingsLayoutReader.CodingColumns, "code");

    private static bool IsLayoutInterviews(IReadOnlyList<string> headers) =>
        HasColumn(headers, CodingsLayoutReader.InterviewColumns, "entretien_id") && HasColumn(headers, CodingsLayoutReader.InterviewColumns, "profil");

    /// <summary>Whether a column of our layout is present, by its name, label or a specific alias (not the generic "id").</summary>
    private static bool HasColumn(IReadOnlyList<string> headers, IReadOnlyList<ColumnSpec> specs, string name)
    {
        var keys = headers.Select(h => MatchKey.Fold(h)).ToHashSet(StringComparer.Ordinal);
        return specs.First(s => s.Name == name).AllNames.Where(n => n != "id").Any(n => keys.Contains(MatchKey.Fold(n)));
    }

    private static byte[] ReadHead(string path, string file)
    {
        try
        {
            using var stream = File.OpenRead(path);
            var head = new byte[512];
            int n = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
            return head[..n];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputFileException(file, 0, "", $"Fichier illisible : {FileAccessProblem.Reading(e, path)}.", e);
        }
    }

    private static bool LooksLikeXml(byte[] head)
    {
        var text = Encoding.UTF8.GetString(head).Replace("\0", "").TrimStart('\uFEFF', '\uFFFE', ' ', '\t', '\r', '\n');
        return text.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase) || text.StartsWith("<Project", StringComparison.Ordinal)
            || text.StartsWith("<CodeBook", StringComparison.Ordinal) || text.StartsWith("<!DOCTYPE", StringComparison.Ordinal);
    }

    /// <summary>
    /// NUL bytes mean a binary file, except in UTF-16 text (which starts with a byte-order mark) and
    /// in an old .xls workbook, which the tabular layer refuses with its own advice.
    /// </summary>
    private static bool LooksBinary(byte[] head)
    {
        if (head.Length >= 2 && ((head[0] == 0xFF && head[1] == 0xFE) || (head[0] == 0xFE && head[1] == 0xFF))) return false;
        if (head.Length >= 4 && head[0] == 0xD0 && head[1] == 0xCF && head[2] == 0x11 && head[3] == 0xE0) return false;
        return Array.IndexOf(head, (byte)0) >= 0;
    }

    private static bool IsWorkbook(string path, string file, ReadLimits limits)
    {
        using var archive = SafeZipArchive.Open(path, file, limits);
        return archive.Find("xl/workbook.xml") is not null && archive.Find("project.qde") is null;
    }
}
