using Ressourcerie.Analytics.Tests.SampleData;
using Ressourcerie.Analytics.Tests.TestSupport;
using Ressourcerie.Fuzz;

namespace Ressourcerie.Analytics.Tests.Reliability;

/// <summary>
/// A short, seeded run of the fuzzer (tests/FUZZING.md): a few hundred mutations of the sample and
/// of the fixtures through every reader, each read cleanly or refused with a French error, and the
/// same seed giving the same inputs.
/// </summary>
public sealed class FuzzSmokeTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private FuzzCampaign Campaign(int seed, long iterations) => new(
        SeedCorpus.Load(RepositoryPaths.Root),
        new FuzzSettings(seed, iterations, TimeSpan.FromMinutes(5), _folder.File("plantages"), _folder.File("travail"), TimeSpan.FromMinutes(1)));

    [Fact]
    public void Three_hundred_mutated_inputs_are_read_or_refused_without_a_crash()
    {
        var report = Campaign(seed: 20_251_125, iterations: 300).Run();

        Assert.Equal(300, report.Iterations);
        Assert.True(report.Seeds > 50, $"{report.Seeds} fichiers de départ seulement");
        Assert.True(report.Crashes.Count == 0, string.Join("\n", report.Crashes.Select(c => $"{c.Signature} ({c.SeedName} + {string.Join(" + ", c.Mutations)})")));
        Assert.False(Directory.Exists(_folder.File("plantages")));
    }

    [Fact]
    public void The_same_seed_gives_the_same_mutated_inputs()
    {
        var first = Campaign(seed: 7, iterations: 1);
        var second = Campaign(seed: 7, iterations: 1);
        for (long i = 0; i < 20; i++)
        {
            var (seedA, bytesA, mutationsA, _, _) = first.RunOne(i);
            var (seedB, bytesB, mutationsB, _, _) = second.RunOne(i);
            Assert.Equal(seedA.Name, seedB.Name);
            Assert.Equal(mutationsA, mutationsB);
            Assert.Equal(bytesA, bytesB);
        }
    }
}
