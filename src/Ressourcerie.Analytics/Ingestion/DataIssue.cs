namespace Ressourcerie.Analytics.Ingestion;

/// <summary>
/// One problem found in an input: the file, the row as a spreadsheet shows it (header = 1, 0 when
/// the problem concerns the whole file), the column as written in the file's header, and a French
/// message that says what was wrong and what to do.
/// </summary>
public sealed record DataIssue(
    string File,
    int Row,
    string Column,
    IssueSeverity Severity,
    string Message,
    string? Suggestion = null)
{
    public override string ToString()
    {
        var where = Row > 0 ? $"{File}, ligne {Row}" : File;
        if (Column.Length > 0) where += $", colonne « {Column} »";
        var kind = Severity == IssueSeverity.Error ? "erreur" : "avertissement";
        return $"{where} : {kind} : {Message}";
    }
}
