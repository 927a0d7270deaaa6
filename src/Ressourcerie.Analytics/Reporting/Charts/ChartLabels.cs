namespace Ressourcerie.Analytics.Reporting.Charts;

/// <summary>Long French labels made to fit an axis: wrapped on two lines at a space, then shortened with "…".</summary>
public static class ChartLabels
{
    public static string Fit(string label, int lineLength = 30)
    {
        label = label.Trim();
        if (label.Length <= lineLength) return label;
        // Split at the space nearest the middle when both lines then fit, for balanced lines.
        int cut = -1;
        for (int i = 0; i < label.Length; i++)
            if (label[i] == ' ' && i <= lineLength && label.Length - i - 1 <= lineLength
                && (cut < 0 || Math.Abs(i - label.Length / 2) < Math.Abs(cut - label.Length / 2)))
                cut = i;
        if (cut < 0) cut = label.LastIndexOf(' ', lineLength);
        if (cut <= 0) return label[..(lineLength - 1)] + "…";
        string first = label[..cut];
        string rest = label[(cut + 1)..];
        if (rest.Length > lineLength) rest = rest[..(lineLength - 1)].TrimEnd() + "…";
        return first + "\n" + rest;
    }

    /// <summary>One line at most <paramref name="maxLength"/> characters long (for rotated labels).</summary>
    public static string Truncate(string label, int maxLength = 40)
    {
        label = label.Trim();
        return label.Length <= maxLength ? label : label[..(maxLength - 1)].TrimEnd() + "…";
    }
}
