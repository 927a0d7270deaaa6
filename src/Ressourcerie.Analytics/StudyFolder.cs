using ExcelDataReader;
using Ressourcerie.Analytics.Ingestion;

namespace Ressourcerie.Analytics;

/// <summary>
/// Finds the inputs of a data folder by role: files named after a role (<c>inventaire.csv</c>,
/// <c>Inventaire 2024.xlsx</c>, <c>etablissements.tsv</c>; several files of one role are all read,
/// in name order), and, in a workbook named otherwise, the sheets named after a role. A REFI-QDA
/// project (<c>*.qdpx</c>, <c>*.qde</c>) holds codings whatever its name. Office lock files
/// (<c>~$…</c>) and hidden files are skipped.
/// </summary>
public static class StudyFolder
{
    public static IReadOnlyList<StudyInputFile> Find(string dataDirectory)
    {
        if (!Directory.Exists(dataDirectory))
            throw new InputFileException(dataDirectory, 0, "", $"Dossier de données introuvable : « {dataDirectory} ».");

        var inputs = new List<StudyInputFile>();
        var candidates = Directory.EnumerateFiles(dataDirectory)
            .Where(p => TabularFile.Extensions.Contains(Path.GetExtension(p), StringComparer.OrdinalIgnoreCase)
                        || StudyCodings.ProjectExtensions.Contains(Path.GetExtension(p), StringComparer.OrdinalIgnoreCase))
            .Where(p => !Path.GetFileName(p).StartsWith("~$", StringComparison.Ordinal) && !Path.GetFileName(p).StartsWith('.'))
            .Order(StringComparer.Ordinal);
        foreach (var path in candidates)
        {
            var name = Path.GetFileName(path);
            if (StudyCodings.ProjectExtensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase))
            {
                inputs.Add(new StudyInputFile(path, StudyInputRole.Codings, name));
                continue;
            }
            if (StudyInputRoles.Recognise(name) is { } role)
            {
                inputs.Add(new StudyInputFile(path, role, name));
                continue;
            }
            if (!IsWorkbook(path)) continue;
            foreach (var sheet in SheetNames(path))
                if (StudyInputRoles.Recognise(sheet) is { } sheetRole)
                    inputs.Add(new StudyInputFile(path, sheetRole, $"{name} (feuille « {sheet} »)", sheet));
        }
        return inputs.OrderBy(i => i.Role).ToList();
    }

    private static bool IsWorkbook(string path) =>
        Path.GetExtension(path).Equals(".xlsx", StringComparison.OrdinalIgnoreCase) || Path.GetExtension(path).Equals(".xlsm", StringComparison.OrdinalIgnoreCase);

    /// <summary>The sheet names of a workbook; none when it cannot be opened (it is then simply not an input).</summary>
    private static List<string> SheetNames(string path)
    {
        var names = new List<string>();
        try
        {
            System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
            using var stream = File.OpenRead(path);
            using var excel = ExcelReaderFactory.CreateOpenXmlReader(stream);
            do names.Add(excel.Name);
            while (excel.NextResult());
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException or ExcelDataReader.Exceptions.ExcelReaderException)
        {
            return [];
        }
        return names;
    }
}
