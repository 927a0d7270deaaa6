using Microsoft.Data.Analysis;

namespace Ressourcerie.Analytics.Impact;

/// <summary>
/// The distribution of a scenario's result when every uncertain factor is drawn from its fitted
/// lognormal (<see cref="LognormalFactor"/>): gross avoided emissions, transport and net balance,
/// per-category avoided emissions, and the convergence of the net mean with iterations.
/// </summary>
public sealed record MonteCarloResult(
    int Iterations,
    int Seed,
    bool Uncertainty,
    DistributionSummary Avoided,
    DistributionSummary Transport,
    DistributionSummary Net,
    IReadOnlyList<CategoryDistribution> ByCategory,
    IReadOnlyList<ConvergencePoint> Convergence)
{
    /// <summary>
    /// The net balance of every iteration (kgCO2e), in draw order: what a histogram of the
    /// distribution shows. Kept because the loop computes it anyway (8 bytes per iteration).
    /// </summary>
    public IReadOnlyList<double> NetDrawsKgCO2e { get; init; } = [];

    /// <summary>The convergence table (French headers, tCO2e), as the notebooks and the report show it.</summary>
    public DataFrame ConvergenceFrame() => new(
        new Int32DataFrameColumn("Itérations", Convergence.Select(c => c.Iterations)),
        new DoubleDataFrameColumn("Moyenne nette (tCO2e)", Convergence.Select(c => c.MeanKgCO2e / 1000)),
        new DoubleDataFrameColumn("P5 (tCO2e)", Convergence.Select(c => c.P5KgCO2e / 1000)),
        new DoubleDataFrameColumn("P95 (tCO2e)", Convergence.Select(c => c.P95KgCO2e / 1000)),
        new DoubleDataFrameColumn("Erreur type de la moyenne (tCO2e)", Convergence.Select(c => c.StandardErrorKgCO2e / 1000)));
}
