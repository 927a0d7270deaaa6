namespace Ressourcerie.Analytics.Impact;

/// <summary>
/// A scenario's replacement for some values of one factor: a category's embodied footprint (any of
/// low / typical / high), lifetime, power, hours of use or annual kWh, or the range of
/// <c>electricity_fr</c> or <c>transport_van</c>. The <see cref="Source"/> is required: the report
/// shows it in place of the library's.
/// </summary>
/// <param name="File">The scenario file, for error messages.</param>
/// <param name="Line">The line of the override in that file (0 when unknown).</param>
public sealed record FactorOverride(
    string FactorId,
    string Source,
    double? Low = null,
    double? Typical = null,
    double? High = null,
    double? LifetimeYears = null,
    double? PowerW = null,
    double? UseHoursPerDay = null,
    double? AnnualKwh = null,
    string File = "",
    int Line = 0)
{
    public bool ChangesRange => Low is not null || Typical is not null || High is not null;

    public bool ChangesUse => PowerW is not null || UseHoursPerDay is not null || AnnualKwh is not null;

    /// <summary>The key of the override in the scenario file, as error messages name it.</summary>
    public string Key => $"factor_overrides.{FactorId}";
}
