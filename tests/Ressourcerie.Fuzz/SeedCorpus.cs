using System.IO.Compression;

namespace Ressourcerie.Fuzz;

/// <summary>
/// The files mutations start from: the sample data folder (with its scenarios), the fixtures of the
/// tests (bad inputs, QDA exports, French Excel files, GLPI and Snipe-IT exports) and a REFI-QDA archive built from the spec projects, each with
/// the companions it needs to be read.
/// </summary>
public static class SeedCorpus
{
    private static readonly string[] StudyRoles = ["institutions", "etablissements", "inventaire", "besoins", "needs", "inventory"];
    private static readonly string[] Tabular = [".csv", ".tsv", ".txt", ".xlsx"];

    /// <summary>The seeds under <paramref name="repositoryRoot"/>, in a fixed order (file paths sorted).</summary>
    public static IReadOnlyList<SeedFile> Load(string repositoryRoot, long maxBytes = 256 * 1024)
    {
        var seeds = new List<SeedFile>();
        var fixtures = Path.Combine(repositoryRoot, "tests", "Ressourcerie.Analytics.Tests", "Fixtures");
        var sampleInstitutions = File.ReadAllBytes(Path.Combine(repositoryRoot, "data", "sample", "institutions.csv"));
        var folders = new[] { Path.Combine(repositoryRoot, "data", "sample"), fixtures }
            .Where(Directory.Exists)
            .SelectMany(f => Directory.EnumerateFiles(f, "*", SearchOption.AllDirectories))
            .Where(p => new FileInfo(p).Length is > 0 && new FileInfo(p).Length <= maxBytes)
            .Order(StringComparer.Ordinal);
        foreach (var path in folders)
        {
            var name = Path.GetFileName(path);
            var stem = Path.GetFileNameWithoutExtension(path).ToLowerInvariant();
            var extension = Path.GetExtension(path).ToLowerInvariant();
            var folder = Path.GetDirectoryName(path)!;
            bool qda = path.Contains($"{Path.DirectorySeparatorChar}Qda{Path.DirectorySeparatorChar}", StringComparison.Ordinal);
            if (!qda && Tabular.Contains(extension) && StudyRoles.Any(stem.StartsWith))
            {
                var companions = new Dictionary<string, byte[]>();
                if (!stem.StartsWith("inst") && !stem.StartsWith("etab"))
                    companions["institutions.csv"] = Sibling(folder, "institutions.csv") ?? sampleInstitutions;
                seeds.Add(new SeedFile(name, File.ReadAllBytes(path), SeedKind.StudyInput, companions));
            }
            else if (!qda && Tabular.Contains(extension) && (stem.StartsWith("glpi") || stem.StartsWith("snipeit")))
                seeds.Add(new SeedFile(name, File.ReadAllBytes(path), SeedKind.AssetExport, new Dictionary<string, byte[]>()));
            else if (Path.GetFileName(folder) == "scenarios" && extension is ".yaml" or ".yml" or ".json")
                seeds.Add(new SeedFile(name, File.ReadAllBytes(path), SeedKind.Scenario, new Dictionary<string, byte[]>()));
            else if ((stem is "codages" or "entretiens" && Tabular.Contains(extension)) || (qda && extension is ".csv" or ".xlsx" or ".qde" or ".qdc"))
            {
                var companions = new Dictionary<string, byte[]>();
                if (stem == "codages" && Sibling(folder, "entretiens.csv") is { } interviews) companions["entretiens.csv"] = interviews;
                if (stem == "entretiens" && Sibling(folder, "codages.csv") is { } codings) companions["codages.csv"] = codings;
                seeds.Add(new SeedFile(name, File.ReadAllBytes(path), SeedKind.Codings, companions));
            }
        }
        var project = Path.Combine(fixtures, "Qda", "refi", "spec_A2_simple_project_ATLAS.ti-8.4.qde");
        if (File.Exists(project))
            seeds.Add(new SeedFile("projet.qdpx", Archive(("project.qde", File.ReadAllBytes(project)), ("sources/notes.txt", "Le prêt coûte cher."u8.ToArray())), SeedKind.Codings, new Dictionary<string, byte[]>()));
        return seeds;
    }

    private static byte[]? Sibling(string folder, string name) =>
        File.Exists(Path.Combine(folder, name)) ? File.ReadAllBytes(Path.Combine(folder, name)) : null;

    public static byte[] Archive(params (string Name, byte[] Content)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (name, content) in entries)
            {
                using var stream = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
                stream.Write(content);
            }
        return buffer.ToArray();
    }
}
