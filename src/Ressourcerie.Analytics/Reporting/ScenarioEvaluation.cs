using Ressourcerie.Analytics.Impact;
using Ressourcerie.Analytics.Needs;

namespace Ressourcerie.Analytics.Reporting;

/// <summary>
/// A scenario run the way the report and the <c>scenario run</c> command run it, so that both give
/// the same figures for the same data, seed and iterations: the loans come from the matching at the
/// scenario's maximum distance (the report's default distance when the scenario sets none), and the
/// Monte Carlo uses the report's seed and iterations for every scenario (common random numbers,
/// which make the comparison of scenarios less noisy).
/// </summary>
/// <param name="Matching">The matching the loans come from; null when the scenario lends nothing (loan share 0), as its loans would all count for zero.</param>
public sealed record ScenarioEvaluation(ScenarioRun Run, ScenarioSummary Summary, LoanMatchingRun? Matching)
{
    public Scenario Scenario => Run.Scenario;

    /// <summary>Every scenario of <paramref name="data"/>, in their order.</summary>
    public static IReadOnlyList<ScenarioEvaluation> All(ReportData data, ReportOptions options) =>
        [.. data.Scenarios.Select(s => Of(data, s, options))];

    public static ScenarioEvaluation Of(ReportData data, Scenario scenario, ReportOptions options)
    {
        var matching = scenario.LoanShare > 0 ? data.Matching(options, MatchingDistanceKm(scenario)) : null;
        var inputs = new ImpactInputs(data.Needs, matching?.Result ?? NoLoans, data.Inventory, data.Institutions);
        var run = ScenarioRunner.Run(inputs, scenario, new MonteCarloOptions(options.Iterations, options.Seed));
        return new ScenarioEvaluation(run, ScenarioSummary.From(run), matching);
    }

    /// <summary>
    /// The matching looks for lenders within the scenario's own distance, so that a need too far from
    /// its nearest lender can still be met by a nearer one. A distance of 0 km cannot be matched
    /// (the matching needs a positive distance): the default distance is used and the impact model
    /// keeps only the loans at 0 km.
    /// </summary>
    public static double? MatchingDistanceKm(Scenario scenario) => scenario.MaxDistanceKm is double km && km > 0 ? km : null;

    private static readonly MatchingResult NoLoans = new([], [], 0);
}
