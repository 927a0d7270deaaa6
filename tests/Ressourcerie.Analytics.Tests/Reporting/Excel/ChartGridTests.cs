using Ressourcerie.Analytics.Reporting.Excel;

namespace Ressourcerie.Analytics.Tests.Reporting.Excel;

public class ChartGridTests
{
    private static SheetImage Image(int widthPx, int heightPx) => new("Scénarios", "graphique.png", "Graphique", widthPx, heightPx);

    [Fact]
    public void Charts_go_two_to_a_row_each_row_as_tall_as_its_tallest_chart_plus_a_blank_row()
    {
        var images = new[] { Image(720, 405), Image(720, 300), Image(600, 200) };

        var placements = ChartGrid.Place(images, firstRow: 5);

        Assert.Equal([(5, 0), (5, 720 + ChartGrid.GapPx), (5 + 21 + 1, 0)], placements.Select(p => (p.Row, p.LeftPx)));
        Assert.Equal(images, placements.Select(p => p.Image));
        Assert.Equal(21 + 1 + 10 + 1, ChartGrid.Rows(images));
    }

    [Fact]
    public void A_sheet_without_charts_keeps_no_rows_for_them()
    {
        Assert.Empty(ChartGrid.Place([], 3));
        Assert.Equal(0, ChartGrid.Rows([]));
    }

    [Theory]
    [InlineData(0, 0, 0)]
    [InlineData(99, 0, 99)]
    [InlineData(100, 1, 0)]
    [InlineData(699, 1, 599)]
    [InlineData(736, 2, 36)]
    [InlineData(800, 3, 36)]
    public void A_left_edge_in_pixels_falls_in_the_column_under_it(int leftPx, int column, int offsetPx)
    {
        // Columns A and B sized by the sheet (100 and 600 px), the others at Excel's default 64 px.
        var widths = new Dictionary<int, int> { [0] = 100, [1] = 600 };
        Assert.Equal((column, offsetPx), ChartImageEmbedder.ColumnAt(widths, leftPx));
    }
}
