using System.Collections.Concurrent;
using Ressourcerie.Analytics.Notebooks;
using Ressourcerie.Analytics.Tests.TestSupport;

namespace Ressourcerie.Analytics.Tests.Notebooks;

/// <summary>
/// Runs the repository's notebooks (<c>notebooks/*.ipynb</c>) the way the team does, through
/// <c>ressourcerie notebooks run --out DIR --html</c>, which gives each notebook a process of its
/// own. A run with given parameters happens once per test process and is shared by every test that
/// asks for it: the notebooks take seconds each, and CI has two cores.
/// </summary>
internal static class RepositoryNotebooks
{
    /// <summary>
    /// Monte Carlo draws given with <c>-p Iterations=…</c> to the notebooks that declare it: a fifth
    /// of the default, plenty to compare with the library at the same seed.
    /// </summary>
    public const int Iterations = 2000;

    private static readonly ConcurrentDictionary<string, Lazy<Task<ExecutedNotebook>>> Runs = new(StringComparer.Ordinal);

    public static string Folder => Path.Combine(NotebookFixtures.RepositoryRoot(), "notebooks");

    public static TheoryData<string> Names => [.. Directory.EnumerateFiles(Folder, "*.ipynb").Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal)];

    /// <summary>
    /// The notebook run with <c>-p Iterations</c> (when it declares it), <c>-p Sortie</c> set to a
    /// temporary folder (when it declares it: nothing is written in the repository) and
    /// <paramref name="parameters"/> (<c>NAME=VALUE</c>), once per test process.
    /// </summary>
    public static Task<ExecutedNotebook> RunAsync(string name, params string[] parameters) =>
        Runs.GetOrAdd($"{name}|{string.Join("|", parameters)}", _ => new Lazy<Task<ExecutedNotebook>>(() => Task.Run(() => Execute(name, parameters)))).Value;

    /// <summary>Another run with the same parameters, not shared (to compare two runs).</summary>
    public static Task<ExecutedNotebook> RunAgainAsync(string name, params string[] parameters) => Task.Run(() => Execute(name, parameters));

    /// <summary>The value a run gave to a parameter (<c>-p NAME=VALUE</c>).</summary>
    public static string Parameter(ExecutedNotebook run, string name) =>
        run.Parameters.Single(p => p.StartsWith(name + "=", StringComparison.Ordinal))[(name.Length + 1)..];

    private static ExecutedNotebook Execute(string name, string[] extra)
    {
        var path = Path.Combine(Folder, name);
        var declared = NotebookParameters.ParametersCell(NotebookFile.Read(path)) is { } cell
            ? NotebookParameters.Declared(cell).Select(p => p.Name).ToHashSet(StringComparer.Ordinal)
            : [];
        var parameters = new List<string>();
        if (declared.Contains("Iterations")) parameters.Add($"Iterations={Iterations}");
        if (declared.Contains("Sortie")) parameters.Add($"Sortie={NotebookFixtures.NewTemporaryDirectory()}");
        parameters.AddRange(extra);

        var outDirectory = NotebookFixtures.NewTemporaryDirectory();
        var (code, output, error) = CommandLine.Run(["notebooks", "run", path, "--out", outDirectory, "--html", .. parameters.SelectMany(p => new[] { "-p", p })]);

        var executed = Path.Combine(outDirectory, name);
        var html = Path.ChangeExtension(executed, ".html");
        return new ExecutedNotebook(name, parameters, code, output, error,
            File.Exists(executed) ? NotebookFile.Read(executed) : Notebook.CreateCSharp(),
            File.Exists(html) ? File.ReadAllText(html) : "");
    }
}
