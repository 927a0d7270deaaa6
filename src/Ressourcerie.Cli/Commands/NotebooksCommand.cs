using System.CommandLine;
using Ressourcerie.Analytics.Ingestion;
using Ressourcerie.Analytics.Notebooks;

namespace Ressourcerie.Cli.Commands;

/// <summary>
/// <c>notebooks run [CHEMIN ...] [--out DIR] [-p NOM=VALEUR ...] [--html]</c> executes notebooks
/// with the toolkit's own runner (each in its own process) and writes them with their outputs;
/// <c>notebooks render</c> turns executed notebooks into self-contained HTML pages.
/// </summary>
public sealed class NotebooksCommand : ICliCommand
{
    public Command Build(CliContext context)
    {
        var command = new Command("notebooks",
            "Exécute les notebooks .ipynb (cellules C#, format Polyglot de VS Code) sans noyau, et les rend en HTML.\n" +
            "Exemple : ressourcerie notebooks run --html");
        command.Subcommands.Add(BuildRun(context));
        command.Subcommands.Add(BuildRender(context));
        return command;
    }

    private static Command BuildRun(CliContext context)
    {
        var paths = new Argument<string[]>("chemins")
        {
            Description = "Notebooks (.ipynb) ou dossiers à exécuter ; par défaut, tous les notebooks/*.ipynb du dépôt.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var output = new Option<string?>("--out", "-o")
        {
            HelpName = "DOSSIER",
            Description = "Dossier où écrire les notebooks exécutés (et leur HTML) ; par défaut, chaque notebook est réécrit à sa place.",
        };
        var parameters = new Option<string[]>("--param", "-p")
        {
            HelpName = "NOM=VALEUR",
            Description = "NOM=VALEUR : remplace un paramètre de la cellule marquée « parameters » (répétable).",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var html = new Option<bool>("--html") { Description = "Écrit aussi une page HTML autonome à côté de chaque notebook exécuté." };
        var inProcess = new Option<bool>("--in-process")
        {
            Description = "Exécute dans ce processus (un seul notebook ; sinon chaque notebook a son propre processus).",
        };
        var childProgress = new Option<bool>("--child-progress") { Hidden = true };

        var run = new Command("run",
            "Exécute les notebooks cellule par cellule (C# via Roslyn), écrit leurs sorties et s'arrête, pour chacun, à la première cellule en échec.\n" +
            "Code de sortie 1 si un notebook échoue (le message nomme la cellule et la ligne), 2 si la ligne de commande ou un -p est faux.\n" +
            "Exemples :\n" +
            "  ressourcerie notebooks run                       (tous les notebooks du dépôt, réécrits à leur place)\n" +
            "  ressourcerie notebooks run notebooks/03-scenarios-impact.ipynb -p PartPret=0,4 --out out/notebooks --html");
        run.Arguments.Add(paths);
        run.Options.Add(output);
        run.Options.Add(parameters);
        run.Options.Add(html);
        run.Options.Add(inProcess);
        run.Options.Add(childProgress);
        run.SetAction(parsed =>
        {
            var notebooks = ResolveNotebooks(parsed.GetValue(paths) ?? []);
            var outDirectory = parsed.GetValue(output);
            var assignments = ParseParameters(parsed.GetValue(parameters) ?? []);
            bool writeHtml = parsed.GetValue(html);
            CheckOutputNames(notebooks, outDirectory);

            if (parsed.GetValue(inProcess))
            {
                if (notebooks.Count != 1) throw new UsageException("--in-process n'exécute qu'un notebook à la fois");
                return RunHere(context, notebooks[0], outDirectory, assignments, writeHtml, parsed.GetValue(childProgress) || context.ShowProgress);
            }

            var failed = new List<string>();
            int exitCode = ExitCodes.Success;
            for (int i = 0; i < notebooks.Count; i++)
            {
                context.Progress($"[{i + 1}/{notebooks.Count}] {notebooks[i]}");
                var arguments = new List<string> { "notebooks", "run", "--in-process", notebooks[i] };
                if (outDirectory is not null) arguments.AddRange(["--out", outDirectory]);
                foreach (var assignment in parsed.GetValue(parameters) ?? []) arguments.AddRange(["-p", assignment]);
                if (writeHtml) arguments.Add("--html");
                if (context.ShowProgress) arguments.Add("--child-progress");
                int code = NotebookChildProcess.Run(arguments, context.Out, context.Error);
                if (code == ExitCodes.Success) continue;
                failed.Add(notebooks[i]);
                if (exitCode == ExitCodes.Success) exitCode = code;
            }
            if (failed.Count > 0 && notebooks.Count > 1)
                context.Error.WriteLine($"{failed.Count} notebook(s) sur {notebooks.Count} en échec : {string.Join(", ", failed)}");
            return exitCode;
        });
        return run;
    }

    private static Command BuildRender(CliContext context)
    {
        var paths = new Argument<string[]>("chemins")
        {
            Description = "Notebooks (.ipynb) déjà exécutés, ou dossiers ; par défaut, tous les notebooks/*.ipynb du dépôt.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var output = new Option<string?>("--out", "-o") { HelpName = "DOSSIER", Description = "Dossier des pages HTML ; par défaut, à côté de chaque notebook." };
        var render = new Command("render",
            "Écrit chaque notebook, avec les sorties qu'il contient, en page HTML autonome (sans l'exécuter).\n" +
            "Exemple : ressourcerie notebooks render notebooks/00-prise-en-main.ipynb --out out/notebooks");
        render.Arguments.Add(paths);
        render.Options.Add(output);
        render.SetAction(parsed =>
        {
            var notebooks = ResolveNotebooks(parsed.GetValue(paths) ?? []);
            var outDirectory = parsed.GetValue(output);
            CheckOutputNames(notebooks, outDirectory);
            foreach (var path in notebooks)
            {
                var target = Path.ChangeExtension(OutputPath(path, outDirectory), ".html");
                WriteHtml(NotebookFile.Read(path), path, target, File.GetLastWriteTime(path));
                context.Out.WriteLine($"{path} → {target}");
            }
            return ExitCodes.Success;
        });
        return render;
    }

    private static int RunHere(CliContext context, string path, string? outDirectory, IReadOnlyList<ParameterAssignment> assignments, bool writeHtml, bool showProgress)
    {
        var notebook = NotebookFile.Read(path);
        try
        {
            NotebookParameters.Inject(notebook.Clone(), path, assignments);
        }
        catch (NotebookException e)
        {
            context.Error.WriteLine($"Erreur : {e.Message}");
            return ExitCodes.UsageError;
        }

        var runner = new NotebookRunner(new NotebookRunOptions
        {
            Progress = showProgress ? message => context.Error.WriteLine($"  {path} : {message}") : null,
        });
        NotebookRunResult result;
        try
        {
            result = runner.RunAsync(notebook, path, assignments).GetAwaiter().GetResult();
        }
        catch (NotebookException e)
        {
            context.Error.WriteLine($"Erreur : {e.Message}");
            return ExitCodes.InputError;
        }

        var target = OutputPath(path, outDirectory);
        NotebookFile.Write(result.Notebook, target);
        var written = target;
        if (writeHtml)
        {
            var htmlPath = Path.ChangeExtension(target, ".html");
            WriteHtml(result.Notebook, path, htmlPath, DateTimeOffset.Now);
            written += $" et {htmlPath}";
        }
        var seconds = result.Duration.TotalSeconds.ToString("0.0", FrenchDisplay.Culture);
        if (result.Failure is { } failure)
        {
            context.Error.WriteLine($"Échec : {failure}");
            context.Error.WriteLine($"  (sorties écrites jusqu'à la cellule en échec : {written})");
            return ExitCodes.InputError;
        }
        context.Out.WriteLine($"{path} : {result.CellsExecuted} cellule(s) exécutée(s) en {seconds} s → {written}");
        return ExitCodes.Success;
    }

    private static void WriteHtml(Notebook notebook, string source, string target, DateTimeOffset executedAt)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(target));
        if (directory is not null) Directory.CreateDirectory(directory);
        File.WriteAllText(target, NotebookHtml.Render(notebook, source, executedAt));
    }

    private static string OutputPath(string notebook, string? outDirectory) =>
        outDirectory is null ? notebook : Path.Combine(outDirectory, Path.GetFileName(notebook));

    private static void CheckOutputNames(IReadOnlyList<string> notebooks, string? outDirectory)
    {
        if (outDirectory is null) return;
        var clash = notebooks.GroupBy(Path.GetFileName, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (clash is not null)
            throw new UsageException($"plusieurs notebooks s'appellent {clash.Key} ({string.Join(", ", clash)}) : ils s'écraseraient dans {outDirectory}");
    }

    private static IReadOnlyList<ParameterAssignment> ParseParameters(IEnumerable<string> arguments)
    {
        try
        {
            return arguments.Select(ParameterAssignment.Parse).ToList();
        }
        catch (FormatException e)
        {
            throw new UsageException(e.Message);
        }
    }

    /// <summary>The notebooks to run: the paths given (a folder stands for its .ipynb files), else the repository's <c>notebooks/</c>.</summary>
    private static IReadOnlyList<string> ResolveNotebooks(IReadOnlyList<string> paths)
    {
        if (paths.Count == 0)
        {
            var folder = FindRepositoryNotebooks(Environment.CurrentDirectory)
                ?? throw new UsageException("aucun dossier notebooks/ trouvé depuis le dossier courant : lancez la commande dans le dépôt ou donnez les notebooks à exécuter");
            var found = NotebooksIn(folder);
            if (found.Count == 0) throw new InputFileException(folder, 0, "", "le dossier ne contient aucun notebook .ipynb");
            return found;
        }
        var notebooks = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path)) notebooks.AddRange(NotebooksIn(path));
            else if (File.Exists(path)) notebooks.Add(path);
            else throw new InputFileException(path, 0, "", "fichier ou dossier introuvable");
        }
        if (notebooks.Count == 0) throw new InputFileException(string.Join(", ", paths), 0, "", "aucun notebook .ipynb à exécuter");
        return notebooks;
    }

    private static List<string> NotebooksIn(string folder) =>
        Directory.EnumerateFiles(folder, "*.ipynb").Order(StringComparer.Ordinal).ToList();

    /// <summary>
    /// The <c>notebooks</c> folder of the repository containing <paramref name="start"/> (the
    /// nearest parent holding Ressourcerie.sln or .git), relative to <paramref name="start"/>; null
    /// outside a repository or when it has no notebooks folder.
    /// </summary>
    public static string? FindRepositoryNotebooks(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            var notebooks = Path.Combine(directory.FullName, "notebooks");
            bool isRepository = File.Exists(Path.Combine(directory.FullName, "Ressourcerie.sln")) || Directory.Exists(Path.Combine(directory.FullName, ".git")) || File.Exists(Path.Combine(directory.FullName, ".git"));
            if (isRepository && Directory.Exists(notebooks)) return Path.GetRelativePath(start, notebooks);
            if (isRepository) return null;
        }
        return null;
    }
}
