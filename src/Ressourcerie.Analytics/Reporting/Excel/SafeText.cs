using System.Text;

namespace Ressourcerie.Analytics.Reporting.Excel;

/// <summary>
/// Input text made safe for a cell: characters XML forbids are replaced (a verbatim pasted from a
/// PDF may hold control characters that would make the file unreadable), and text longer than a
/// cell can hold is cut with a visible mark rather than failing the whole report.
/// </summary>
public static class SafeText
{
    /// <summary>Excel's limit on the characters of one cell.</summary>
    public const int MaxCellLength = 32_767;

    private const string CutMark = " […]";

    public static string Clean(string text)
    {
        if (!NeedsCleaning(text)) return text;
        var builder = new StringBuilder(Math.Min(text.Length, MaxCellLength));
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else if (IsXmlChar(c) && !char.IsSurrogate(c))
            {
                builder.Append(c);
            }
            else
            {
                builder.Append('\uFFFD');
            }
        }
        if (builder.Length > MaxCellLength)
        {
            int keep = MaxCellLength - CutMark.Length;
            if (char.IsHighSurrogate(builder[keep - 1])) keep--;
            builder.Length = keep;
            builder.Append(CutMark);
        }
        return builder.ToString();
    }

    /// <summary>
    /// True when a spreadsheet would reinterpret the text if a user edited the cell: a formula
    /// trigger (<c>= + - @</c>), or something that looks like a number, a date or a boolean. Such
    /// cells get Excel's quote prefix (the invisible apostrophe) on top of their text type.
    /// </summary>
    public static bool LooksInterpretable(string text)
    {
        var trimmed = text.AsSpan().TrimStart();
        if (trimmed.IsEmpty) return false;
        char first = trimmed[0];
        if (first is '=' or '+' or '-' or '@' or '.' or ',' or '(' or '\t' or '\r' or '\n' || char.IsDigit(first)) return true;
        return trimmed.Equals("VRAI", StringComparison.OrdinalIgnoreCase)
            || trimmed.Equals("FAUX", StringComparison.OrdinalIgnoreCase)
            || trimmed.Equals("TRUE", StringComparison.OrdinalIgnoreCase)
            || trimmed.Equals("FALSE", StringComparison.OrdinalIgnoreCase);
    }

    private static bool NeedsCleaning(string text)
    {
        if (text.Length > MaxCellLength) return true;
        foreach (char c in text)
            if (!IsXmlChar(c) || char.IsSurrogate(c)) return true;
        return false;
    }

    private static bool IsXmlChar(char c) =>
        c is '\t' or '\n' or '\r' || (c >= ' ' && c <= '\uD7FF') || (c >= '\uE000' && c <= '\uFFFD') || char.IsSurrogate(c);
}
