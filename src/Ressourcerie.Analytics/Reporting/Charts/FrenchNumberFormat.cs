using System.Globalization;

namespace Ressourcerie.Analytics.Reporting.Charts;

/// <summary>
/// Numbers as French typography writes them on a slide: <c>1 234,5</c>, with a narrow no-break
/// space (U+202F) between thousands and a decimal comma, and <c>18,2 %</c> for ratios.
/// </summary>
public static class FrenchNumberFormat
{
    public const char ThousandsSeparator = '\u202F';

    private static readonly NumberFormatInfo Info = new()
    {
        NumberDecimalSeparator = ",",
        NumberGroupSeparator = ThousandsSeparator.ToString(),
        NumberGroupSizes = [3],
        NegativeSign = "−",
    };

    public static string Format(double value, int decimals = 1) =>
        value.ToString("N" + decimals, Info);

    /// <summary>Axis ticks: as many decimals as the value needs (at most 3), so 2,5 and 1 000 both read naturally.</summary>
    public static string Tick(double value)
    {
        if (Math.Abs(value) < 1e-12) return "0";
        return value.ToString("#,##0.###", Info);
    }

    public static string Percent(double ratio, int decimals = 1) => Format(ratio * 100, decimals) + "\u00A0%";

    /// <summary>
    /// A number inside a French sentence of the workbook: thousands separated by a no-break space
    /// (U+00A0), which every spreadsheet font has, unlike the narrow one used on charts.
    /// </summary>
    public static string InText(double value, int decimals = 0) =>
        Format(value, decimals).Replace(ThousandsSeparator, '\u00A0').Replace('−', '-');

    /// <summary>A ratio inside a French sentence: 0,182 → "18,2 %" (no-break space before the sign).</summary>
    public static string PercentInText(double ratio, int decimals = 1) => InText(ratio * 100, decimals) + "\u00A0%";

    /// <summary>The French noun form for a count: singular below 2 (« 0 prêt », « 1 unité », « 2 unités »).</summary>
    public static string Plural(double count, string singular, string plural) => Math.Abs(count) < 2 ? singular : plural;
}
