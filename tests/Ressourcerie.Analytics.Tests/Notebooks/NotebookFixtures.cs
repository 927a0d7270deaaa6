using Ressourcerie.Analytics.Notebooks;

namespace Ressourcerie.Analytics.Tests.Notebooks;

/// <summary>Where the notebook fixtures and the repository's notebooks are, and a runner fit for a parallel test run.</summary>
internal static class NotebookFixtures
{
    public static string Path(string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures", "Notebooks", name);

    public static Notebook Read(string name) => NotebookFile.Read(Path(name));

    /// <summary>
    /// Other tests run in parallel in this process: the runner must not change its working
    /// directory. Notebooks that need it run through the command, in a process of their own.
    /// </summary>
    public static NotebookRunner Runner() => new(new NotebookRunOptions { UseNotebookDirectory = false });

    public static Task<NotebookRunResult> RunAsync(string name, params ParameterAssignment[] parameters) =>
        Runner().RunAsync(Read(name), Path(name), parameters);

    /// <summary>The repository's root, found from the test's base directory (the folder holding Ressourcerie.sln).</summary>
    public static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "Ressourcerie.sln"))) return directory.FullName;
        }
        throw new DirectoryNotFoundException($"Ressourcerie.sln introuvable au-dessus de {AppContext.BaseDirectory}");
    }

    public static string NewTemporaryDirectory()
    {
        var directory = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "ressourcerie-notebooks-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        return directory;
    }

    /// <summary>A C# notebook built in code, one cell per source.</summary>
    public static Notebook CSharp(params string[] sources)
    {
        var notebook = Notebook.CreateCSharp();
        foreach (var source in sources) notebook.Cells.Add(new NotebookCell(NotebookCellKind.Code, source) { Metadata = CellLanguage.CSharpCellMetadata() });
        return notebook;
    }

    public static Task<NotebookRunResult> RunAsync(Notebook notebook) =>
        Runner().RunAsync(notebook, System.IO.Path.Combine(System.IO.Path.GetTempPath(), "en-memoire.ipynb"));

    public static string Text(CellOutput output) => output switch
    {
        StreamOutput s => s.Text,
        DisplayDataOutput d => d.Data.GetText("text/plain") ?? "",
        ExecuteResultOutput r => r.Data.GetText("text/plain") ?? "",
        ErrorOutput e => e.Value,
        _ => "",
    };
}
