namespace Ressourcerie.Analytics.Reporting.Excel;

/// <summary>
/// A column of a report table: its French header, how its cells are shown, and whether long text
/// wraps (verbatims, messages) instead of widening the column. <paramref name="MaxWidth"/> bounds
/// the column's width, in characters (its header wraps within it, and its text too when
/// <paramref name="Wrap"/> is set): for sheets whose stacked tables must stay narrow enough to print.
/// </summary>
public sealed record TableColumn(string Header, CellFormat Format = CellFormat.Text, bool Wrap = false, double? MaxWidth = null)
{
    /// <summary>The bound of <see cref="Number"/> columns: a long header wraps above numbers of a dozen digits.</summary>
    public const double NumberWidth = 14;

    /// <summary>A text column at most <paramref name="maxWidth"/> characters wide, its text wrapping within.</summary>
    public static TableColumn Wrapped(string header, double maxWidth) => new(header, Wrap: true, MaxWidth: maxWidth);

    /// <summary>
    /// A number (or date) column whose long header wraps above its values instead of widening it;
    /// the numbers themselves always keep the width they need.
    /// </summary>
    public static TableColumn Number(string header, CellFormat format, double maxWidth = NumberWidth) => new(header, format, MaxWidth: maxWidth);
}
