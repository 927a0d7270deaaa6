using Ressourcerie.Cli;

namespace Ressourcerie.Analytics.Tests.TestSupport;

/// <summary>The <c>ressourcerie</c> command run in-process, as CLI.md asks commands to be tested.</summary>
public static class CommandLine
{
    public static CommandResult Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int exit = Program.Run(args, output, error);
        return new CommandResult(exit, output.ToString(), error.ToString());
    }
}

/// <summary>What a run of the command gave: its exit code, its standard output and its standard error.</summary>
public readonly record struct CommandResult(int Exit, string Out, string Error);
