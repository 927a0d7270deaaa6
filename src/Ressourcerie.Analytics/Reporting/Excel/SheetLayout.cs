namespace Ressourcerie.Analytics.Reporting.Excel;

/// <summary>
/// Where a written sheet's content lies (1-based): its last column and row, the first row of the
/// block left for charts (0 when none) and the header row repeated on every printed page (0 when none).
/// </summary>
public sealed record SheetLayout(string SheetName, int LastColumn, int LastRow, int ChartRow = 0, int PrintTitleRow = 0);
