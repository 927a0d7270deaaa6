using Ressourcerie.Analytics.Ingestion;
using Ressourcerie.Analytics.Inventories;

namespace Ressourcerie.Analytics.Impact;

/// <summary>
/// The emission factors the impact model uses, each with its source: per equipment category
/// (<see cref="DeviceFactors"/>), the French grid, van transport, the per-capita French footprint
/// and the saving rates of refurbished purchases. <see cref="Default"/> is the library shipped in
/// the assembly (<c>Resources/emission-factors.csv</c>, compiled from ADEME, Boavizta and EcoDiag);
/// <see cref="Load"/> reads a user's file of the same layout. A scenario's overrides give a new
/// library (<see cref="WithOverrides"/>); the original is never changed.
/// </summary>
public sealed class FactorLibrary
{
    public const string GridId = "electricity_fr";
    public const string TransportVanId = "transport_van";
    public const string PerCapitaId = "per_capita_fr";

    /// <summary>Logical name of the embedded factor file.</summary>
    public const string ResourceName = "Ressourcerie.Resources.emission-factors.csv";

    private static readonly Lazy<FactorLibrary> Embedded = new(() =>
    {
        using var stream = typeof(FactorLibrary).Assembly.GetManifestResourceStream(ResourceName)
                           ?? throw new InvalidOperationException($"Ressource intégrée introuvable : {ResourceName}");
        return FactorLibraryReader.Read(stream, "emission-factors.csv (intégré)");
    });

    private readonly Dictionary<string, DeviceFactors> _devices;
    private readonly Dictionary<string, EmissionFactor> _refurbishedByCategory;

    internal FactorLibrary(
        string sourceName,
        IEnumerable<DeviceFactors> devices,
        EmissionFactor grid,
        EmissionFactor transportVan,
        EmissionFactor perCapita,
        IReadOnlyDictionary<string, EmissionFactor> refurbishedByCategory,
        EmissionFactor refurbishedDefault)
    {
        SourceName = sourceName;
        _devices = devices.ToDictionary(d => d.CategoryId, StringComparer.Ordinal);
        _refurbishedByCategory = new(refurbishedByCategory, StringComparer.Ordinal);
        Grid = grid;
        TransportVan = transportVan;
        PerCapita = perCapita;
        RefurbishedSavingDefault = refurbishedDefault;
    }

    /// <summary>The library shipped with the toolkit.</summary>
    public static FactorLibrary Default => Embedded.Value;

    /// <summary>Reads a factor file (CSV or XLSX) of the layout of <c>emission-factors.csv</c>.</summary>
    public static FactorLibrary Load(string path) => FactorLibraryReader.Read(path);

    /// <summary>Where the factors come from (file name), for the report.</summary>
    public string SourceName { get; }

    /// <summary>The rows of the file, sourced or not, by category id.</summary>
    public IReadOnlyList<DeviceFactors> Devices => _devices.Values.OrderBy(d => d.CategoryId, StringComparer.Ordinal).ToList();

    /// <summary>French grid carbon intensity, kgCO2e per kWh.</summary>
    public EmissionFactor Grid { get; }

    /// <summary>Light commercial vehicle, kgCO2e per vehicle-km.</summary>
    public EmissionFactor TransportVan { get; }

    /// <summary>French per-capita footprint, tCO2e per person per year.</summary>
    public EmissionFactor PerCapita { get; }

    /// <summary>Saving rate of a refurbished purchase for categories without a rate of their own.</summary>
    public EmissionFactor RefurbishedSavingDefault { get; }

    /// <summary>
    /// The factors of a category. A category without a row gets a « facteur manquant » entry
    /// (never a zero), so that callers list it instead of counting it.
    /// </summary>
    public DeviceFactors Device(string categoryId)
    {
        if (_devices.TryGetValue(categoryId, out var device)) return device;
        var label = EquipmentTaxonomy.FrenchLabel(categoryId);
        var missing = new EmissionFactor(categoryId, label, "kgCO2e/unité", default, FactorStatus.Missing,
            "", $"aucune ligne pour « {categoryId} » dans la bibliothèque de facteurs ({SourceName})", "");
        return new DeviceFactors(categoryId, "aucune", missing, null, null, null, null, null);
    }

    /// <summary>Share of a new device's embodied footprint that buying it refurbished avoids (0–1).</summary>
    public EmissionFactor RefurbishedSaving(string categoryId) =>
        _refurbishedByCategory.TryGetValue(categoryId, out var factor) ? factor : RefurbishedSavingDefault;

    /// <summary>Every distinct factor of the library (devices, grid, transport, per-capita, refurbished rates).</summary>
    public IEnumerable<EmissionFactor> AllFactors()
    {
        foreach (var device in Devices)
        {
            yield return device.Embodied;
            if (device.Lifetime is not null) yield return device.Lifetime;
            if (device.AnnualEnergy is not null) yield return device.AnnualEnergy;
            if (device.EndOfLife is not null) yield return device.EndOfLife;
        }
        yield return Grid;
        yield return TransportVan;
        yield return PerCapita;
        foreach (var rate in _refurbishedByCategory.Values.Append(RefurbishedSavingDefault).DistinctBy(f => f.Id).OrderBy(f => f.Id, StringComparer.Ordinal))
            yield return rate;
    }

    /// <summary>
    /// A copy of the library with a scenario's overrides applied. Each replaced value takes the
    /// override's source and the status <see cref="FactorStatus.Scenario"/>; an override that leaves
    /// a range out of order (typical above the library's high value…) or a category without lifetime
    /// is an <see cref="InputFileException"/> naming the scenario file and key.
    /// </summary>
    public FactorLibrary WithOverrides(IReadOnlyList<FactorOverride> overrides, EmissionFactor? refurbishedSaving = null)
    {
        if (overrides.Count == 0 && refurbishedSaving is null) return this;
        var devices = new Dictionary<string, DeviceFactors>(_devices, StringComparer.Ordinal);
        var grid = Grid;
        var van = TransportVan;
        foreach (var o in overrides)
        {
            if (string.IsNullOrWhiteSpace(o.Source))
                throw Fail(o, "source", "une surcharge de facteur doit citer sa source (clé « source »).");
            switch (o.FactorId)
            {
                case GridId:
                    grid = OverrideScalar(grid, o);
                    break;
                case TransportVanId:
                    van = OverrideScalar(van, o);
                    break;
                default:
                    if (!EquipmentTaxonomy.TryGet(o.FactorId, out _))
                        throw Fail(o, "", $"« {o.FactorId} » n'est ni une catégorie d'équipement ni un facteur surchargeable ({GridId}, {TransportVanId}).");
                    devices[o.FactorId] = OverrideDevice(Device(o.FactorId), o);
                    break;
            }
        }
        var refurbished = _refurbishedByCategory;
        var refurbishedDefault = RefurbishedSavingDefault;
        if (refurbishedSaving is not null)
        {
            refurbished = [];
            refurbishedDefault = refurbishedSaving;
        }
        return new FactorLibrary(SourceName, devices.Values, grid, van, PerCapita, refurbished, refurbishedDefault);
    }

    private static EmissionFactor OverrideScalar(EmissionFactor factor, FactorOverride o)
    {
        if (o.LifetimeYears is not null || o.ChangesUse)
            throw Fail(o, "", $"seules les valeurs « low », « typical » et « high » peuvent être surchargées pour {o.FactorId}.");
        if (!o.ChangesRange)
            throw Fail(o, "", "la surcharge ne donne aucune valeur (« low », « typical » ou « high »).");
        return OverrideRange(factor, o, hasBase: true);
    }

    private static EmissionFactor OverrideRange(EmissionFactor factor, FactorOverride o, bool hasBase)
    {
        double typical = o.Typical ?? (hasBase ? factor.Range.Typical
            : throw Fail(o, "typical", $"aucun facteur dans la bibliothèque pour « {o.FactorId} » : donnez au moins la valeur typique (« typical »)."));
        double low = o.Low ?? (hasBase ? factor.Range.Low : typical);
        double high = o.High ?? (hasBase ? factor.Range.High : typical);
        var range = new FactorRange(low, typical, high);
        if (range.Problem() is { } problem)
        {
            var kept = new List<string>();
            if (o.Low is null) kept.Add("low");
            if (o.High is null) kept.Add("high");
            var hint = kept.Count > 0 && hasBase ? $" (valeurs gardées de la bibliothèque : {string.Join(", ", kept)} ; surchargez-les aussi)" : "";
            throw Fail(o, "", $"après surcharge, {problem}{hint}.");
        }
        return factor with
        {
            Range = range,
            Status = FactorStatus.Scenario,
            OverrideSource = o.Source.Trim(),
            ReplacedSource = hasBase ? factor.Source : null,
        };
    }

    private DeviceFactors OverrideDevice(DeviceFactors device, FactorOverride o)
    {
        bool hasBase = !device.Embodied.IsMissing;
        var embodied = o.ChangesRange ? OverrideRange(device.Embodied, o, hasBase) : device.Embodied;

        var lifetime = device.Lifetime;
        if (o.LifetimeYears is { } years)
        {
            if (!(years > 0) || !double.IsFinite(years))
                throw Fail(o, "lifetime_years", "la durée de vie doit être un nombre d'années strictement positif.");
            lifetime = Fixed($"{device.CategoryId}_lifetime", $"Durée de vie ({EquipmentTaxonomy.FrenchLabel(device.CategoryId)})", "ans", years, o.Source.Trim(), device.Lifetime);
        }
        if (!embodied.IsMissing && lifetime is null)
            throw Fail(o, "lifetime_years", $"aucune durée de vie dans la bibliothèque pour « {o.FactorId} » : donnez « lifetime_years ».");

        var energy = device.AnnualEnergy;
        double? power = o.PowerW ?? device.PowerW;
        double? hours = o.UseHoursPerDay ?? device.UseHoursPerDay;
        if (o.ChangesUse)
        {
            foreach (var (key, value) in new[] { ("power_w", o.PowerW), ("use_hours_per_day", o.UseHoursPerDay), ("annual_kwh", o.AnnualKwh) })
                if (value is { } v && (v < 0 || !double.IsFinite(v)))
                    throw Fail(o, key, "la valeur ne peut pas être négative.");
            if (o.UseHoursPerDay is > 24)
                throw Fail(o, "use_hours_per_day", "une journée compte au plus 24 heures.");
            double? kwh = o.AnnualKwh ?? (power * hours * 365 / 1000);
            if (kwh is null)
                throw Fail(o, "power_w", "pour recalculer la consommation, donnez « annual_kwh », ou « power_w » et « use_hours_per_day ».");
            energy = Fixed($"{device.CategoryId}_energy", $"Consommation annuelle ({EquipmentTaxonomy.FrenchLabel(device.CategoryId)})", "kWh/an", kwh.Value, o.Source.Trim(), device.AnnualEnergy);
        }
        var mapping = hasBase ? device.Mapping : "valeurs du scénario";
        return new DeviceFactors(device.CategoryId, mapping, embodied, lifetime, energy, device.EndOfLife, power, hours);
    }

    private static EmissionFactor Fixed(string id, string label, string unit, double value, string source, EmissionFactor? replaced) =>
        new(id, label, unit, FactorRange.Fixed(value), FactorStatus.Scenario, source, source, source,
            OverrideSource: source, ReplacedSource: replaced?.Source);

    private static InputFileException Fail(FactorOverride o, string subKey, string message)
    {
        var key = subKey.Length > 0 ? $"{o.Key}.{subKey}" : o.Key;
        return new InputFileException(o.File, o.Line, key, $"Surcharge « {key} » : {message}");
    }
}
