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
        text = text.Trim();
        if (TryParsePlain(text, out value)) return true;
        value = 0;
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
    /// The common case of an inventory cell, "3", "2019" or "1380,90": ASCII digits with at most one
    /// decimal comma or point between digits, at most 15 digits. The digits are exact in a long and
    /// so is the power of ten in a double, so their IEEE quotient is the correctly rounded value of
    /// the decimal: bit for bit what <see cref="double.TryParse(ReadOnlySpan{char}, NumberStyles, IFormatProvider, out double)"/>
    /// returns, without the general path's unit, separator and buffer handling.
    /// </summary>
    private static bool TryParsePlain(ReadOnlySpan<char> text, out double value)
    {
        value = 0;
        if (text.IsEmpty || text.Length > 16) return false;
        long digits = 0;
        int decimals = -1, count = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsAsciiDigit(c))
            {
                digits = digits * 10 + (c - '0');
                count++;
                if (decimals >= 0) decimals++;
            }
            else if ((c == ',' || c == '.') && decimals < 0 && i > 0 && i < text.Length - 1)
            {
                decimals = 0;
            }
            else
            {
                return false;
            }
        }
        if (count > 15) return false;
        value = decimals > 0 ? digits / PowersOfTen[decimals] : digits;
        return true;
    }

    private static readonly double[] PowersOfTen = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

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
