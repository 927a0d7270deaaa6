namespace Ressourcerie.Analytics.Reporting.Excel;

/// <summary>A PNG to show on a sheet, beside its tables; the description is the picture's alt text.</summary>
public sealed record SheetImage(string SheetName, string PngPath, string Description, int WidthPx = 800, int HeightPx = 450);
