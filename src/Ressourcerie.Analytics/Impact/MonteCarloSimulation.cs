using MathNet.Numerics.Distributions;
using MathNet.Numerics.Random;
using Ressourcerie.Analytics.Inventories;

namespace Ressourcerie.Analytics.Impact;

/// <summary>
/// Propagates the factors' uncertainty through a scenario by Monte Carlo. Each iteration draws one
/// standard normal per uncertain factor (in the fixed order of <see cref="ImpactModel.Parameters"/>),
/// turns it into the factor's value with its <see cref="LognormalFactor"/>, and values the scenario
/// from its per-category quantities: O(categories) per iteration whatever the size of the study.
/// </summary>
/// <remarks>
/// The generator is MathNet's xoshiro256** seeded with the options' seed: fast, and the same seed
/// gives the same draws. The loop runs on one thread: at a few dozen factors an iteration costs well
/// under a microsecond, so 10,000 iterations take milliseconds and splitting them across cores would
/// cost more in coordination than it saves.
/// </remarks>
public static class MonteCarloSimulation
{
    public static MonteCarloResult Run(ImpactModel model, MonteCarloOptions? options = null)
    {
        options ??= new MonteCarloOptions();
        options.EnsureValid();
        int n = options.Iterations;
        var parameters = model.Parameters;
        var fits = parameters.Select(p => options.Uncertainty ? LognormalFactor.Fit(p.Range) : new LognormalFactor(p.Range.Typical, 0, 0)).ToArray();
        int[] uncertain = Enumerable.Range(0, fits.Length).Where(i => !fits[i].IsFixed).ToArray();

        var rng = new Xoshiro256StarStar(options.Seed, threadSafe: false);
        var z = new double[uncertain.Length];
        var values = model.TypicalValues();
        int categories = model.CategoryIds.Count;
        var categoryValues = new double[categories];
        var byCategory = new double[categories][];
        for (int c = 0; c < categories; c++) byCategory[c] = new double[n];
        var avoided = new double[n];
        var transport = new double[n];
        var net = new double[n];

        for (int i = 0; i < n; i++)
        {
            if (z.Length > 0) Normal.Samples(rng, z, 0, 1);
            for (int k = 0; k < uncertain.Length; k++) values[uncertain[k]] = fits[uncertain[k]].At(z[k]);
            model.Evaluate(values, categoryValues, out avoided[i], out transport[i]);
            net[i] = avoided[i] - transport[i];
            for (int c = 0; c < categories; c++) byCategory[c][i] = categoryValues[c];
        }

        var ids = model.CategoryIds;
        return new MonteCarloResult(n, options.Seed, options.Uncertainty,
            DistributionSummary.Of(avoided), DistributionSummary.Of(transport), DistributionSummary.Of(net),
            ids.Select((id, c) => new CategoryDistribution(id, EquipmentTaxonomy.FrenchLabel(id), DistributionSummary.Of(byCategory[c]))).ToList(),
            Checkpoints(n).Select(count =>
            {
                var s = DistributionSummary.Of(net, count);
                return new ConvergencePoint(count, s.MeanKgCO2e, s.P5KgCO2e, s.P95KgCO2e, s.StandardErrorKgCO2e);
            }).ToList())
        {
            NetDrawsKgCO2e = Array.AsReadOnly(net),
        };
    }

    /// <summary>10, 20, 50, 100, 200, 500… up to the iteration count, which always closes the list.</summary>
    public static IReadOnlyList<int> Checkpoints(int iterations)
    {
        var points = new List<int>();
        for (long decade = 10; decade < iterations; decade *= 10)
            foreach (int step in new[] { 1, 2, 5 })
                if (decade * step < iterations) points.Add((int)(decade * step));
        points.Add(iterations);
        return points;
    }
}
