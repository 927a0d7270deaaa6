namespace Ressourcerie.Analytics.Reporting.Excel;

/// <summary>
/// A column of a report table: its French header, how its cells are shown, and whether long text
/// wraps (verbatims, messages) instead of widening the column.
/// </summary>
public sealed record TableColumn(string Header, CellFormat Format = CellFormat.Text, bool Wrap = false);
