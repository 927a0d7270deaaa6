using System.Globalization;

namespace Ressourcerie.Analytics.Ingestion;

/// <summary>
/// Reads numbers as French spreadsheets write them: decimal comma or point, spaces, non-breaking
/// and narrow spaces or apostrophes as thousands separators ("1 234,5", "1.234,5", "1,234.5"),
/// an optional currency sign or unit ("12,50 €", "35 %"). Allocation-free on the hot path.
/// </summary>
public static class FrenchNumber
{
    public static bool TryParse(ReadOnlySpan<char> text, out double value)
    {
        value = 0;
        text = text.Trim();
        if (TryParsePlain(text, out value)) return true;
        text = StripUnits(text);
        if (text.IsEmpty) return false;

        Span<char> buffer = text.Length <= 64 ? stackalloc char[text.Length] : new char[text.Length];
        int n = 0;
        int lastComma = text.LastIndexOf(',');
        int lastDot = text.LastIndexOf('.');
        // The separator written last is the decimal one when both appear ("1.234,5" or "1,234.5");
        // alone, a comma is decimal (French), and so is a point.
        char decimalSeparator = lastComma > lastDot ? ',' : '.';
        int commas = text.Count(',');
        int dots = text.Count('.');
        if (decimalSeparator == ',' && commas > 1) return false;
        if (decimalSeparator == '.' && dots > 1 && commas == 0)
        {
            // "1.234.567": points as thousands separators.
            decimalSeparator = '\0';
        }

        foreach (char c in text)
        {
            if (c == decimalSeparator) buffer[n++] = '.';
            else if (char.IsAsciiDigit(c) || ((c == '-' || c == '+') && n == 0) || c == 'e' || c == 'E') buffer[n++] = c;
            else if (c is ' ' or '\u00A0' or '\u202F' or '\'' or '’' || c == ',' || c == '.') continue;
            else if (c == '−' && n == 0) buffer[n++] = '-';
            else return false;
        }
        return double.TryParse(buffer[..n], NumberStyles.Float, CultureInfo.InvariantCulture, out value)
               && double.IsFinite(value);
    }

    /// <summary>
    /// The common case on hot paths, digits with at most one decimal comma or point ("12", "1250,50"),
    /// read without the general parser: most cells of a million-line inventory are such numbers.
    /// </summary>
    private static bool TryParsePlain(ReadOnlySpan<char> text, out double value)
    {
        value = 0;
        if (text.IsEmpty || text.Length > 15) return false;
        long whole = 0, fraction = 0;
        int fractionDigits = -1;
        foreach (char c in text)
        {
            if (char.IsAsciiDigit(c))
            {
                if (fractionDigits < 0) whole = whole * 10 + (c - '0');
                else
                {
                    fraction = fraction * 10 + (c - '0');
                    fractionDigits++;
                }
            }
            else if ((c == ',' || c == '.') && fractionDigits < 0) fractionDigits = 0;
            else return false;
        }
        if (fractionDigits == 0) return false;
        value = fractionDigits > 0 ? whole + fraction / Pow10[fractionDigits] : whole;
        return true;
    }

    private static readonly double[] Pow10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

    /// <summary>An integer, accepting "12", "12,0", "1 200"; "12,5" is not an integer.</summary>
    public static bool TryParseInteger(ReadOnlySpan<char> text, out long value)
    {
        value = 0;
        if (!TryParse(text, out double d) || d != Math.Floor(d) || Math.Abs(d) > 1e15) return false;
        value = (long)d;
        return true;
    }

    public static bool TryParseDecimal(ReadOnlySpan<char> text, out decimal value)
    {
        value = 0;
        if (!TryParse(text, out double d) || Math.Abs(d) > 1e15) return false;
        value = Math.Round((decimal)d, 6);
        return true;
    }

    private static ReadOnlySpan<char> StripUnits(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || (char.IsAsciiDigit(text[0]) && char.IsAsciiDigit(text[^1]))) return text;
        foreach (var unit in Units)
        {
            if (text.EndsWith(unit, StringComparison.OrdinalIgnoreCase)) return text[..^unit.Length].TrimEnd();
            if (text.StartsWith(unit, StringComparison.OrdinalIgnoreCase)) return text[unit.Length..].TrimStart();
        }
        return text;
    }

    // Longest first: "€ HT" before "€". Prices are often typed with their tax basis ("1 250 € HT").
    private static readonly string[] Units = ["€ HT", "€ TTC", "€HT", "€TTC", "EUR HT", "EUR TTC", "HT", "TTC", "€", "EUR", "euros", "euro", "%", "$", "mois"];
}
