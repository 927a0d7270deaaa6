using System.Globalization;
using Ressourcerie.Analytics.Inventories;

namespace Ressourcerie.Analytics.Impact;

/// <summary>
/// A reuse scenario: the levers that move it away from the baseline, where every need is met by a
/// new purchase and equipment in service is replaced at the end of its lifetime. A lever left out
/// has no effect (share 0, extension 0). Written by users as JSON or YAML (<see cref="ScenarioReader"/>)
/// or built in code.
/// </summary>
public sealed record Scenario
{
    /// <summary>The scenario's identifier (a slug such as <c>pret-mutualise</c>): JSON keys, file names, <c>--scenario</c>.</summary>
    public required string Name { get; init; }

    /// <summary>
    /// The French title a person reads (« Prêt mutualisé ») in the report, the charts and the
    /// command's text; the <see cref="Name"/> when none is given.
    /// </summary>
    public string Title
    {
        get => string.IsNullOrWhiteSpace(_title) ? Name : _title;
        init => _title = value;
    }

    private readonly string? _title;

    /// <summary>What the scenario tells, in French, for the report.</summary>
    public string Description { get; init; } = "";

    /// <summary>Years the scenario runs; results are given per year and summed.</summary>
    public int HorizonYears { get; init; } = 5;

    /// <summary>Calendar year of year 1; by default the year of the earliest need or loan.</summary>
    public int? StartYear { get; init; }

    /// <summary>Share (0–1) of the loans the matching found that actually take place.</summary>
    public double LoanShare { get; init; }

    /// <summary>Loans farther than this are not made (their needs are bought new); null: no limit beyond the matching's.</summary>
    public double? MaxDistanceKm { get; init; }

    /// <summary>Items a van carries per trip: a trip's emissions are shared by what it carries.</summary>
    public double ItemsPerTrip { get; init; } = 1;

    public DistanceRule DistanceRule { get; init; } = DistanceRule.RoundTrip;

    /// <summary>
    /// When true, the needs in the data are one year's needs and recur every year of the horizon;
    /// when false (default), each need counts once, in the year it starts.
    /// </summary>
    public bool RecurringNeeds { get; init; }

    /// <summary>Years added to every category's lifetime for the stock in service.</summary>
    public double LifetimeExtensionYears { get; init; }

    /// <summary>Per-category extension, replacing <see cref="LifetimeExtensionYears"/> for those categories.</summary>
    public IReadOnlyDictionary<string, double> LifetimeExtensionByCategory { get; init; } = new Dictionary<string, double>();

    /// <summary>Share (0–1) of the purchases still made (needs not met by loans, replacements) bought refurbished.</summary>
    public double RefurbishedShare { get; init; }

    /// <summary>
    /// Share of a new device's embodied footprint a refurbished purchase avoids, for every category;
    /// null: the library's ADEME / NegaOctet 2022 range per category.
    /// </summary>
    public EmissionFactor? RefurbishedSaving { get; init; }

    /// <summary>
    /// Extra electricity an older device uses compared with the new one it is kept instead of, as a
    /// share of its annual kWh (0.1 = 10 % more). It is the use-phase cost of lifetime extension;
    /// 0 by default, as no source quantifies it for our devices.
    /// </summary>
    public double OlderDeviceExtraConsumption { get; init; }

    public IReadOnlyList<FactorOverride> FactorOverrides { get; init; } = [];

    /// <summary>The file the scenario was read from, if any.</summary>
    public string? File { get; init; }

    /// <summary>The baseline itself: no lever moved.</summary>
    public static Scenario Baseline { get; } = new()
    {
        Name = "reference",
        Title = "Situation de référence",
        Description = "Situation de référence : chaque besoin est couvert par un achat neuf, l'équipement en service est remplacé en fin de vie.",
    };

    public double LifetimeExtensionFor(string categoryId) =>
        LifetimeExtensionByCategory.TryGetValue(categoryId, out var years) ? years : LifetimeExtensionYears;

    /// <summary>The problems of a scenario built in code, as (key, French message); empty when valid.</summary>
    public IReadOnlyList<(string Key, string Message)> Problems()
    {
        var problems = new List<(string, string)>();
        void Check(bool ok, string key, string message)
        {
            if (!ok) problems.Add((key, message));
        }
        Check(!string.IsNullOrWhiteSpace(Name), "name", "le scénario doit avoir un nom.");
        Check(HorizonYears is >= 1 and <= 100, "horizon_years", "l'horizon doit être un nombre entier d'années entre 1 et 100.");
        Check(IsShare(LoanShare), "loan_share", "la part doit être comprise entre 0 et 1.");
        Check(IsShare(RefurbishedShare), "refurbished_share", "la part doit être comprise entre 0 et 1.");
        Check(MaxDistanceKm is null || (MaxDistanceKm >= 0 && !double.IsNaN(MaxDistanceKm.Value)), "max_distance_km", "la distance ne peut pas être négative.");
        Check(ItemsPerTrip > 0 && double.IsFinite(ItemsPerTrip), "items_per_trip", "un trajet transporte au moins un objet (nombre strictement positif).");
        Check(LifetimeExtensionYears >= 0 && double.IsFinite(LifetimeExtensionYears), "lifetime_extension_years", "l'allongement ne peut pas être négatif.");
        foreach (var (category, years) in LifetimeExtensionByCategory)
        {
            Check(EquipmentTaxonomy.TryGet(category, out _), $"lifetime_extension_by_category.{category}", $"catégorie inconnue « {category} ».");
            Check(years >= 0 && double.IsFinite(years), $"lifetime_extension_by_category.{category}", "l'allongement ne peut pas être négatif.");
        }
        Check(OlderDeviceExtraConsumption >= 0 && double.IsFinite(OlderDeviceExtraConsumption), "older_device_extra_consumption", "la surconsommation ne peut pas être négative.");
        if (RefurbishedSaving is { } saving)
        {
            Check(saving.Range.Problem() is null, "refurbished_saving", saving.Range.Problem() ?? "");
            Check(saving.Range.High <= 1, "refurbished_saving", "une part évitée ne peut pas dépasser 1.");
        }
        return problems;
    }

    internal void EnsureValid()
    {
        var problems = Problems();
        if (problems.Count > 0)
            throw new ArgumentException($"Scénario « {Name} » invalide : " + string.Join(" ; ", problems.Select(p => $"{p.Key} : {p.Message}")));
    }

    private static bool IsShare(double value) => value is >= 0 and <= 1;

    public override string ToString() => string.Create(CultureInfo.GetCultureInfo("fr-FR"), $"{Title} ({HorizonYears} ans)");
}
