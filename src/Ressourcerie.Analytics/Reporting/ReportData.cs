using Ressourcerie.Analytics.Ingestion;
using Ressourcerie.Analytics.Interviews;
using Ressourcerie.Analytics.Inventories;
using Ressourcerie.Analytics.Needs;

namespace Ressourcerie.Analytics.Reporting;

/// <summary>
/// What the ministry report is built from: the study's domain objects and its quality report.
/// Sections read only this (never files), so a report can be built from objects made by hand.
/// </summary>
public sealed record ReportData
{
    public IReadOnlyList<Institution> Institutions { get; init; } = [];

    public IReadOnlyList<InventoryItem> Inventory { get; init; } = [];

    public IReadOnlyList<Need> Needs { get; init; } = [];

    /// <summary>Interviews and codings, when the study has them. Respondent names are never written.</summary>
    public CodingProject? Codings { get; init; }

    public DataQualityReport Quality { get; init; } = new();

    public IReadOnlyList<ReportInputFile> InputFiles { get; init; } = [];

    public string? DataDirectory { get; init; }

    /// <summary>The report's view of a loaded study.</summary>
    public static ReportData From(Study study) => new()
    {
        Institutions = study.Institutions,
        Inventory = study.Inventory,
        Needs = study.Needs,
        Codings = study.Codings,
        Quality = study.Quality,
        InputFiles = [.. study.InputFiles.Select(f => new ReportInputFile(RoleLabel(f.Role), f.Path, f.DisplayName))],
        DataDirectory = study.DataDirectory,
    };

    private static string RoleLabel(StudyInputRole role) => role switch
    {
        StudyInputRole.Institutions => "établissements",
        StudyInputRole.Inventory => "inventaire",
        StudyInputRole.Needs => "besoins",
        StudyInputRole.Interviews => "entretiens",
        _ => "codages",
    };
}
