using BenchmarkDotNet.Attributes;
using Ressourcerie.Analytics;
using Ressourcerie.Analytics.Impact;
using Ressourcerie.Analytics.Needs;

namespace Ressourcerie.Bench.Benchmarks;

/// <summary>
/// The analyses on a loaded study of 150 institutions × 700 lines (10 % of national scale, about
/// 1,050 needs): clustering the institutions' needs with k chosen over 2..12, matching idle
/// equipment to needs, and 10,000 Monte Carlo iterations of the combined sample scenario.
/// </summary>
public class AnalysisBenchmarks
{
    private Study _study = null!;
    private ImpactModel _model = null!;

    [GlobalSetup]
    public void Setup()
    {
        _study = Study.Load(BenchData.Folder(150));
        var matching = LoanMatcher.Match(_study.Institutions, _study.Inventory, _study.Needs);
        var scenario = ScenarioReader.Read(Path.Combine(BenchData.SampleFolder(), "scenarios", "combine.yaml"));
        _model = ImpactModel.Build(ImpactInputs.From(_study, matching), scenario);
    }

    [Benchmark(Description = "NeedsClustering.Run (k = 2..12)")]
    public int Clustering() => NeedsClustering.Run(_study.Institutions, _study.Needs).K;

    [Benchmark(Description = "LoanMatcher.Match")]
    public int Matching() => LoanMatcher.Match(_study.Institutions, _study.Inventory, _study.Needs).Loans.Count;

    [Benchmark(Description = "MonteCarloSimulation.Run (10 000 itérations)")]
    public double MonteCarlo() => MonteCarloSimulation.Run(_model, new MonteCarloOptions(10_000, 42)).Net.P50KgCO2e;
}
