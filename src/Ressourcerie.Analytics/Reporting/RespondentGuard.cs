using System.Text.RegularExpressions;
using Ressourcerie.Analytics.Reporting.Excel;

namespace Ressourcerie.Analytics.Reporting;

/// <summary>
/// The last line of defence for personal data: the names of interview respondents
/// (<c>Interview.Respondent</c>) are replaced by <c>[nom]</c> in every text the report writes —
/// cells, titles, findings, chart titles, <c>summary.json</c> — whatever section produced it.
/// Sections are expected to use pseudonyms already; this guard makes a slip harmless.
/// Full names only (a first name alone is left to the interviews' redactor, which knows context).
/// </summary>
public sealed class RespondentGuard
{
    public const string Replacement = "[nom]";

    private readonly Regex? _names;

    public RespondentGuard(IEnumerable<string?> respondentNames)
    {
        var names = respondentNames
            .Select(n => n?.Trim())
            .Where(n => n is { Length: >= 3 })
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(n => n!.Length)
            .Select(n => Regex.Escape(n!).Replace("\\ ", "\\s+"))
            .ToList();
        if (names.Count > 0)
            _names = new Regex(@"(?<!\w)(?:" + string.Join("|", names) + @")(?!\w)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
    }

    public static RespondentGuard For(ReportData data) =>
        new(data.Codings?.Interviews.Select(i => i.Respondent) ?? []);

    public bool IsEmpty => _names is null;

    public string Redact(string text) => _names is null ? text : _names.Replace(text, Replacement);

    public string? RedactNullable(string? text) => text is null ? null : Redact(text);

    /// <summary>A table whose text cells are redacted as they are enumerated (rows stay lazy).</summary>
    public ReportTable Redact(ReportTable table)
    {
        if (_names is null) return table;
        return new ReportTable(table.Name, [.. table.Columns.Select(c => c with { Header = Redact(c.Header) })], RedactRows(table.Rows))
        {
            Heading = RedactNullable(table.Heading),
            Note = RedactNullable(table.Note),
            EmptyText = Redact(table.EmptyText),
        };
    }

    private IEnumerable<IReadOnlyList<CellValue>> RedactRows(IEnumerable<IReadOnlyList<CellValue>> rows)
    {
        foreach (var row in rows)
        {
            CellValue[]? copy = null;
            for (int i = 0; i < row.Count; i++)
            {
                if (row[i].Kind != CellValueKind.Text) continue;
                var redacted = Redact(row[i].Text!);
                if (ReferenceEquals(redacted, row[i].Text) || redacted == row[i].Text) continue;
                copy ??= [.. row];
                copy[i] = row[i] with { Text = redacted };
            }
            yield return copy ?? row;
        }
    }
}
