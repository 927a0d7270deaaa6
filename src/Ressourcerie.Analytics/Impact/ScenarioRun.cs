namespace Ressourcerie.Analytics.Impact;

/// <summary>
/// Everything a scenario run gives: the deterministic result (typical factors, with the breakdowns
/// and the factors used), its Monte Carlo distribution, the tornado, and the net result told in
/// French people's annual footprints.
/// </summary>
public sealed record ScenarioRun(
    ImpactResult Result,
    MonteCarloResult MonteCarlo,
    IReadOnlyList<TornadoBar> Tornado,
    PeopleEquivalent NetEquivalent)
{
    public Scenario Scenario => Result.Scenario;
}
