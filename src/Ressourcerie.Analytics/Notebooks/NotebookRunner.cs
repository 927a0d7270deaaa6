using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Scripting;
using Microsoft.DotNet.Interactive.Formatting;

namespace Ressourcerie.Analytics.Notebooks;

/// <summary>
/// Runs a notebook's C# cells in order with Roslyn scripting, each cell a continuation of the
/// previous one's state as in the Polyglot kernel, and returns the notebook with its outputs
/// (<c>stream</c>, <c>display_data</c>, <c>execute_result</c>, <c>error</c>) and execution
/// counts. Stops at the first failing cell (compilation or exception), naming the cell and the line;
/// a cell tagged <c>raises-exception</c> (nbclient's convention) may fail and the run goes on.
/// <para>
/// Roslyn never unloads the assembly compiled for a cell, and the working directory, console and
/// Formatting registrations are the process's: runs are serialised, and a host running many
/// notebooks should give each its own process (the <c>notebooks run</c> command does).
/// </para>
/// </summary>
public sealed class NotebookRunner(NotebookRunOptions? options = null)
{
    public const string RaisesExceptionTag = "raises-exception";

    /// <summary>The kernel's default imports for C# cells.</summary>
    public static IReadOnlyList<string> DefaultImports { get; } =
        ["System", "System.Text", "System.Collections", "System.Collections.Generic", "System.Threading.Tasks", "System.Linq"];

    private static readonly SemaphoreSlim OneRunAtATime = new(1, 1);

    private static readonly Lazy<IReadOnlyDictionary<string, string>> LoadedAssemblies = new(() =>
        ((string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .GroupBy(Path.GetFileNameWithoutExtension, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key!, g => g.First(), StringComparer.OrdinalIgnoreCase));

    // Every assembly of the host (framework and toolkit dependencies) is referenced, which is what
    // makes a pinned `#r "nuget: …"` already satisfied. Built once: metadata is shared across runs.
    private static readonly Lazy<ImmutableArray<MetadataReference>> DefaultReferences = new(() =>
        LoadedAssemblies.Value.Values.Order(StringComparer.Ordinal)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray());

    private readonly NotebookRunOptions _options = options ?? new NotebookRunOptions();

    /// <summary>Reads, runs with <paramref name="parameters"/>, and returns the executed notebook (not written).</summary>
    public Task<NotebookRunResult> RunFileAsync(string path, IReadOnlyList<ParameterAssignment>? parameters = null, CancellationToken cancellationToken = default) =>
        RunAsync(NotebookFile.Read(path), path, parameters, cancellationToken);

    /// <summary>
    /// Runs a copy of <paramref name="notebook"/>; <paramref name="path"/> is where it lives (its
    /// folder resolves <c>#r</c>, <c>#load</c> and relative files) and names it in messages.
    /// Throws <see cref="NotebookException"/> before running anything when a cell cannot run here.
    /// </summary>
    public async Task<NotebookRunResult> RunAsync(Notebook notebook, string path, IReadOnlyList<ParameterAssignment>? parameters = null, CancellationToken cancellationToken = default)
    {
        var stopwatch = Stopwatch.StartNew();
        var fullPath = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(fullPath)!;
        var name = path;
        var executed = notebook.Clone();
        NotebookParameters.Inject(executed, name, parameters ?? []);

        var sources = new NotebookSourceResolver(directory);
        var prepared = Prepare(executed, name, sources);
        foreach (var cell in executed.Cells.Where(c => c.Kind == NotebookCellKind.Code)) cell.ClearOutputs();

        var scriptOptions = ScriptOptions.Default
            .WithReferences(DefaultReferences.Value)
            .WithImports(DefaultImports)
            .WithMetadataResolver(new ToolkitReferenceResolver(directory, LoadedAssemblies.Value))
            .WithSourceResolver(sources)
            .WithEmitDebugInformation(true)
            .WithFileEncoding(Encoding.UTF8)
            .WithLanguageVersion(LanguageVersion.Latest);

        await OneRunAtATime.WaitAsync(cancellationToken).ConfigureAwait(false);
        var previousDirectory = Environment.CurrentDirectory;
        var previousCulture = CultureInfo.CurrentCulture;
        var previousOut = Console.Out;
        var previousError = Console.Error;
        var collector = new CellOutputCollector();
        NotebookFailure? failure = null;
        int executionCount = 0;
        try
        {
            if (_options.UseNotebookDirectory) Environment.CurrentDirectory = directory;
            CultureInfo.CurrentCulture = _options.Culture;
            // A fresh kernel has Formatting's defaults only: registrations of a previous run do not leak in.
            Formatter.ResetToDefault();
            Console.SetOut(collector.StandardOutput);
            Console.SetError(collector.StandardError);
            using var displays = Formatter.SubscribeToDisplayedValues(collector.Displayed);
            var globals = new NotebookGlobals(collector.Display);
            ScriptState<object>? state = null;
            int codeCells = prepared.Count;
            int codeCellIndex = 0;

            foreach (var (cell, code) in prepared)
            {
                codeCellIndex++;
                if (string.IsNullOrWhiteSpace(code)) continue;
                int cellNumber = executed.Cells.IndexOf(cell) + 1;
                _options.Progress?.Invoke($"cellule {codeCellIndex}/{codeCells} : {cell.FirstLine}");
                cell.ExecutionCount = ++executionCount;
                var cellPath = CellPath(fullPath, cellNumber);
                var cellOptions = scriptOptions.WithFilePath(cellPath);

                ImmutableArray<Diagnostic> errors;
                Exception? exception = null;
                try
                {
                    var script = state is null
                        ? CSharpScript.Create(code, cellOptions, typeof(NotebookGlobals))
                        : state.Script.ContinueWith(code, cellOptions);
                    errors = script.Compile(cancellationToken).Where(d => d.Severity == DiagnosticSeverity.Error).ToImmutableArray();
                    if (errors.IsEmpty)
                    {
                        var next = state is null
                            ? await script.RunAsync(globals, _ => true, cancellationToken).ConfigureAwait(false)
                            : await script.RunFromAsync(state, _ => true, cancellationToken).ConfigureAwait(false);
                        exception = next.Exception;
                        if (exception is null)
                        {
                            state = next;
                            if (next.ReturnValue is { } value and not DisplayHandle and not DisplayedValue)
                                collector.Add(new ExecuteResultOutput(executionCount, MimeFormatter.Format(value), []));
                        }
                        else if (cell.HasTag(RaisesExceptionTag))
                        {
                            state = next;
                        }
                    }
                }
                catch (CompilationErrorException e)
                {
                    errors = e.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToImmutableArray();
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // A formatter that throws on the cell's value, or the script loader itself.
                    errors = [];
                    exception = e;
                }

                if (!errors.IsEmpty)
                {
                    collector.Add(CompilationError(errors, cellPath));
                    failure = CompilationFailure(name, cellNumber, cell, errors, cellPath);
                }
                else if (exception is not null)
                {
                    collector.Add(RuntimeError(exception));
                    failure = RuntimeFailure(name, cellNumber, cell, exception, cellPath);
                }
                cell.Outputs.AddRange(collector.Take());
                if (failure is not null)
                {
                    if (!cell.HasTag(RaisesExceptionTag)) break;
                    failure = null;
                }
            }
        }
        finally
        {
            Console.SetOut(previousOut);
            Console.SetError(previousError);
            CultureInfo.CurrentCulture = previousCulture;
            if (_options.UseNotebookDirectory) Environment.CurrentDirectory = previousDirectory;
            Formatter.ResetToDefault();
            OneRunAtATime.Release();
        }
        return new NotebookRunResult(executed, failure, executionCount, stopwatch.Elapsed, NotebookParameters.Effective(executed));
    }

    /// <summary>The file name the cell compiles under: stack traces and the debugger show it, e.g. <c>rapport.ipynb#cellule-4</c>.</summary>
    private static string CellPath(string notebookPath, int cellNumber) => $"{Path.GetFileName(notebookPath)}#cellule-{cellNumber}";

    /// <summary>
    /// Checks every code cell before anything runs (language, kernel-only lines, <c>#load</c>ed
    /// scripts) and returns the Roslyn source of each, in order.
    /// </summary>
    private static List<(NotebookCell Cell, string Code)> Prepare(Notebook notebook, string name, NotebookSourceResolver sources)
    {
        var prepared = new List<(NotebookCell, string)>();
        for (int i = 0; i < notebook.Cells.Count; i++)
        {
            var cell = notebook.Cells[i];
            if (cell.Kind != NotebookCellKind.Code) continue;
            string code;
            try
            {
                // First, so that a leading `#!fsharp` is refused with its line.
                code = ScriptDirectives.Prepare(cell.Source);
                PrepareLoadedScripts(code, sources, null);
            }
            catch (DirectiveException e)
            {
                throw new NotebookException(new NotebookFailure(name, i + 1, cell.FirstLine, e.Line, e.Message));
            }
            catch (LoadedScriptException e)
            {
                throw new NotebookException(new NotebookFailure(name, i + 1, cell.FirstLine, e.Line, e.Message, RelativeTo(sources.NotebookDirectory, e.Path)));
            }
            var language = CellLanguage.Of(notebook, cell);
            if (!CellLanguage.IsCSharp(language) && !string.IsNullOrWhiteSpace(cell.Source))
            {
                throw new NotebookException(new NotebookFailure(name, i + 1, cell.FirstLine, null,
                    language.Equals("markdown", StringComparison.OrdinalIgnoreCase) || language.Equals("md", StringComparison.OrdinalIgnoreCase)
                        ? "cellule de code en Markdown (noyau « markdown ») : faites-en une cellule Markdown"
                        : $"cellule en {CellLanguage.DisplayName(language)} (noyau « {language} ») : le lanceur de notebooks n'exécute que le C# (le noyau Polyglot est retiré) ; réécrivez-la en C#"));
            }
            prepared.Add((cell, code));
        }
        return prepared;
    }

    private static void PrepareLoadedScripts(string code, NotebookSourceResolver sources, string? loadingScript)
    {
        var root = (CompilationUnitSyntax)CSharpSyntaxTree.ParseText(code, ScriptDirectives.ScriptParseOptions).GetRoot();
        foreach (var load in root.GetLoadDirectives())
        {
            var resolved = sources.ResolveReference(load.File.ValueText, loadingScript);
            // A missing file is left to Roslyn, whose error names it with the line.
            if (resolved is null) continue;
            PrepareLoadedScripts(sources.Prepared(resolved), sources, resolved);
        }
    }

    private static ErrorOutput CompilationError(ImmutableArray<Diagnostic> errors, string cellPath)
    {
        var lines = errors.Select(d => DescribeDiagnostic(d, cellPath)).ToList();
        return new ErrorOutput("CompilationError", lines[0], lines);
    }

    private static NotebookFailure CompilationFailure(string name, int cellNumber, NotebookCell cell, ImmutableArray<Diagnostic> errors, string cellPath)
    {
        var first = errors[0];
        var span = first.Location.GetMappedLineSpan();
        bool inCell = !first.Location.IsInSource || span.Path == cellPath;
        int? line = first.Location.IsInSource ? span.StartLinePosition.Line + 1 : null;
        var message = $"erreur de compilation {first.Id} : {first.GetMessage(French)}";
        if (errors.Length > 1) message += $" (et {errors.Length - 1} autre{(errors.Length > 2 ? "s" : "")})";
        return new NotebookFailure(name, cellNumber, cell.FirstLine, line, message, inCell ? null : span.Path);
    }

    private static string DescribeDiagnostic(Diagnostic diagnostic, string cellPath)
    {
        var message = $"erreur {diagnostic.Id} : {diagnostic.GetMessage(French)}";
        if (!diagnostic.Location.IsInSource) return message;
        var span = diagnostic.Location.GetMappedLineSpan();
        var where = $"ligne {span.StartLinePosition.Line + 1}, colonne {span.StartLinePosition.Character + 1}";
        if (span.Path != cellPath) where = $"{span.Path}, {where}";
        return $"({where}) {message}";
    }

    private static ErrorOutput RuntimeError(Exception exception)
    {
        var traceback = exception.ToString().Replace("\r\n", "\n").Split('\n')
            .Where(l => !l.TrimStart().StartsWith("at Microsoft.CodeAnalysis.Scripting.", StringComparison.Ordinal))
            .ToList();
        while (traceback.Count > 0 && traceback[^1].StartsWith("---", StringComparison.Ordinal)) traceback.RemoveAt(traceback.Count - 1);
        return new ErrorOutput(exception.GetType().FullName ?? exception.GetType().Name, exception.Message, traceback);
    }

    private static NotebookFailure RuntimeFailure(string name, int cellNumber, NotebookCell cell, Exception exception, string cellPath)
    {
        int? line = null;
        string? loadedFile = null;
        foreach (var frame in new StackTrace(exception, fNeedFileInfo: true).GetFrames())
        {
            var file = frame.GetFileName();
            if (file is null || frame.GetFileLineNumber() <= 0) continue;
            if (file == cellPath)
            {
                line = frame.GetFileLineNumber();
                loadedFile = null;
                break;
            }
            if (file.EndsWith(".csx", StringComparison.OrdinalIgnoreCase) && loadedFile is null)
            {
                loadedFile = file;
                line = frame.GetFileLineNumber();
            }
        }
        return new NotebookFailure(name, cellNumber, cell.FirstLine, line, FrenchExceptionGloss.Describe(exception), loadedFile);
    }

    private static string RelativeTo(string directory, string path) => Path.GetRelativePath(directory, path);

    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");
}
