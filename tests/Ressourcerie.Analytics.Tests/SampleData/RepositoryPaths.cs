namespace Ressourcerie.Analytics.Tests.SampleData;

/// <summary>Finds the repository's own folders from the test's output directory (tests never read outside the repository).</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string SampleData => Path.Combine(Root, "data", "sample");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Ressourcerie.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException($"Racine du dépôt (Ressourcerie.sln) introuvable au-dessus de {AppContext.BaseDirectory}.");
    }
}
