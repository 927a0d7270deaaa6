using System.Globalization;

namespace Ressourcerie.Analytics.Ingestion;

/// <summary>
/// Reads dates as people type them in France: <c>dd/mm/yyyy</c> (also with <c>-</c> or <c>.</c>,
/// two-digit years, an optional time), ISO <c>yyyy-mm-dd</c>, and Excel serial numbers
/// ("45352" typed in a CSV). Day-first is assumed: it is the French order, and Snipe-IT's habit of
/// reading "05/03/2024" as 3 May is exactly the mistake to avoid. <see cref="TryParse"/> says when
/// the input was not a plain date so that callers can warn.
/// </summary>
public static class FrenchDate
{
    /// <summary>Excel's day zero for serial dates (1900 system, after the 1900 leap-year bug).</summary>
    private static readonly DateOnly ExcelEpoch = new(1899, 12, 30);

    public static bool TryParse(ReadOnlySpan<char> text, out DateOnly date, out DateParseNote note)
    {
        date = default;
        note = DateParseNote.None;
        text = text.Trim();
        if (text.IsEmpty) return false;

        // Drop a time part ("2024-03-05 14:30", "05/03/2024 14:30:00", "2024-03-05T14:30:00").
        int cut = text.IndexOfAny(' ', 'T');
        if (cut > 0 && cut >= 8) text = text[..cut];

        if (TryIso(text, out date)) return true;
        if (TryDayFirst(text, out date, out bool twoDigitYear))
        {
            if (twoDigitYear) note = DateParseNote.TwoDigitYear;
            return true;
        }
        if (FrenchNumber.TryParse(text, out double serial) && serial >= 1 && serial < 2958466 && serial == Math.Floor(serial))
        {
            date = ExcelEpoch.AddDays((int)serial);
            note = DateParseNote.ExcelSerial;
            return true;
        }
        return DateOnly.TryParse(text, CultureInfo.GetCultureInfo("fr-FR"), DateTimeStyles.AllowWhiteSpaces, out date);
    }

    private static bool TryIso(ReadOnlySpan<char> text, out DateOnly date)
    {
        date = default;
        if (text.Length != 10 || text[4] != '-' || text[7] != '-') return false;
        return int.TryParse(text[..4], NumberStyles.None, CultureInfo.InvariantCulture, out int y)
            && int.TryParse(text[5..7], NumberStyles.None, CultureInfo.InvariantCulture, out int m)
            && int.TryParse(text[8..], NumberStyles.None, CultureInfo.InvariantCulture, out int d)
            && TryMake(y, m, d, out date);
    }

    private static bool TryDayFirst(ReadOnlySpan<char> text, out DateOnly date, out bool twoDigitYear)
    {
        date = default;
        twoDigitYear = false;
        Span<Range> parts = stackalloc Range[4];
        int count = text.SplitAny(parts, "/-.");
        if (count != 3) return false;
        var dayText = text[parts[0]];
        var monthText = text[parts[1]];
        var yearText = text[parts[2]];
        if (dayText.Length is < 1 or > 2 || monthText.Length is < 1 or > 2 || (yearText.Length != 2 && yearText.Length != 4)) return false;
        if (!int.TryParse(dayText, NumberStyles.None, CultureInfo.InvariantCulture, out int d)
            || !int.TryParse(monthText, NumberStyles.None, CultureInfo.InvariantCulture, out int m)
            || !int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out int y)) return false;
        if (yearText.Length == 2)
        {
            twoDigitYear = true;
            y += y < 70 ? 2000 : 1900;
        }
        return TryMake(y, m, d, out date);
    }

    private static bool TryMake(int y, int m, int d, out DateOnly date)
    {
        date = default;
        if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1 || d > DateTime.DaysInMonth(y, m)) return false;
        date = new DateOnly(y, m, d);
        return true;
    }

    /// <summary>The date of an Excel date cell or serial number.</summary>
    public static DateOnly FromExcelSerial(double serial) => ExcelEpoch.AddDays((int)Math.Floor(serial));
}

/// <summary>How a date was read, when it was not typed as a plain date (callers turn these into warnings).</summary>
public enum DateParseNote
{
    None,
    TwoDigitYear,
    ExcelSerial,
}
