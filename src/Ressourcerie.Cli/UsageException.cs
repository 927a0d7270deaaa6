namespace Ressourcerie.Cli;

/// <summary>A command line that parses but makes no sense (e.g. <c>--k 0</c>): exit code 2 with a French message.</summary>
public sealed class UsageException(string message) : Exception(message);
