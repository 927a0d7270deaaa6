namespace Ressourcerie.Analytics;

/// <summary>
/// One input of a study, for provenance: where it is, what it holds, and the name issues use for it.
/// </summary>
/// <param name="Path">The file on disk.</param>
/// <param name="Role">What it holds.</param>
/// <param name="DisplayName">The name used in issues and reports: the file name, with the sheet for a workbook read by sheet names.</param>
/// <param name="Sheet">For a workbook, the sheet to read (null: the sheet named like the role, else the first one).</param>
public sealed record StudyInputFile(string Path, StudyInputRole Role, string DisplayName, string? Sheet = null)
{
    /// <summary>How the file was read ("CSV, séparateur « ; », Windows-1252"), filled in once it has been opened.</summary>
    public string? Description { get; init; }

    public static StudyInputFile For(string path, StudyInputRole role) => new(path, role, System.IO.Path.GetFileName(path));
}
