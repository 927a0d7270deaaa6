namespace Ressourcerie.Analytics.Reporting.Excel;

/// <summary>
/// Where a sheet's charts go: under its title and explanation, before its tables, two side by side.
/// Beside the widest table they made the sheet so wide that, printed one page wide, tables and
/// charts came out unreadable; here two charts span about the width of a summary table, so the
/// charts read first on screen and the sheet keeps its print scale.
/// </summary>
public static class ChartGrid
{
    public const int ChartsPerRow = 2;

    /// <summary>Space between two charts of a row, in pixels.</summary>
    public const int GapPx = 16;

    /// <summary>The default row height (15 pt) in pixels at 96 dpi: the chart block's rows keep it.</summary>
    public const int RowHeightPx = 20;

    /// <summary>Places <paramref name="images"/> from <paramref name="firstRow"/> (1-based), in order, two to a row.</summary>
    public static IReadOnlyList<ChartPlacement> Place(IReadOnlyList<SheetImage> images, int firstRow)
    {
        var placements = new List<ChartPlacement>(images.Count);
        int row = firstRow;
        for (int start = 0; start < images.Count; start += ChartsPerRow)
        {
            int leftPx = 0, tallestPx = 0;
            for (int i = start; i < Math.Min(images.Count, start + ChartsPerRow); i++)
            {
                placements.Add(new ChartPlacement(images[i], row, leftPx));
                leftPx += images[i].WidthPx + GapPx;
                tallestPx = Math.Max(tallestPx, images[i].HeightPx);
            }
            row += RowsSpanned(tallestPx);
        }
        return placements;
    }

    /// <summary>Rows the charts cover, with one blank row under each row of charts.</summary>
    public static int Rows(IReadOnlyList<SheetImage> images)
    {
        int rows = 0;
        for (int start = 0; start < images.Count; start += ChartsPerRow)
            rows += RowsSpanned(images.Skip(start).Take(ChartsPerRow).Max(i => i.HeightPx));
        return rows;
    }

    private static int RowsSpanned(int heightPx) => (heightPx + RowHeightPx - 1) / RowHeightPx + 1;
}
