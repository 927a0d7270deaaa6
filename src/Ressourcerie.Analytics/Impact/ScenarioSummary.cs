using Ressourcerie.Analytics.Inventories;

namespace Ressourcerie.Analytics.Impact;

/// <summary>
/// A scenario run as plain data for JSON (<c>scenario run --format json</c>, the report's
/// <c>summary.json</c>): with a snake_case naming policy its properties give the keys of the
/// command-line contract (<c>scenario</c>, <c>avoided_tco2e</c> {mean, p5, p50, p95},
/// <c>transport_tco2e</c>, <c>by_category</c> [{category, avoided_tco2e}]) and more. Amounts are
/// tCO2e rounded to the gram (6 decimals); Monte Carlo means and percentiles come first, the
/// lever breakdown (<see cref="ByLever"/>) is at typical factor values.
/// </summary>
public sealed record ScenarioSummary(
    string Scenario,
    string Title,
    string Description,
    int HorizonYears,
    int? StartYear,
    int Iterations,
    int Seed,
    bool Uncertainty,
    string FactorLibrary,
    ScenarioSummary.Interval AvoidedTCO2e,
    double TransportTCO2e,
    ScenarioSummary.Interval NetTCO2e,
    ScenarioSummary.Levers ByLever,
    IReadOnlyList<ScenarioSummary.CategoryRow> ByCategory,
    IReadOnlyList<ScenarioSummary.RegionRow> ByRegion,
    IReadOnlyList<ScenarioSummary.YearRow> ByYear,
    IReadOnlyList<ScenarioSummary.InstitutionRow> ByInstitution,
    IReadOnlyList<ScenarioSummary.MissingRow> MissingFactors,
    ImpactExclusions Exclusions,
    IReadOnlyList<ScenarioSummary.FactorRow> Factors,
    IReadOnlyList<ScenarioSummary.TornadoRow> Tornado,
    IReadOnlyList<ScenarioSummary.ConvergenceRow> Convergence,
    ScenarioSummary.EquivalenceRow Equivalence,
    IReadOnlyList<string> Warnings)
{
    public static ScenarioSummary From(ScenarioRun run)
    {
        var result = run.Result;
        var mc = run.MonteCarlo;
        var mcByCategory = mc.ByCategory.ToDictionary(c => c.CategoryId, StringComparer.Ordinal);
        return new ScenarioSummary(
            result.Scenario.Name,
            result.Scenario.Title,
            result.Scenario.Description,
            result.Scenario.HorizonYears,
            result.StartYear,
            mc.Iterations,
            mc.Seed,
            mc.Uncertainty,
            result.FactorLibrarySource,
            Interval.Of(mc.Avoided),
            T(mc.Transport.MeanKgCO2e),
            Interval.Of(mc.Net),
            Levers.Of(result.Total),
            result.ByCategory.Select(c =>
            {
                var draws = mcByCategory[c.CategoryId].Avoided;
                return new CategoryRow(c.CategoryId, c.LabelFr, T(draws.MeanKgCO2e), T(draws.P5KgCO2e), T(draws.P95KgCO2e),
                    T(c.Amounts.AvoidedKgCO2e), T(c.Amounts.TransportKgCO2e), T(c.Amounts.NetKgCO2e),
                    c.Status.French(), c.IsEstimate, R(c.NeedUnits), R(c.AvoidedUnits), R(c.PurchaseUnits), R(c.StockUnits), R(c.ReplacementUnits));
            }).ToList(),
            result.ByRegion.Select(r => new RegionRow(r.Region, r.Institutions, R(r.UnitsBorrowed), R(r.UnitsLent),
                T(r.Amounts.AvoidedKgCO2e), T(r.Amounts.TransportKgCO2e), T(r.Amounts.NetKgCO2e))).ToList(),
            result.ByYear.Select(y => new YearRow(y.Year, y.CalendarYear, R(y.AvoidedUnits),
                T(y.Amounts.AvoidedKgCO2e), T(y.Amounts.TransportKgCO2e), T(y.Amounts.NetKgCO2e))).ToList(),
            result.ByInstitution.Select(i => new InstitutionRow(i.InstitutionId, i.Name, i.Region, R(i.UnitsBorrowed), R(i.UnitsLent),
                T(i.Amounts.AvoidedKgCO2e), T(i.Amounts.TransportKgCO2e), T(i.Amounts.NetKgCO2e), T(i.EnabledAsLenderKgCO2e))).ToList(),
            result.MissingFactors.Select(m => new MissingRow(m.CategoryId, m.LabelFr, m.StatusLabel, m.Reason,
                R(m.NeedUnits), R(m.LoanUnits), R(m.StockUnits), R(m.ExcludedTransportVehicleKm))).ToList(),
            result.Exclusions,
            result.Factors.Select(f => new FactorRow(f.FactorId, f.CategoryId, f.LabelFr, f.Unit, f.ValueUsed, f.Low, f.High,
                f.Status.French(), f.IsEstimate, f.Source, f.Overridden, f.ReplacedSource, f.Mapping)).ToList(),
            run.Tornado.Select(b => new TornadoRow(b.FactorId, b.LabelFr, b.Unit, b.Low, b.Typical, b.High,
                T(b.NetAtLowKgCO2e), T(b.NetAtHighKgCO2e), T(b.SwingKgCO2e))).ToList(),
            mc.Convergence.Select(c => new ConvergenceRow(c.Iterations, T(c.MeanKgCO2e), T(c.P5KgCO2e), T(c.P95KgCO2e), T(c.StandardErrorKgCO2e))).ToList(),
            new EquivalenceRow(Math.Round(run.NetEquivalent.People, 3), run.NetEquivalent.TonnesPerPersonPerYear, run.NetEquivalent.Source),
            result.Warnings);
    }

    /// <summary>kgCO2e to tCO2e, to the gram.</summary>
    /// <remarks>Adding 0.0 turns −0 into 0, which JSON would otherwise print as "-0".</remarks>
    private static double T(double kgCO2e) => Math.Round(kgCO2e / 1000, 6) + 0.0;

    private static double R(double units) => Math.Round(units, 6) + 0.0;

    public sealed record Interval(double Mean, double P5, double P50, double P95)
    {
        public static Interval Of(DistributionSummary s) => new(T(s.MeanKgCO2e), T(s.P5KgCO2e), T(s.P50KgCO2e), T(s.P95KgCO2e));
    }

    /// <summary>Each lever at typical factor values (tCO2e).</summary>
    public sealed record Levers(double AvoidedPurchasesTCO2e, double LifetimeExtensionTCO2e, double RefurbishedTCO2e, double UsePhaseTCO2e,
        double AvoidedTCO2e, double TransportTCO2e, double NetTCO2e)
    {
        public static Levers Of(ImpactAmounts a) => new(T(a.AvoidedPurchasesKgCO2e), T(a.LifetimeExtensionKgCO2e), T(a.RefurbishedKgCO2e),
            T(a.UsePhaseKgCO2e), T(a.AvoidedKgCO2e), T(a.TransportKgCO2e), T(a.NetKgCO2e));
    }

    /// <param name="AvoidedTCO2e">Monte Carlo mean (adds up to the total mean).</param>
    /// <param name="TypicalAvoidedTCO2e">At typical factor values.</param>
    public sealed record CategoryRow(string Category, string Label, double AvoidedTCO2e, double AvoidedP5TCO2e, double AvoidedP95TCO2e,
        double TypicalAvoidedTCO2e, double TransportTCO2e, double TypicalNetTCO2e, string FactorStatus, bool IsEstimate,
        double NeedUnits, double LoanUnits, double PurchaseUnits, double StockUnits, double ReplacementUnits);

    public sealed record RegionRow(string Region, int Institutions, double UnitsBorrowed, double UnitsLent, double AvoidedTCO2e, double TransportTCO2e, double NetTCO2e);

    public sealed record YearRow(int Year, int? CalendarYear, double LoanUnits, double AvoidedTCO2e, double TransportTCO2e, double NetTCO2e);

    public sealed record InstitutionRow(string Id, string Name, string Region, double UnitsBorrowed, double UnitsLent,
        double AvoidedTCO2e, double TransportTCO2e, double NetTCO2e, double EnabledAsLenderTCO2e);

    public sealed record MissingRow(string Category, string Label, string Status, string Reason, double NeedUnits, double LoanUnits, double StockUnits, double ExcludedTransportVehicleKm);

    public sealed record FactorRow(string Id, string? Category, string Label, string Unit, double Value, double Low, double High,
        string Status, bool IsEstimate, string Source, bool Overridden, string? ReplacedSource, string? Mapping);

    public sealed record TornadoRow(string Factor, string Label, string Unit, double Low, double Typical, double High,
        double NetAtLowTCO2e, double NetAtHighTCO2e, double SwingTCO2e);

    public sealed record ConvergenceRow(int Iterations, double MeanTCO2e, double P5TCO2e, double P95TCO2e, double StandardErrorTCO2e);

    public sealed record EquivalenceRow(double People, double TonnesPerPersonPerYear, string Source);
}
