namespace Ressourcerie.Analytics.Reporting.Excel;

/// <summary>
/// A PNG to show on a sheet, above its tables; the description is the picture's alt text. The
/// default size shows a 1600×900 chart at 45 %: its tick labels (24 px) read at about the size of
/// the cells' text, and two charts side by side span about a summary table's width.
/// </summary>
public sealed record SheetImage(string SheetName, string PngPath, string Description, int WidthPx = 720, int HeightPx = 405);
