using System.Globalization;

namespace Ressourcerie.Analytics.Inventories.Imports;

/// <summary>
/// Dates as asset tools export them: three numbers separated by <c>/</c>, <c>-</c> or <c>.</c>, an
/// optional time (<c>2024-03-05 14:30</c>), a two- or four-digit year. A date starting with four
/// digits is year-month-day whatever the file's order; otherwise the order decides which number is
/// the day. Two-digit years are 19xx from 70 on, 20xx below (Snipe-IT's <c>M/D/YY</c>).
/// </summary>
internal static class AssetDate
{
    public static bool TrySplit(ReadOnlySpan<char> text, out int first, out int second, out int third, out bool yearFirst, out bool twoDigitYear)
    {
        first = second = third = 0;
        yearFirst = twoDigitYear = false;
        text = text.Trim();
        int cut = text.IndexOfAny(' ', 'T');
        if (cut > 0) text = text[..cut];
        Span<Range> parts = stackalloc Range[4];
        if (text.SplitAny(parts, "/-.") != 3) return false;
        var a = text[parts[0]];
        var b = text[parts[1]];
        var c = text[parts[2]];
        if (a.Length == 0 || b.Length is 0 or > 2 || c.Length == 0) return false;
        if (!int.TryParse(a, NumberStyles.None, CultureInfo.InvariantCulture, out first)
            || !int.TryParse(b, NumberStyles.None, CultureInfo.InvariantCulture, out second)
            || !int.TryParse(c, NumberStyles.None, CultureInfo.InvariantCulture, out third)) return false;
        yearFirst = a.Length == 4;
        if (yearFirst) return c.Length <= 2;
        if (a.Length > 2 || (c.Length != 2 && c.Length != 4)) return false;
        twoDigitYear = c.Length == 2;
        return true;
    }

    public static bool TryParse(ReadOnlySpan<char> text, DateOrder order, out DateOnly date)
    {
        date = default;
        if (!TrySplit(text, out int a, out int b, out int c, out bool yearFirst, out bool twoDigitYear)) return false;
        int year, month, day;
        if (yearFirst) (year, month, day) = (a, b, c);
        else if (order == DateOrder.MonthDayYear) (month, day, year) = (a, b, c);
        else (day, month, year) = (a, b, c);
        if (twoDigitYear) year += year < 70 ? 2000 : 1900;
        if (year is < 1 or > 9999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        date = new DateOnly(year, month, day);
        return true;
    }
}
