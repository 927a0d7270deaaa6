namespace Ressourcerie.Cli;

/// <summary>Exit codes of the command-line contract (shared/CLI.md).</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The input has errors that stop the work; the message names file, row and column.</summary>
    public const int InputError = 1;

    /// <summary>The command line itself is wrong.</summary>
    public const int UsageError = 2;
}
