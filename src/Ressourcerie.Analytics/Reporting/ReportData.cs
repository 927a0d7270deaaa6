using Ressourcerie.Analytics.Impact;
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

    /// <summary>The reuse scenarios the report runs (the Scénarios and Sensibilité sheets).</summary>
    public IReadOnlyList<Scenario> Scenarios { get; init; } = [];

    /// <summary>Where each scenario was read from, in the order of <see cref="Scenarios"/> (for provenance).</summary>
    public IReadOnlyList<string> ScenarioFiles { get; init; } = [];

    // Keyed by the whole options (a record: the idle rule and the objective count as much as the
    // distance) and by the lists matched (compared by reference): a copy made with `with` shares this
    // dictionary, and must not be served a matching of other needs or another inventory.
    private readonly Dictionary<(MatchingOptions Options, IReadOnlyList<Institution> Institutions, IReadOnlyList<InventoryItem> Inventory, IReadOnlyList<Need> Needs), LoanMatchingRun> _matchings = [];

    /// <summary>
    /// The loan matching of idle items to needs within <paramref name="maxDistanceKm"/> (the report's
    /// default distance when null), run once per distance and shared by the Appariements sheet and
    /// the scenarios that use the same distance.
    /// </summary>
    public LoanMatchingRun Matching(ReportOptions options, double? maxDistanceKm = null)
    {
        var matchingOptions = maxDistanceKm is { } km ? options.Matching with { MaxDistanceKm = km } : options.Matching;
        var key = (matchingOptions, Institutions, Inventory, Needs);
        lock (_matchings)
        {
            if (!_matchings.TryGetValue(key, out var run))
                _matchings[key] = run = LoanMatcher.Run(Institutions, Inventory, Needs, matchingOptions);
            return run;
        }
    }

    /// <summary>
    /// The report's view of a loaded study. Scenarios come from <see cref="ReportOptions.ScenarioFiles"/>,
    /// or, when none is given, from the data folder's <c>scenarios/</c> sub-folder (JSON and YAML files,
    /// in name order); a scenario file that cannot be read stops the report (<see cref="InputFileException"/>).
    /// </summary>
    public static ReportData From(Study study, ReportOptions? options = null)
    {
        options ??= new ReportOptions();
        var scenarioFiles = options.ScenarioFiles.Count > 0 ? options.ScenarioFiles : DefaultScenarioFiles(study.DataDirectory);
        return new()
        {
            Institutions = study.Institutions,
            Inventory = study.Inventory,
            Needs = study.Needs,
            Codings = study.Codings,
            Quality = study.Quality,
            InputFiles = [.. study.InputFiles.Select(f => new ReportInputFile(RoleLabel(f.Role), f.Path, f.DisplayName))],
            DataDirectory = study.DataDirectory,
            Scenarios = [.. scenarioFiles.Select(ScenarioReader.Read)],
            ScenarioFiles = scenarioFiles,
        };
    }

    /// <summary>The JSON and YAML files of <c>DIR/scenarios/</c>, in ordinal name order (empty when there is none).</summary>
    public static IReadOnlyList<string> DefaultScenarioFiles(string? dataDirectory)
    {
        if (dataDirectory is null) return [];
        var folder = Path.Combine(dataDirectory, "scenarios");
        if (!Directory.Exists(folder)) return [];
        return [.. Directory.EnumerateFiles(folder)
            .Where(f => Path.GetExtension(f).ToLowerInvariant() is ".json" or ".yaml" or ".yml")
            .Order(StringComparer.Ordinal)];
    }

    private static string RoleLabel(StudyInputRole role) => role switch
    {
        StudyInputRole.Institutions => "établissements",
        StudyInputRole.Inventory => "inventaire",
        StudyInputRole.Needs => "besoins",
        StudyInputRole.Interviews => "entretiens",
        _ => "codages",
    };
}
