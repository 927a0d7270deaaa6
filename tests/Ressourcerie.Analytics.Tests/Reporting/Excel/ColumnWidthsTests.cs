using ClosedXML.Excel;
using Ressourcerie.Analytics.Reporting.Excel;

namespace Ressourcerie.Analytics.Tests.Reporting.Excel;

public class ColumnWidthsTests
{
    private const string Source =
        "basse : ADEME publicodes-impact-livraison 0.7.0 (npm, MIT), polynôme HBEFA « VUL moyen » : 0.201 kgCO2e/km à 50 km/h | typique : 8.5 L/100 km (VUL moyen) × 3.1 kgCO2e/L gazole B7 (Base Carbone)";

    [Fact]
    public void A_bounded_column_stays_within_its_width_whatever_the_length_of_its_text()
    {
        var widths = new ColumnWidths([new TableColumn("Source", Wrap: true, MaxWidth: 24), new TableColumn("Note", Wrap: true)]);
        widths.Observe([Source, Source]);

        Assert.Equal(24, widths.Widths[0]);
        Assert.True(widths.Widths[1] > 60, "sans borne, le texte enveloppé s'élargit jusqu'à 80 caractères");
    }

    [Fact]
    public void A_bounded_column_still_fits_its_numbers_and_its_headers_longest_word()
    {
        var widths = new ColumnWidths(
        [
            new TableColumn("Bilan net (tCO2e)", CellFormat.Decimal2, MaxWidth: 6),
            new TableColumn("Correspondance", Wrap: true, MaxWidth: 8),
        ]);
        widths.Observe([123_456_789.25, "x"]);

        // « 123 456 789,25 » is 14 characters: a narrower column would show « #### ».
        Assert.True(widths.Widths[0] >= 14 + 1.5, $"{widths.Widths[0]}");
        Assert.True(widths.Widths[1] >= "Correspondance".Length * 1.1, $"{widths.Widths[1]}");
    }

    [Theory]
    [InlineData("Prêt mutualisé", 20, 1)]
    [InlineData("Les trois leviers combinés", 12, 3)]
    [InlineData("allongement-duree-de-vie", 12, 2)]
    [InlineData("abcdefghijklmnopqrstuvwxyz", 10, 3)]
    [InlineData("un\ndeux\ntrois", 40, 3)]
    public void Wrapped_lines_break_at_spaces_and_after_hyphens_and_split_words_longer_than_the_line(string text, double usable, int lines)
    {
        Assert.Equal(lines, ColumnWidths.WrappedLines(text, usable));
    }

    [Fact]
    public void A_row_of_long_wrapped_text_is_given_one_line_height_per_wrapped_line()
    {
        TableColumn[] columns = [new("Facteur"), new("Source", Wrap: true, MaxWidth: 24)];
        double[] widths = [20, 24];
        var height = ColumnWidths.RowHeight(columns, widths, ["Transport", Source]);

        Assert.Equal(15.0 * ColumnWidths.WrappedLines(Source, 24 - 1.5 - 1), height);
        Assert.InRange(height!.Value, 15 * 7, 15 * 12);
        Assert.Null(ColumnWidths.RowHeight(columns, widths, ["Transport", "ADEME"]));
    }

    [Fact]
    public void A_header_row_grows_to_the_lines_its_narrowest_wrapped_header_takes_up_to_five()
    {
        TableColumn[] columns = [new("Mesure"), new("Achats évités chez ses emprunteurs (tCO2e)", CellFormat.Decimal2)];

        Assert.Equal(15, ColumnWidths.HeaderRowHeight(columns, [20, 60]));
        Assert.Equal(15 * 4, ColumnWidths.HeaderRowHeight(columns, [20, 18]));
        Assert.Equal(15 * ColumnWidths.MaxHeaderLines, ColumnWidths.HeaderRowHeight(columns, [20, 8]));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Table_text_is_indented_so_that_it_never_touches_a_right_aligned_number_before_it(bool streamed)
    {
        using var temp = new TempDirectory();
        var path = temp.File("qualite.xlsx");
        var sheet = new ReportSheet("Qualité", "Qualité des données") { Streamed = streamed }.Table(new ReportTable(
            "lignes",
            [new TableColumn("Ligne", CellFormat.Integer), new TableColumn("Colonne"), new TableColumn("Message", Wrap: true)],
            [[96, "Début", "Année à deux chiffres"]]));
        WorkbookWriter.Write(path, [sheet], []);

        using var workbook = new XLWorkbook(path);
        var worksheet = workbook.Worksheet("Qualité");
        var header = worksheet.Row(3);
        var row = worksheet.Row(4);
        Assert.Equal("Début", row.Cell(2).GetString());
        foreach (var cell in new[] { header.Cell(2), header.Cell(3), row.Cell(2), row.Cell(3) })
        {
            Assert.Equal(XLAlignmentHorizontalValues.Left, cell.Style.Alignment.Horizontal);
            Assert.Equal(1, cell.Style.Alignment.Indent);
        }
        Assert.Equal(0, row.Cell(1).Style.Alignment.Indent);
        Assert.Equal(XLAlignmentHorizontalValues.Right, header.Cell(1).Style.Alignment.Horizontal);
    }
}
