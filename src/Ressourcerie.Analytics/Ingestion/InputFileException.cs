namespace Ressourcerie.Analytics.Ingestion;

/// <summary>
/// A file that cannot be read at all, or past a given row (wrong format, corrupt archive, a cell
/// larger than the limit…). The message is French and names the file; the command line prints it
/// without a stack trace and exits with code 1.
/// </summary>
public sealed class InputFileException(string file, int row, string column, string message, Exception? inner = null)
    : Exception(message, inner)
{
    public string File { get; } = file;

    public int Row { get; } = row;

    public string Column { get; } = column;

    public DataIssue ToIssue() => new(File, Row, Column, IssueSeverity.Error, Message);

    public override string ToString() => ToIssue().ToString();
}
