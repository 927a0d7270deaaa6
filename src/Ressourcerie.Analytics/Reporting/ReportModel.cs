using Ressourcerie.Analytics.Reporting.Excel;

namespace Ressourcerie.Analytics.Reporting;

/// <summary>
/// The report before it is written: sheets in the workbook's order, charts, key figures, findings
/// and the <c>summary.json</c> content. Sections fill it; <see cref="ReportWriter"/> writes it.
/// </summary>
public sealed class ReportModel(DateOnly generationDate)
{
    private readonly List<(ReportSheetOrder Order, int Index, ReportSheet Sheet)> _sheets = [];
    private readonly List<KeyFigure> _keyFigures = [];
    private readonly List<Finding> _findings = [];
    private readonly List<ReportChart> _charts = [];

    public DateOnly GenerationDate { get; } = generationDate;

    public SummaryJson Summary { get; } = new();

    public IReadOnlyList<ReportSheet> Sheets =>
        [.. _sheets.OrderBy(s => s.Order).ThenBy(s => s.Index).Select(s => s.Sheet)];

    public IReadOnlyList<KeyFigure> KeyFigures => _keyFigures;

    /// <summary>Findings in sheet order (then in the order they were added).</summary>
    public IReadOnlyList<Finding> Findings => [.. _findings.Select((f, i) => (f, i)).OrderBy(p => p.f.Sheet).ThenBy(p => p.i).Select(p => p.f)];

    public IReadOnlyList<ReportChart> Charts => _charts;

    /// <summary>Adds the sheet of <paramref name="order"/>, named as the workbook's plan names it.</summary>
    public ReportSheet AddSheet(ReportSheetOrder order, string title)
    {
        var sheet = new ReportSheet(order.SheetName(), title);
        AddSheet(order, sheet);
        return sheet;
    }

    /// <summary>Adds a sheet at the position of <paramref name="order"/> (after those already there).</summary>
    public void AddSheet(ReportSheetOrder order, ReportSheet sheet)
    {
        if (_sheets.Any(s => string.Equals(s.Sheet.Name, sheet.Name, StringComparison.OrdinalIgnoreCase)))
            throw new InvalidOperationException($"La feuille « {sheet.Name} » existe déjà dans le rapport.");
        _sheets.Add((order, _sheets.Count, sheet));
    }

    public ReportSheet? FindSheet(ReportSheetOrder order) =>
        _sheets.Where(s => s.Order == order).OrderBy(s => s.Index).Select(s => s.Sheet).FirstOrDefault();

    /// <summary>Adds a key figure to the Synthèse sheet and to <c>summary.json</c> (<c>key_figures.&lt;key&gt;</c>).</summary>
    public void AddKeyFigure(KeyFigure figure)
    {
        if (_keyFigures.Any(k => k.Key == figure.Key)) throw new InvalidOperationException($"Chiffre clé en double : {figure.Key}.");
        _keyFigures.Add(figure);
        Summary.Section("key_figures").Set(figure.Key, figure.Value);
    }

    public void AddFinding(ReportSheetOrder sheet, string text) => _findings.Add(new Finding(sheet, text));

    public void AddChart(ReportChart chart)
    {
        if (_charts.Any(c => c.Stem == chart.Stem)) throw new InvalidOperationException($"Graphique en double : {chart.Stem}.");
        if (!chart.Stem.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
            throw new ArgumentException($"Nom de fichier de graphique non ASCII : {chart.Stem}.", nameof(chart));
        _charts.Add(chart);
    }

    /// <summary>Redacts respondent names from everything the report will write.</summary>
    internal void Protect(RespondentGuard guard)
    {
        if (guard.IsEmpty) return;
        for (int s = 0; s < _sheets.Count; s++)
        {
            var (order, index, sheet) = _sheets[s];
            for (int i = 0; i < sheet.Paragraphs.Count; i++) sheet.Paragraphs[i] = guard.Redact(sheet.Paragraphs[i]);
            for (int i = 0; i < sheet.Tables.Count; i++) sheet.Tables[i] = guard.Redact(sheet.Tables[i]);
            if (guard.Redact(sheet.Title) is var title && title != sheet.Title)
            {
                var renamed = new ReportSheet(sheet.Name, title) { FrozenTable = sheet.FrozenTable, Streamed = sheet.Streamed };
                renamed.Paragraphs.AddRange(sheet.Paragraphs);
                renamed.Tables.AddRange(sheet.Tables);
                _sheets[s] = (order, index, renamed);
            }
        }
        for (int i = 0; i < _findings.Count; i++) _findings[i] = _findings[i] with { Text = guard.Redact(_findings[i].Text) };
        for (int i = 0; i < _keyFigures.Count; i++) _keyFigures[i] = _keyFigures[i] with { Label = guard.Redact(_keyFigures[i].Label), Unit = guard.RedactNullable(_keyFigures[i].Unit) };
        for (int i = 0; i < _charts.Count; i++)
        {
            var chart = _charts[i];
            guard.Redact(chart.Plot);
            _charts[i] = chart with { Description = guard.Redact(chart.Description) };
        }
        Summary.Redact(guard);
    }
}
