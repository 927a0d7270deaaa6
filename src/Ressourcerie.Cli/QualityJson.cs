using System.Text.Json.Serialization;
using Ressourcerie.Analytics.Ingestion;

namespace Ressourcerie.Cli;

/// <summary>
/// The reading report of a command's inputs in its JSON output, with the keys of <c>validate</c>:
/// counts (<c>rows_read == rows_accepted + rows_rejected</c>) and every issue with file, row,
/// column, severity (<c>error</c>|<c>warning</c>) and message.
/// </summary>
public sealed record QualityJson(long RowsRead, long RowsAccepted, long RowsRejected, int Errors, int Warnings, IReadOnlyList<QualityJson.Issue> Issues)
{
    public static QualityJson From(DataQualityReport quality) => new(
        quality.RowsRead, quality.RowsAccepted, quality.RowsRejected, quality.ErrorCount, quality.WarningCount,
        [.. quality.Issues.Select(Issue.From)]);

    public sealed record Issue(
        string File,
        int Row,
        string Column,
        string Severity,
        string Message,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Suggestion)
    {
        public static Issue From(DataIssue issue) =>
            new(issue.File, issue.Row, issue.Column, issue.Severity == IssueSeverity.Error ? "error" : "warning", issue.Message, issue.Suggestion);
    }
}
