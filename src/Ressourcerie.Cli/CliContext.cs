using System.CommandLine;

namespace Ressourcerie.Cli;

/// <summary>
/// What every command shares: the output streams (injected so tests can run the tool in-process)
/// and the global <c>--verbose</c> option.
/// </summary>
public sealed class CliContext(TextWriter output, TextWriter error)
{
    public TextWriter Out { get; } = output;

    public TextWriter Error { get; } = error;

    public Option<bool> Verbose { get; } = new("--verbose", "-v")
    {
        Description = "Affiche le détail des erreurs internes (trace de pile).",
        Recursive = true,
    };

    /// <summary>True when progress may be shown: stderr is a terminal and not redirected.</summary>
    public bool ShowProgress => ReferenceEquals(Error, Console.Error) && !Console.IsErrorRedirected;

    public void Progress(string message)
    {
        if (ShowProgress) Error.WriteLine(message);
    }
}
