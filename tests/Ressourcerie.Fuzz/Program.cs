using System.Globalization;
using Ressourcerie.Fuzz;

// ressourcerie-fuzz [--minutes N] [--iterations N] [--seed N] [--out DIR] [--replay I]
// Mutates the sample data and the test fixtures and feeds them to the readers; see tests/FUZZING.md.
var options = new Dictionary<string, string>(StringComparer.Ordinal);
for (int i = 0; i + 1 < args.Length; i += 2) options[args[i]] = args[i + 1];
double minutes = double.Parse(options.GetValueOrDefault("--minutes", "5"), CultureInfo.InvariantCulture);
long iterations = long.Parse(options.GetValueOrDefault("--iterations", long.MaxValue.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);
int seed = int.Parse(options.GetValueOrDefault("--seed", "1"), CultureInfo.InvariantCulture);
var output = options.GetValueOrDefault("--out", Path.Combine("artifacts", "fuzz"));

var root = FindRepository();
var seeds = SeedCorpus.Load(root);
var settings = new FuzzSettings(seed, iterations, TimeSpan.FromMinutes(minutes), Path.Combine(output, "plantages"), Path.Combine(Path.GetTempPath(), $"ressourcerie-fuzz-{Environment.ProcessId}"), TimeSpan.FromSeconds(10));
var campaign = new FuzzCampaign(seeds, settings);

if (options.TryGetValue("--replay", out var replay))
{
    var (file, _, mutations, outcome, took) = campaign.RunOne(long.Parse(replay, CultureInfo.InvariantCulture));
    Console.WriteLine($"{file.Name} + {string.Join(" + ", mutations)} : {(outcome.IsCrash ? outcome.Crash + "\n" + outcome.Detail : "lu sans plantage")} ({took.TotalMilliseconds:0} ms)");
    return outcome.IsCrash ? 1 : 0;
}

Console.Error.WriteLine($"{seeds.Count} fichiers de départ, graine {seed}, {minutes.ToString(CultureInfo.InvariantCulture)} min au plus.");
var report = campaign.Run(Console.Error.WriteLine);
Console.WriteLine($"{report.Iterations} entrées en {report.Elapsed.TotalSeconds:0} s ({report.Iterations / Math.Max(1, report.Elapsed.TotalSeconds):0} par seconde), {report.Seeds} fichiers de départ.");
foreach (var (mutation, count) in report.Mutations) Console.WriteLine($"  {mutation} : {count}");
Console.WriteLine(report.Crashes.Count == 0 ? "Aucun plantage." : $"{report.Crashes.Count} sorte(s) de plantage :");
foreach (var crash in report.Crashes) Console.WriteLine($"  {crash.Signature} — {crash.Count} fois, d'abord itération {crash.FirstIteration} ({crash.SeedName} + {string.Join(" + ", crash.Mutations)}) → {crash.SavedAs}");
return report.Crashes.Count == 0 ? 0 : 1;

static string FindRepository()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        if (File.Exists(Path.Combine(dir.FullName, "Ressourcerie.sln"))) return dir.FullName;
    throw new DirectoryNotFoundException("Ressourcerie.sln introuvable au-dessus du programme.");
}
