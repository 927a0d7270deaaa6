using Ressourcerie.Analytics.Ingestion;

namespace Ressourcerie.Analytics;

/// <summary>
/// The names a data folder uses for each role, as file names (<c>inventaire.csv</c>,
/// <c>inventaire-2024.xlsx</c>) or as sheet names of a workbook. The first name is the template's.
/// </summary>
public static class StudyInputRoles
{
    private static readonly Dictionary<StudyInputRole, string[]> Names = new()
    {
        [StudyInputRole.Institutions] = ["institutions", "etablissements", "établissements", "institution", "etablissement"],
        [StudyInputRole.Inventory] = ["inventaire", "inventaires", "inventory", "inventories"],
        [StudyInputRole.Needs] = ["besoins", "besoin", "needs", "need"],
        [StudyInputRole.Interviews] = ["entretiens", "entretien", "interviews", "interview"],
        [StudyInputRole.Codings] = ["codages", "codage", "codings", "coding"],
    };

    public static IReadOnlyList<string> NamesOf(StudyInputRole role) => Names[role];

    /// <summary>The template's file name for the role, e.g. "inventaire.csv".</summary>
    public static string TemplateFileName(StudyInputRole role) => Names[role][0] + ".csv";

    /// <summary>
    /// The role whose name is the first word of <paramref name="fileOrSheetName"/> (extension
    /// ignored): "Inventaire_musées 2024.xlsx" is an inventory, "etablissements.csv" the institutions.
    /// </summary>
    public static StudyInputRole? Recognise(string fileOrSheetName)
    {
        var stem = Path.GetExtension(fileOrSheetName) is { Length: > 0 } ext && TabularFile.Extensions.Contains(ext, StringComparer.OrdinalIgnoreCase)
            ? Path.GetFileNameWithoutExtension(fileOrSheetName)
            : fileOrSheetName;
        var words = MatchKey.FoldWords(stem).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) return null;
        foreach (var (role, names) in Names)
            if (names.Any(n => MatchKey.Fold(n) == words[0])) return role;
        return null;
    }
}
