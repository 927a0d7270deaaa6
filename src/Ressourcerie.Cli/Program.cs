using System.CommandLine;
using System.Globalization;
using Ressourcerie.Analytics.Ingestion;

namespace Ressourcerie.Cli;

public static class Program
{
    public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    /// <summary>Runs the tool in-process: the tests call this with their own writers.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        // The team and the ministry read French: help, messages and the library's own texts.
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("fr-FR");
        CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.CurrentUICulture;

        var context = new CliContext(output, error);
        var root = BuildRoot(context);
        var parsed = root.Parse(args);
        bool verbose = parsed.GetValue(context.Verbose);

        if (parsed.Errors.Count > 0)
        {
            foreach (var parseError in parsed.Errors) error.WriteLine($"Erreur : {FrenchParseErrors.Translate(parseError.Message)}");
            error.WriteLine("Utilisez --help pour l'aide et des exemples.");
            return ExitCodes.UsageError;
        }

        if (FrenchHelp.IsHelp(parsed))
        {
            var help = new StringWriter();
            parsed.Invoke(new InvocationConfiguration { Output = help, Error = error });
            output.Write(FrenchHelp.Translate(help.ToString()));
            return ExitCodes.Success;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (InputFileException e)
        {
            error.WriteLine(e.ToIssue().ToString());
            // InputFileException.ToString() is the French issue itself: the technical detail is its cause and its stack.
            if (verbose) error.WriteLine($"{e.InnerException}{Environment.NewLine}{e.StackTrace}".Trim());
            return ExitCodes.InputError;
        }
        catch (UsageException e)
        {
            error.WriteLine($"Erreur : {e.Message}");
            return ExitCodes.UsageError;
        }
        catch (Exception e)
        {
            error.WriteLine($"Erreur interne : {e.Message}");
            error.WriteLine(verbose ? e.ToString() : "Relancez avec --verbose pour le détail.");
            return ExitCodes.InputError;
        }
    }

    public static RootCommand BuildRoot(CliContext context)
    {
        var root = new RootCommand(
            "Ressourcerie Analytics : entretiens, inventaires, besoins, appariements et scénarios de réemploi du matériel multimédia.\n" +
            "Exemple : ressourcerie report --data data/sample --out out");
        root.Options.Add(context.Verbose);
        foreach (var command in Commands) root.Subcommands.Add(command.Build(context));
        FrenchHelp.Apply(root);
        return root;
    }

    /// <summary>Every command of the tool, in the order the help lists them.</summary>
    private static readonly ICliCommand[] Commands =
    [
        new Commands.ValidateCommand(),
        new Commands.ReportCommand(),
        new Commands.SampleCommand(),
        new Commands.NotebooksCommand(),
        new Commands.AgreementCommand(),
        new Commands.InterviewsCommand(),
        new Commands.ClustersCommand(),
        new Commands.ImportCommand(),
        new Commands.ScenarioCommand(),
    ];
}
