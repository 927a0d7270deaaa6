using ScottPlot;

namespace Ressourcerie.Analytics.Reporting.Charts;

/// <summary>
/// Loans on the map of metropolitan France (<see cref="FranceMapChart"/>: outline, lender → borrower
/// lines thicker for more units), with each institution's point sized by the units it lent or
/// received (area proportional to units, so that a point twice as large in surface moved twice as
/// much) and coloured by its role; institutions without loans stay as small grey points. Points
/// outside the metropolitan outline cannot be drawn: the <c>offMapNote</c> argument (e.g. the
/// overseas loans) is written in a box in the upper right corner.
/// </summary>
public static class LoanMapChart
{
    public const string LenderRole = "Prêteur";
    public const string BorrowerRole = "Emprunteur";
    public const string BothRoles = "Prêteur et emprunteur";
    public const string NoLoanRole = "Sans prêt";

    private const float MinMarkerPx = 9, MaxMarkerPx = 46;

    public static Plot Create(
        string title,
        IReadOnlyList<(string Role, double Latitude, double Longitude, double Units)> institutions,
        IReadOnlyList<(double FromLatitude, double FromLongitude, double ToLatitude, double ToLongitude, double Units)> loans,
        string? offMapNote = null)
    {
        var plot = FranceMapChart.Create(title, [], loans, "Prêt (épaisseur : unités)");
        string[] roles = [LenderRole, BorrowerRole, BothRoles];
        var colors = new Dictionary<string, Color> { [LenderRole] = ChartStyle.ColorAt(0), [BorrowerRole] = ChartStyle.ColorAt(1), [BothRoles] = ChartStyle.ColorAt(2) };
        var shown = institutions.Where(i => IsOnMap(i.Latitude, i.Longitude)).ToList();

        var idle = shown.Where(i => !colors.ContainsKey(i.Role)).ToList();
        if (idle.Count > 0)
        {
            Coordinates[] coordinates = [.. idle.Select(i => FranceMapChart.Project(i.Latitude, i.Longitude))];
            var grey = plot.Add.Markers(coordinates, MarkerShape.FilledCircle, 7, ChartStyle.Neutral.WithAlpha(0.6));
            grey.LegendText = NoLoanRole;
        }

        double maxUnits = Math.Max(1, shown.Where(i => colors.ContainsKey(i.Role)).Select(i => i.Units).DefaultIfEmpty(1).Max());
        // Largest first, so that small points stay visible on top of large ones.
        foreach (var institution in shown.Where(i => colors.ContainsKey(i.Role)).OrderByDescending(i => i.Units))
        {
            float size = MinMarkerPx + (MaxMarkerPx - MinMarkerPx) * (float)Math.Sqrt(institution.Units / maxUnits);
            var marker = plot.Add.Marker(FranceMapChart.Project(institution.Latitude, institution.Longitude), MarkerShape.FilledCircle, size, colors[institution.Role].WithAlpha(0.85));
            marker.MarkerLineColor = Colors.White;
            marker.MarkerLineWidth = 1.5f;
        }
        foreach (var role in roles.Where(r => shown.Any(i => i.Role == r)))
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = role, MarkerShape = MarkerShape.FilledCircle, MarkerSize = 20, MarkerFillColor = colors[role], MarkerLineColor = colors[role] });
        if (shown.Any(i => colors.ContainsKey(i.Role)))
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = $"Taille : unités prêtées ou reçues (max. {FrenchNumberFormat.Format(maxUnits, 0)})" });

        if (!string.IsNullOrWhiteSpace(offMapNote))
        {
            var limits = plot.Axes.GetLimits();
            // Inset from the frame's corner: the label's padding and border would be clipped on the edge.
            var note = plot.Add.Text(offMapNote, limits.Right - 0.02 * limits.HorizontalSpan, limits.Top - 0.02 * limits.VerticalSpan);
            note.LabelFontSize = 20;
            note.LabelFontName = ChartStyle.FontName;
            note.LabelAlignment = Alignment.UpperRight;
            note.LabelBackgroundColor = Colors.White.WithAlpha(0.9);
            note.LabelBorderColor = ChartStyle.Neutral;
            note.LabelBorderWidth = 1;
            note.LabelPadding = 8;
        }
        return plot;
    }

    /// <summary>True inside the frame of the metropolitan map (Corsica included).</summary>
    public static bool IsOnMap(double latitude, double longitude) => latitude is >= 41 and <= 51.5 && longitude is >= -5.5 and <= 10;
}
