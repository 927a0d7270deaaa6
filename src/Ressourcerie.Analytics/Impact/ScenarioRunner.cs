using Ressourcerie.Analytics.Needs;

namespace Ressourcerie.Analytics.Impact;

/// <summary>
/// The one call that runs a scenario end to end on the study objects (needs, the matching's loans,
/// inventories, institutions): what the <c>scenario run</c> command prints and the report shows.
/// </summary>
/// <example>
/// <code>
/// var scenario = ScenarioReader.Read("data/sample/scenarios/combine.yaml");
/// var run = ScenarioRunner.Run(new ImpactInputs(needs, matching, inventory, institutions), scenario,
///     new MonteCarloOptions(Iterations: 10_000, Seed: 42));
/// run.MonteCarlo.Net.P50TonnesCO2e;
/// </code>
/// </example>
public static class ScenarioRunner
{
    public static ScenarioRun Run(ImpactInputs inputs, Scenario scenario, MonteCarloOptions? options = null, FactorLibrary? factors = null)
    {
        var model = ImpactModel.Build(inputs, scenario, factors);
        var monteCarlo = MonteCarloSimulation.Run(model, options);
        return new ScenarioRun(model.Result, monteCarlo, SensitivityAnalysis.Tornado(model),
            CarbonEquivalence.FrenchPeople(monteCarlo.Net.MeanTonnesCO2e, model.Factors));
    }

    /// <summary>Runs a scenario on a loaded study and the loans its matching found.</summary>
    public static ScenarioRun Run(Study study, MatchingResult matching, Scenario scenario, MonteCarloOptions? options = null, FactorLibrary? factors = null) =>
        Run(ImpactInputs.From(study, matching), scenario, options, factors);

    /// <summary>Runs several scenarios on the same inputs with the same options (for a comparison).</summary>
    public static IReadOnlyList<ScenarioRun> RunAll(ImpactInputs inputs, IEnumerable<Scenario> scenarios, MonteCarloOptions? options = null, FactorLibrary? factors = null) =>
        scenarios.Select(s => Run(inputs, s, options, factors)).ToList();
}
