namespace Ressourcerie.Analytics.Reporting.Excel;

/// <summary>What a cell holds before it is written.</summary>
public enum CellValueKind
{
    Empty,
    Text,
    Number,
    Date,
}

/// <summary>
/// One value of a report table, typed so that writers never have to guess: text stays text (even
/// <c>"007"</c> or <c>"=1+1"</c>), numbers and dates are written as numbers with a format.
/// <see cref="Format"/> overrides the column's format for this cell (e.g. a key-figures table that
/// mixes counts and percentages in one column).
/// </summary>
public readonly record struct CellValue(CellValueKind Kind, string? Text, double Number, CellFormat? Format = null)
{
    public static CellValue Empty { get; } = new(CellValueKind.Empty, null, 0);

    public static CellValue Of(string? text) => text is null ? Empty : new(CellValueKind.Text, text, 0);

    public static CellValue Of(double? number, CellFormat? format = null) =>
        number is { } n && double.IsFinite(n) ? new(CellValueKind.Number, null, n, format) : Empty;

    public static CellValue Of(DateOnly? date) =>
        date is { } d ? new(CellValueKind.Date, null, d.ToDateTime(TimeOnly.MinValue).ToOADate(), CellFormat.Date) : Empty;

    public static CellValue Percent(double? ratio) => Of(ratio, CellFormat.Percent);

    public static CellValue Integer(long? value) => Of(value, CellFormat.Integer);

    public static implicit operator CellValue(string? text) => Of(text);

    public static implicit operator CellValue(int value) => Of(value);

    public static implicit operator CellValue(int? value) => Of(value);

    public static implicit operator CellValue(long value) => Of(value);

    public static implicit operator CellValue(long? value) => Of(value);

    public static implicit operator CellValue(double value) => Of(value);

    public static implicit operator CellValue(double? value) => Of(value);

    public static implicit operator CellValue(decimal value) => Of((double)value);

    public static implicit operator CellValue(decimal? value) => Of((double?)value);

    public static implicit operator CellValue(DateOnly value) => Of(value);

    public static implicit operator CellValue(DateOnly? value) => Of(value);

    public DateOnly AsDate => DateOnly.FromDateTime(DateTime.FromOADate(Number));
}
