namespace Ressourcerie.Analytics.Reporting.Excel;

/// <summary>
/// How a cell is shown. The number format codes are written in the file's invariant syntax
/// (<c>#,##0.0</c>: comma = thousands separator, point = decimal separator); Excel and LibreOffice
/// display them with the reader's locale, so a French reader sees <c>1 234,5</c>. Writing the
/// French form <c>#&#160;##0,0</c> in the file would be wrong: the space would be a literal and
/// the comma a thousands scaling.
/// </summary>
public enum CellFormat
{
    /// <summary>Input text (labels, identifiers, verbatims): always a text cell, never converted.</summary>
    Text,

    /// <summary>Whole number with thousands separator: <c>1 234</c>.</summary>
    Integer,

    /// <summary>One decimal with thousands separator: <c>1 234,5</c>.</summary>
    Decimal,

    /// <summary>Two decimals with thousands separator: <c>1 234,56</c>.</summary>
    Decimal2,

    /// <summary>A ratio shown as a percentage with one decimal: 0,182 → <c>18,2 %</c>.</summary>
    Percent,

    /// <summary>A date shown <c>jj/mm/aaaa</c>.</summary>
    Date,

    /// <summary>Whole euros: <c>1 234 €</c>.</summary>
    Euros,

    /// <summary>
    /// The number with the decimals it has (the spreadsheet's « Standard » format): for columns whose
    /// values span orders of magnitude, such as emission factors from 0,052 kgCO2e/kWh to 3 660
    /// kgCO2e per server, which a fixed number of decimals would round away or clutter.
    /// </summary>
    General,
}

public static class CellFormatCodes
{
    /// <summary>The Open XML number format code of a format (null for text, which uses the built-in "@").</summary>
    public static string? Code(this CellFormat format) => format switch
    {
        CellFormat.Integer => "#,##0",
        CellFormat.Decimal => "#,##0.0",
        CellFormat.Decimal2 => "#,##0.00",
        // French typography puts a space before %; an escaped space is a literal in format codes.
        CellFormat.Percent => "0.0\\ %",
        // "/" in a date format code is the locale's date separator, which is "/" in French.
        CellFormat.Date => "dd/mm/yyyy",
        CellFormat.Euros => "#,##0\\ \"€\"",
        CellFormat.General => "General",
        _ => null,
    };
}
