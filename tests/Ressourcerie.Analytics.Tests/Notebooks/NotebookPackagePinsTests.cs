using System.Text.RegularExpressions;
using System.Xml.Linq;
using Ressourcerie.Analytics.Notebooks;

namespace Ressourcerie.Analytics.Tests.Notebooks;

public partial class NotebookPackagePinsTests
{
    [GeneratedRegex(@"^\s*#r\s+""nuget:\s*(?<id>[^,""]+?)\s*(,\s*(?<version>[^""]*?)\s*)?""", RegexOptions.Multiline)]
    private static partial Regex NuGetLine();

    private static Dictionary<string, string> DirectoryPackagesProps() =>
        XDocument.Load(Path.Combine(NotebookFixtures.RepositoryRoot(), "Directory.Packages.props"))
            .Descendants("PackageVersion")
            .ToDictionary(e => (string)e.Attribute("Include")!, e => (string)e.Attribute("Version")!, StringComparer.OrdinalIgnoreCase);

    [Fact]
    public void The_versions_embedded_in_the_library_are_those_of_Directory_Packages_props()
    {
        var expected = DirectoryPackagesProps();

        Assert.Equal(expected.OrderBy(p => p.Key), ToolkitPackages.Versions.OrderBy(p => p.Key));
        Assert.Equal("5.1.59", ToolkitPackages.VersionOf("scottplot"));
    }

    [Fact]
    public void Every_nuget_reference_of_the_repository_notebooks_is_pinned_to_the_toolkit_version()
    {
        var pinned = DirectoryPackagesProps();
        var folder = Path.Combine(NotebookFixtures.RepositoryRoot(), "notebooks");
        var files = Directory.EnumerateFiles(folder, "*.ipynb").Concat(Directory.EnumerateFiles(folder, "*.csx")).ToList();
        Assert.Contains(files, f => f.EndsWith(".ipynb", StringComparison.Ordinal));

        // The code cells of the notebooks (markdown may quote a `#r` line) and the shared scripts.
        var sources = files.SelectMany(f => f.EndsWith(".csx", StringComparison.Ordinal)
            ? [(File: Path.GetFileName(f), Code: File.ReadAllText(f))]
            : NotebookFile.Read(f).Cells.Where(c => c.Kind == NotebookCellKind.Code).Select(c => (File: Path.GetFileName(f), Code: c.Source)));
        var references = sources
            .SelectMany(s => NuGetLine().Matches(s.Code).Select(m => (s.File, Id: m.Groups["id"].Value, Version: m.Groups["version"].Value)))
            .ToList();

        Assert.NotEmpty(references);
        Assert.All(references, r =>
        {
            Assert.True(pinned.TryGetValue(r.Id, out var version), $"{r.File} : {r.Id} n'est pas dans Directory.Packages.props");
            Assert.True(version == r.Version, $"{r.File} : {r.Id} {r.Version} au lieu de {version}");
        });
    }
}
