using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Scripting;

namespace Ressourcerie.Analytics.Notebooks;

/// <summary>
/// Resolves <c>#r</c> in notebooks. A reference to an assembly the toolkit already loads (the
/// notebooks' <c>#r "../src/…/bin/Debug/net10.0/Ressourcerie.Analytics.dll"</c>, written for the
/// Polyglot kernel, or any of its dependencies) maps to the loaded file, whether or not the path
/// exists: a second copy from another path would make its types distinct from the toolkit's.
/// Other paths resolve relative to the notebook's folder, as in the kernel.
/// </summary>
internal sealed class ToolkitReferenceResolver(string notebookDirectory, IReadOnlyDictionary<string, string> loadedAssemblies)
    : MetadataReferenceResolver
{
    private readonly ScriptMetadataResolver _files = ScriptMetadataResolver.Default.WithBaseDirectory(notebookDirectory);

    public string NotebookDirectory { get; } = notebookDirectory;

    public override bool ResolveMissingAssemblies => _files.ResolveMissingAssemblies;

    public override ImmutableArray<PortableExecutableReference> ResolveReference(string reference, string? baseFilePath, MetadataReferenceProperties properties)
    {
        var name = Path.GetFileName(reference.Trim());
        if (name.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".exe", StringComparison.OrdinalIgnoreCase))
            name = name[..^4];
        if (loadedAssemblies.TryGetValue(name, out var loaded))
            return [MetadataReference.CreateFromFile(loaded, properties)];
        var scriptBase = baseFilePath is not null && File.Exists(baseFilePath) ? baseFilePath : null;
        return _files.ResolveReference(reference, scriptBase, properties);
    }

    public override PortableExecutableReference? ResolveMissingAssembly(MetadataReference definition, AssemblyIdentity referenceIdentity) =>
        loadedAssemblies.TryGetValue(referenceIdentity.Name, out var loaded)
            ? MetadataReference.CreateFromFile(loaded)
            : _files.ResolveMissingAssembly(definition, referenceIdentity);

    public override bool Equals(object? other) => other is ToolkitReferenceResolver r && r.NotebookDirectory == NotebookDirectory;

    public override int GetHashCode() => NotebookDirectory.GetHashCode(StringComparison.Ordinal);
}
