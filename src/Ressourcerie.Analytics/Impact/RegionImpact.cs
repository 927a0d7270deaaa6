namespace Ressourcerie.Analytics.Impact;

/// <summary>The institutions of one region summed (<see cref="ImpactModel.UnknownRegion"/> when an institution has none).</summary>
public sealed record RegionImpact(
    string Region,
    int Institutions,
    double UnitsBorrowed,
    double UnitsLent,
    ImpactAmounts Amounts);
