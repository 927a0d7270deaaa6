using Ressourcerie.Analytics.SampleData;

namespace Ressourcerie.Bench;

/// <summary>
/// The synthetic data folders the benchmarks read, generated once per size under the temporary
/// folder (the generator is deterministic, so a folder that exists holds the same bytes).
/// </summary>
public static class BenchData
{
    public const int ItemsPerInstitution = 700;

    /// <summary>The folder of <paramref name="institutions"/> × 700 lines (1,500 is national scale), generated if missing.</summary>
    public static string Folder(int institutions)
    {
        var folder = Path.Combine(Path.GetTempPath(), "ressourcerie-bench", $"{institutions}x{ItemsPerInstitution}");
        var done = Path.Combine(folder, ".complet");
        if (File.Exists(done)) return folder;
        SampleDataGenerator.Generate(SampleDataOptions.ForScale(institutions, ItemsPerInstitution), folder);
        File.WriteAllText(done, "");
        return folder;
    }

    /// <summary><c>data/sample</c> of the clone this benchmark runs from (the folder holding Ressourcerie.sln).</summary>
    public static string SampleFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Ressourcerie.sln"))) return Path.Combine(dir.FullName, "data", "sample");
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Ressourcerie.sln"))) return Path.Combine(dir.FullName, "data", "sample");
        throw new DirectoryNotFoundException("Lancez les benchmarks depuis le clone du dépôt (dossier de Ressourcerie.sln).");
    }
}
