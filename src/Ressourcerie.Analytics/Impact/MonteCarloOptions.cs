namespace Ressourcerie.Analytics.Impact;

/// <summary>
/// How a Monte Carlo run draws: iterations, the seed (same seed, same result), and whether factors
/// vary at all (<see cref="Uncertainty"/> false: every draw is the typical value, and the run
/// collapses exactly to the deterministic result).
/// </summary>
public sealed record MonteCarloOptions(int Iterations = MonteCarloOptions.DefaultIterations, int Seed = MonteCarloOptions.DefaultSeed, bool Uncertainty = true)
{
    public const int DefaultIterations = 10_000;
    public const int DefaultSeed = 42;

    /// <summary>Per-category draws are kept for their percentiles: this bounds their memory.</summary>
    public const int MaxIterations = 200_000;

    internal void EnsureValid()
    {
        if (Iterations is < 1 or > MaxIterations)
            throw new ArgumentOutOfRangeException(nameof(Iterations), Iterations, $"Le nombre d'itérations doit être compris entre 1 et {MaxIterations}.");
    }
}
