using System.Reflection;

namespace Ressourcerie.Analytics.Notebooks;

/// <summary>
/// The NuGet packages and versions of the toolkit's <c>Directory.Packages.props</c>, embedded in
/// this assembly at build time (an MSBuild target turns each <c>PackageVersion</c> into assembly
/// metadata). A notebook's <c>#r "nuget: Name, Version"</c> is satisfied by the toolkit's own
/// dependencies only when it names one of these packages at exactly this version: that is what keeps
/// the notebooks and the toolkit on the same versions, in our runner and in the Polyglot kernel.
/// </summary>
public static class ToolkitPackages
{
    private const string MetadataPrefix = "PackageVersion:";

    /// <summary>Package id (case-insensitive, as NuGet compares them) → pinned version.</summary>
    public static IReadOnlyDictionary<string, string> Versions { get; } = typeof(ToolkitPackages).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Where(a => a.Key.StartsWith(MetadataPrefix, StringComparison.Ordinal) && a.Value is not null)
        .ToDictionary(a => a.Key[MetadataPrefix.Length..], a => a.Value!, StringComparer.OrdinalIgnoreCase);

    /// <summary>The pinned version of a package, or null when the toolkit does not depend on it.</summary>
    public static string? VersionOf(string packageId) => Versions.GetValueOrDefault(packageId.Trim());
}
