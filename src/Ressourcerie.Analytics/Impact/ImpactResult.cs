namespace Ressourcerie.Analytics.Impact;

/// <summary>
/// A scenario valued with typical factors: totals over the horizon, the breakdowns (category,
/// institution, region, year), the categories left out for want of a factor, what else was left out,
/// and every factor used with its source (the « Hypothèses et sources » of the report).
/// Amounts are kgCO2e; the <c>…TonnesCO2e</c> properties are the same in tonnes.
/// </summary>
public sealed record ImpactResult(
    Scenario Scenario,
    int? StartYear,
    ImpactAmounts Total,
    IReadOnlyList<CategoryImpact> ByCategory,
    IReadOnlyList<InstitutionImpact> ByInstitution,
    IReadOnlyList<RegionImpact> ByRegion,
    IReadOnlyList<YearImpact> ByYear,
    IReadOnlyList<MissingFactor> MissingFactors,
    IReadOnlyList<FactorUsed> Factors,
    ImpactExclusions Exclusions,
    IReadOnlyList<string> Warnings,
    string FactorLibrarySource)
{
    public double AvoidedKgCO2e => Total.AvoidedKgCO2e;

    public double TransportKgCO2e => Total.TransportKgCO2e;

    public double NetKgCO2e => Total.NetKgCO2e;

    public double AvoidedTonnesCO2e => Total.AvoidedTonnesCO2e;

    public double TransportTonnesCO2e => Total.TransportTonnesCO2e;

    public double NetTonnesCO2e => Total.NetTonnesCO2e;
}
