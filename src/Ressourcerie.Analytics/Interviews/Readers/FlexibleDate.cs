using System.Globalization;

namespace Ressourcerie.Analytics.Interviews.Readers;

/// <summary>
/// Dates as QDA tools print them in their exports, which follow the computer's locale: ATLAS.ti
/// in English writes "3/25/25" (month first), MAXQDA in German "25.03.2025 14:02", in French
/// "25/03/2025". Whether a file puts the month first is decided once for the whole file from a
/// value that settles it (a first number above 12 means day first, a second one above 12 month
/// first), because "03/04/25" alone cannot say.
/// </summary>
internal static class FlexibleDate
{
    /// <summary>True when the samples show month-first dates, false when day-first, null when none settles it.</summary>
    public static bool? DetectMonthFirst(IEnumerable<string> samples)
    {
        foreach (var sample in samples)
        {
            if (!TrySplit(sample, out int a, out int b, out _, out bool iso) || iso) continue;
            if (a > 12 && b <= 12) return false;
            if (b > 12 && a <= 12) return true;
        }
        return null;
    }

    public static bool TryParse(string text, bool monthFirst, out DateTime value)
    {
        value = default;
        text = text.Trim();
        if (!TrySplit(text, out int a, out int b, out int year, out bool iso)) return false;
        int month = iso || monthFirst ? a : b, day = iso || monthFirst ? b : a;
        if (month is < 1 or > 12 || day < 1 || year < 1 || year > 9999 || day > DateTime.DaysInMonth(year, month)) return false;
        value = new DateTime(year, month, day, 0, 0, 0, DateTimeKind.Unspecified);
        int space = text.IndexOfAny([' ', 'T']);
        if (space > 0 && TimeOnly.TryParse(text[(space + 1)..].Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var time))
            value = value.Add(time.ToTimeSpan());
        return true;
    }

    /// <summary>The two leading numbers and the year of "a/b/yy(yy)" (also with "." or "-"), or of ISO "yyyy-mm-dd" (then a = month).</summary>
    private static bool TrySplit(string text, out int a, out int b, out int year, out bool iso)
    {
        a = b = year = 0;
        iso = false;
        var datePart = text.Trim();
        int cut = datePart.IndexOfAny([' ', 'T']);
        if (cut > 0) datePart = datePart[..cut];
        var parts = datePart.Split('/', '.', '-');
        if (parts.Length != 3) return false;
        if (!parts.All(p => p.Length > 0 && p.All(char.IsAsciiDigit))) return false;
        if (parts[0].Length == 4)
        {
            iso = true;
            year = int.Parse(parts[0], CultureInfo.InvariantCulture);
            a = int.Parse(parts[1], CultureInfo.InvariantCulture);
            b = int.Parse(parts[2], CultureInfo.InvariantCulture);
            return true;
        }
        if (parts[0].Length > 2 || parts[1].Length > 2 || parts[2].Length is not (2 or 4)) return false;
        a = int.Parse(parts[0], CultureInfo.InvariantCulture);
        b = int.Parse(parts[1], CultureInfo.InvariantCulture);
        year = int.Parse(parts[2], CultureInfo.InvariantCulture);
        if (parts[2].Length == 2) year += year < 70 ? 2000 : 1900;
        return true;
    }
}
