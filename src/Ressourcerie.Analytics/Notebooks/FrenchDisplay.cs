using System.Globalization;

namespace Ressourcerie.Analytics.Notebooks;

/// <summary>
/// How a value reads in a table shown to the team: French digits (<c>1 234,5</c>), dates as
/// <c>dd/mm/yyyy</c>, booleans as oui/non, nothing for a missing value. At most three decimals
/// from 1 up; below 1, three significant digits, so that an emission factor of 0,0042 keeps them.
/// </summary>
public static class FrenchDisplay
{
    public static CultureInfo Culture { get; } = CultureInfo.GetCultureInfo("fr-FR");

    public static string Format(object? value) => value switch
    {
        null => "",
        string text => text,
        bool b => b ? "oui" : "non",
        double d => Number(d),
        float f => Number(f),
        decimal m => Number((double)m, m.ToString("#,##0.###", Culture)),
        int or long or short or byte or sbyte or ushort or uint or ulong => ((IFormattable)value).ToString("N0", Culture),
        DateOnly date => date.ToString("dd/MM/yyyy", Culture),
        DateTime time => time.TimeOfDay == TimeSpan.Zero ? time.ToString("dd/MM/yyyy", Culture) : time.ToString("dd/MM/yyyy HH:mm", Culture),
        DateTimeOffset offset => offset.ToString("dd/MM/yyyy HH:mm", Culture),
        IFormattable formattable => formattable.ToString(null, Culture),
        _ => value.ToString() ?? "",
    };

    /// <summary>True for the values a table aligns right.</summary>
    public static bool IsNumber(object? value) =>
        value is double or float or decimal or int or long or short or byte or sbyte or ushort or uint or ulong;

    private static string Number(double value, string? formatted = null)
    {
        if (double.IsNaN(value)) return "";
        if (double.IsInfinity(value)) return value > 0 ? "+∞" : "−∞";
        if (Math.Abs(value) >= 1e15) return value.ToString("G4", Culture);
        if (value != 0 && Math.Abs(value) < 1) return value.ToString("G3", Culture);
        return formatted ?? value.ToString("#,##0.###", Culture);
    }
}
