using System.Diagnostics;
using System.Text;

namespace Ressourcerie.Fuzz;

/// <summary>How long a campaign runs and where it writes its crashes.</summary>
/// <param name="Seed">The campaign's seed: iteration i mutates with the generator seeded by (seed, i).</param>
/// <param name="MaxIterations">Stop after this many inputs.</param>
/// <param name="Duration">Stop after this long (checked between inputs).</param>
/// <param name="CrashFolder">Where each new kind of crash is saved: the input, and a .txt with seed, iteration, mutations and exception.</param>
/// <param name="WorkFolder">Scratch folder; each input is written in a fresh subfolder, deleted after.</param>
/// <param name="SlowInput">An input taking longer than this is reported as a crash (a hang).</param>
public sealed record FuzzSettings(int Seed, long MaxIterations, TimeSpan Duration, string CrashFolder, string WorkFolder, TimeSpan SlowInput);

/// <summary>One kind of crash (same exception, same place in our code), how often it happened, and the first input that showed it.</summary>
public sealed record FuzzCrash(string Signature, long FirstIteration, string SeedName, IReadOnlyList<string> Mutations, int Count, string SavedAs);

/// <summary>What a campaign ran and found.</summary>
public sealed record FuzzReport(long Iterations, TimeSpan Elapsed, int Seeds, IReadOnlyDictionary<string, long> Mutations, IReadOnlyList<FuzzCrash> Crashes);

/// <summary>
/// Runs mutated inputs through the readers until the iteration or time budget is spent, and keeps
/// the first input of each kind of crash with everything needed to replay it (<see cref="Replay"/>).
/// </summary>
public sealed class FuzzCampaign(IReadOnlyList<SeedFile> seeds, FuzzSettings settings)
{
    static FuzzCampaign() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private readonly Mutator _mutator = new(seeds);

    public FuzzReport Run(Action<string>? progress = null)
    {
        var clock = Stopwatch.StartNew();
        var crashes = new Dictionary<string, FuzzCrash>(StringComparer.Ordinal);
        var mutations = new SortedDictionary<string, long>(StringComparer.Ordinal);
        long i = 0;
        for (; i < settings.MaxIterations && clock.Elapsed < settings.Duration; i++)
        {
            var (seed, bytes, applied, outcome, took) = RunOne(i);
            foreach (var name in applied) mutations[Kind(name)] = mutations.GetValueOrDefault(Kind(name)) + 1;
            if (!outcome.IsCrash && took > settings.SlowInput)
                outcome = new FuzzOutcome($"lenteur : {took.TotalSeconds:0.0} s pour une entrée de {bytes.Length} octets");
            if (!outcome.IsCrash) continue;
            var signature = outcome.Crash!.StartsWith("lenteur", StringComparison.Ordinal) ? "lenteur" : outcome.Crash;
            if (crashes.TryGetValue(signature, out var known))
            {
                crashes[signature] = known with { Count = known.Count + 1 };
                continue;
            }
            var saved = Save(i, seed, bytes, applied, outcome);
            crashes[signature] = new FuzzCrash(outcome.Crash!, i, seed.Name, applied, 1, saved);
            progress?.Invoke($"plantage n° {crashes.Count} à l'itération {i} ({seed.Name}, {string.Join(" + ", applied)}) : {outcome.Crash}");
        }
        return new FuzzReport(i, clock.Elapsed, seeds.Count, mutations, [.. crashes.Values.OrderBy(c => c.FirstIteration)]);
    }

    /// <summary>Runs iteration <paramref name="iteration"/> again, exactly as the campaign did.</summary>
    public (SeedFile Seed, byte[] Bytes, List<string> Mutations, FuzzOutcome Outcome, TimeSpan Took) RunOne(long iteration)
    {
        var random = new Random(unchecked((int)(settings.Seed * 1_000_003L + iteration)));
        var (seed, bytes) = _mutator.Next(random, out var applied);
        var folder = Path.Combine(settings.WorkFolder, $"entree-{iteration}");
        var clock = Stopwatch.StartNew();
        FuzzOutcome outcome;
        try
        {
            outcome = FuzzTarget.Run(seed, bytes, folder);
        }
        finally
        {
            try { Directory.Delete(folder, recursive: true); }
            catch (IOException) { }
        }
        return (seed, bytes, applied, outcome, clock.Elapsed);
    }

    public FuzzOutcome Replay(long iteration) => RunOne(iteration).Outcome;

    private static string Kind(string mutation) => mutation.Split(" dans ")[0];

    private string Save(long iteration, SeedFile seed, byte[] bytes, List<string> applied, FuzzOutcome outcome)
    {
        Directory.CreateDirectory(settings.CrashFolder);
        var stem = Path.Combine(settings.CrashFolder, $"plantage-{settings.Seed}-{iteration}");
        File.WriteAllBytes(stem + seed.Extension, bytes);
        File.WriteAllText(stem + ".txt",
            $"graine {settings.Seed}, itération {iteration} (rejouer : --seed {settings.Seed} --replay {iteration})\n" +
            $"fichier de départ : {seed.Name} ({seed.Kind})\nmutations : {string.Join(" + ", applied)}\n\n{outcome.Crash}\n\n{outcome.Detail}\n");
        return stem + seed.Extension;
    }
}
