namespace Ressourcerie.Analytics.Reporting.Excel;

/// <summary>
/// A column of a report table: its French header, how its cells are shown, and whether long text
/// wraps (verbatims, messages) instead of widening the column. <paramref name="MaxWidth"/> bounds
/// the column's width, in characters (its header wraps within it, and its text too when
/// <paramref name="Wrap"/> is set): for sheets whose stacked tables must stay narrow enough to print.
/// </summary>
public sealed record TableColumn(string Header, CellFormat Format = CellFormat.Text, bool Wrap = false, double? MaxWidth = null);
