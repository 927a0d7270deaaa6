using Ressourcerie.Analytics.Impact;
using Xunit.Abstractions;
using static Ressourcerie.Analytics.Tests.Impact.ImpactStudy;

namespace Ressourcerie.Analytics.Tests.Impact;

public class MonteCarloSimulationTests(ITestOutputHelper output)
{
    private static ImpactModel Model(Scenario? scenario = null, FactorLibrary? factors = null) => ImpactModel.Build(
        Inputs(
            needs: [Need("B", "video_projector", 3), Need("C", "display", 4), Need("C", "computer_laptop", 6)],
            loans: [Loan("A", "B", "video_projector", 2, 60), Loan("A", "C", "display", 4, 120)],
            stock: [Item("A", "computer_laptop", 20), Item("B", "tablet", 5)]),
        scenario ?? new Scenario { Name = "combiné", HorizonYears = 5, LoanShare = 0.8, LifetimeExtensionYears = 2, RefurbishedShare = 0.3, ItemsPerTrip = 2 },
        factors);

    [Fact]
    public void The_same_seed_gives_identical_results()
    {
        var model = Model();

        var first = MonteCarloSimulation.Run(model, new MonteCarloOptions(2_000, Seed: 7));
        var second = MonteCarloSimulation.Run(model, new MonteCarloOptions(2_000, Seed: 7));
        var other = MonteCarloSimulation.Run(model, new MonteCarloOptions(2_000, Seed: 8));

        Assert.Equal(first.Net, second.Net);
        Assert.Equal(first.Avoided, second.Avoided);
        Assert.Equal(first.ByCategory, second.ByCategory);
        Assert.Equal(first.Convergence, second.Convergence);
        Assert.NotEqual(first.Net.MeanKgCO2e, other.Net.MeanKgCO2e);
    }

    [Theory]
    [InlineData(1_999)] // one thread
    [InlineData(10_000)] // valued and summarised on both cores
    [InlineData(40_000)] // several blocks of draws
    public void The_run_is_bit_for_bit_the_plain_one_thread_loop(int iterations)
    {
        var model = Model();

        var run = MonteCarloSimulation.Run(model, new MonteCarloOptions(iterations, Seed: 13));

        // The definition: one vector of normals per iteration from one xoshiro256** sequence, each
        // iteration valued in turn, every series summarised.
        var fits = model.Parameters.Select(p => LognormalFactor.Fit(p.Range)).ToArray();
        int[] uncertain = Enumerable.Range(0, fits.Length).Where(i => !fits[i].IsFixed).ToArray();
        var rng = new MathNet.Numerics.Random.Xoshiro256StarStar(13, threadSafe: false);
        var z = new double[uncertain.Length];
        var values = model.TypicalValues();
        var categoryValues = new double[model.CategoryIds.Count];
        var net = new double[iterations];
        var byCategory = model.CategoryIds.Select(_ => new double[iterations]).ToArray();
        for (int i = 0; i < iterations; i++)
        {
            MathNet.Numerics.Distributions.Normal.Samples(rng, z, 0, 1);
            for (int k = 0; k < uncertain.Length; k++) values[uncertain[k]] = fits[uncertain[k]].At(z[k]);
            model.Evaluate(values, categoryValues, out double avoided, out double transport);
            net[i] = avoided - transport;
            for (int c = 0; c < categoryValues.Length; c++) byCategory[c][i] = categoryValues[c];
        }

        Assert.Equal(net, run.NetDrawsKgCO2e);
        Assert.Equal(DistributionSummary.Of(net), run.Net);
        for (int c = 0; c < byCategory.Length; c++)
            Assert.Equal(DistributionSummary.Of(byCategory[c]), run.ByCategory[c].Avoided);
        Assert.Equal(MonteCarloSimulation.Checkpoints(iterations), run.Convergence.Select(p => p.Iterations));
        foreach (var point in run.Convergence)
        {
            var expected = DistributionSummary.Of(net, point.Iterations);
            Assert.Equal((expected.MeanKgCO2e, expected.P5KgCO2e, expected.P95KgCO2e, expected.StandardErrorKgCO2e),
                (point.MeanKgCO2e, point.P5KgCO2e, point.P95KgCO2e, point.StandardErrorKgCO2e));
        }
    }

    [Fact]
    public void The_net_draws_are_kept_in_order_and_summarise_to_the_net_distribution()
    {
        var run = MonteCarloSimulation.Run(Model(), new MonteCarloOptions(1_500, Seed: 5));

        Assert.Equal(1_500, run.NetDrawsKgCO2e.Count);
        var summary = DistributionSummary.Of(run.NetDrawsKgCO2e.ToArray());
        Assert.Equal(run.Net, summary);
        Assert.Equal(run.Convergence[0].MeanKgCO2e, run.NetDrawsKgCO2e.Take(10).Average(), 9);
    }

    [Fact]
    public void Without_uncertainty_the_monte_carlo_collapses_exactly_to_the_deterministic_value()
    {
        var model = Model();

        var run = MonteCarloSimulation.Run(model, new MonteCarloOptions(1_000, Seed: 3, Uncertainty: false));

        var deterministic = model.Result;
        foreach (var summary in new[] { (run.Net, deterministic.NetKgCO2e), (run.Avoided, deterministic.AvoidedKgCO2e), (run.Transport, deterministic.TransportKgCO2e) })
        {
            Assert.Equal(summary.Item2, summary.Item1.MeanKgCO2e);
            Assert.Equal(summary.Item2, summary.Item1.P5KgCO2e);
            Assert.Equal(summary.Item2, summary.Item1.P50KgCO2e);
            Assert.Equal(summary.Item2, summary.Item1.P95KgCO2e);
            Assert.Equal(0, summary.Item1.StandardErrorKgCO2e);
        }
        foreach (var category in run.ByCategory)
            Assert.Equal(deterministic.ByCategory.Single(c => c.CategoryId == category.CategoryId).Amounts.AvoidedKgCO2e, category.Avoided.MeanKgCO2e);
    }

    [Fact]
    public void With_every_factor_fixed_in_the_library_the_monte_carlo_is_the_deterministic_value()
    {
        var fixedFactors = FactorLibrary.Load(Path.Combine("Fixtures", "Impact", "fixed-factors.csv"));
        var model = Model(factors: fixedFactors);

        var run = MonteCarloSimulation.Run(model, new MonteCarloOptions(500, Seed: 11));

        Assert.True(run.Uncertainty);
        Assert.Equal(model.Result.NetKgCO2e, run.Net.MeanKgCO2e);
        Assert.Equal(model.Result.NetKgCO2e, run.Net.P5KgCO2e);
        Assert.Equal(model.Result.NetKgCO2e, run.Net.P95KgCO2e);
    }

    [Fact]
    public void More_iterations_give_a_smaller_standard_error_of_the_mean()
    {
        var run = MonteCarloSimulation.Run(Model(), new MonteCarloOptions(10_000, Seed: 42));
        var frame = run.ConvergenceFrame();
        output.WriteLine(frame.ToString());

        Assert.Equal(MonteCarloSimulation.Checkpoints(10_000), run.Convergence.Select(c => c.Iterations));
        Assert.Equal([10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000], run.Convergence.Select(c => c.Iterations));
        var at100 = run.Convergence.Single(c => c.Iterations == 100);
        var at10000 = run.Convergence.Single(c => c.Iterations == 10_000);
        // σ/√n: a hundred times the draws, about a tenth of the error.
        Assert.True(at10000.StandardErrorKgCO2e < at100.StandardErrorKgCO2e / 5,
            $"erreur type {at10000.StandardErrorKgCO2e} à 10 000 itérations contre {at100.StandardErrorKgCO2e} à 100");
        Assert.Equal(run.Net.MeanKgCO2e, at10000.MeanKgCO2e);
        Assert.Equal(10, frame.Rows.Count);
        Assert.Equal("Erreur type de la moyenne (tCO2e)", frame.Columns[4].Name);
    }

    [Fact]
    public void Draws_follow_the_fitted_lognormal_median_at_the_typical_value()
    {
        // One display lent at 0 km: the result is the display's embodied footprint, drawn.
        var model = ImpactModel.Build(Inputs(needs: [Need("B", "display", 1)], loans: [Loan("A", "B", "display", 1, 0)]),
            new Scenario { Name = "écran", HorizonYears = 1, LoanShare = 1 });

        var run = MonteCarloSimulation.Run(model, new MonteCarloOptions(40_000, Seed: 5));

        var fit = LognormalFactor.Fit(new FactorRange(64.7, 65.9, 438));
        Assert.Equal(65.9, run.Net.P50KgCO2e, 65.9 * 0.01);
        Assert.Equal(fit.At(-1.6448536269514722), run.Net.P5KgCO2e, 0.5);
        Assert.Equal(fit.At(1.6448536269514722), run.Net.P95KgCO2e, fit.At(1.6448536269514722) * 0.03);
        Assert.True(run.Net.MeanKgCO2e > run.Net.P50KgCO2e, "une queue haute longue tire la moyenne au-dessus de la médiane");
    }

    [Fact]
    public void Iterations_out_of_bounds_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => MonteCarloSimulation.Run(Model(), new MonteCarloOptions(0)));
    }
}
