using System.Collections.Concurrent;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Ressourcerie.Analytics.Notebooks;

/// <summary>
/// Resolves <c>#load "file.csx"</c> as the kernel did: relative to the notebook's folder (or to the
/// loading script's folder for a nested <c>#load</c>), and serves each script through
/// <see cref="ScriptDirectives"/> so that a shared <c>setup.csx</c> may carry the same pinned
/// <c>#r "nuget: …"</c> lines as the notebooks.
/// </summary>
internal sealed class NotebookSourceResolver(string notebookDirectory) : SourceReferenceResolver
{
    private readonly ConcurrentDictionary<string, string> _prepared = new(StringComparer.Ordinal);

    public string NotebookDirectory { get; } = notebookDirectory;

    public override string? NormalizePath(string path, string? baseFilePath) => path;

    public override string? ResolveReference(string path, string? baseFilePath)
    {
        var baseDirectory = baseFilePath is not null && _prepared.ContainsKey(baseFilePath)
            ? Path.GetDirectoryName(baseFilePath)!
            : NotebookDirectory;
        var full = Path.GetFullPath(Path.Combine(baseDirectory, path));
        return File.Exists(full) ? full : null;
    }

    public override Stream OpenRead(string resolvedPath) => new MemoryStream(Encoding.UTF8.GetBytes(Prepared(resolvedPath)));

    public override SourceText ReadText(string resolvedPath) => SourceText.From(Prepared(resolvedPath), Encoding.UTF8);

    /// <summary>
    /// Reads and prepares a script now (the runner does it before compiling a cell) so that a refused
    /// line is reported with the script's name and line rather than as a compiler error.
    /// </summary>
    public string Prepared(string resolvedPath) => _prepared.GetOrAdd(resolvedPath, path =>
    {
        try
        {
            return ScriptDirectives.Prepare(File.ReadAllText(path, Encoding.UTF8));
        }
        catch (DirectiveException e)
        {
            throw new LoadedScriptException(path, e.Line, e.Message);
        }
    });

    public override bool Equals(object? other) => other is NotebookSourceResolver r && r.NotebookDirectory == NotebookDirectory;

    public override int GetHashCode() => NotebookDirectory.GetHashCode(StringComparison.Ordinal);
}

/// <summary>A refused line in a <c>#load</c>ed script: the script's path and line.</summary>
internal sealed class LoadedScriptException(string path, int line, string message) : Exception(message)
{
    public string Path { get; } = path;

    public int Line { get; } = line;
}
