using System.CommandLine;

namespace Ressourcerie.Cli;

/// <summary>One command of the <c>ressourcerie</c> tool; each lives in its own file under <c>Commands/</c>.</summary>
public interface ICliCommand
{
    Command Build(CliContext context);
}
