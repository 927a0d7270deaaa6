using ClosedXML.Excel;
using ExcelDataReader;
using Ressourcerie.Analytics.Reporting.Excel;

namespace Ressourcerie.Analytics.Tests.Reporting.Excel;

public class WorkbookWriterTests
{
    private static ReportSheet Sample(bool streamed) =>
        new ReportSheet("Inventaire", "Inventaire du matériel") { Streamed = streamed }
            .Paragraph("Unités et lignes par catégorie.")
            .Table(new ReportTable(
                "par catégorie",
                [
                    new TableColumn("Catégorie"),
                    new TableColumn("Unités", CellFormat.Integer),
                    new TableColumn("Âge moyen (ans)", CellFormat.Decimal),
                    new TableColumn("Part dormante", CellFormat.Percent),
                    new TableColumn("Dernier achat", CellFormat.Date),
                ],
                [
                    ["Vidéoprojecteur", 1234, 5.25, 0.182, new DateOnly(2024, 3, 5)],
                    ["Écran / moniteur", 17, CellValue.Empty, 0.0, CellValue.Empty],
                ])
            { Heading = "Par catégorie", Note = "Source : inventaires des établissements." });

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_sheet_has_a_real_table_a_frozen_header_and_french_number_formats(bool streamed)
    {
        using var temp = new TempDirectory();
        var path = temp.File("classeur.xlsx");
        WorkbookWriter.Write(path, [Sample(streamed)], []);

        using var workbook = new XLWorkbook(path);
        var sheet = workbook.Worksheet("Inventaire");
        Assert.Equal("Inventaire du matériel", sheet.Cell("A1").GetString());
        Assert.Equal("Par catégorie", sheet.Cell("A4").GetString());
        var table = Assert.Single(sheet.Tables);
        Assert.Equal("A5:E7", table.RangeAddress.ToString());
        Assert.True(table.ShowAutoFilter);
        Assert.Equal("TableStyleMedium2", table.Theme.Name);
        Assert.Equal(5, sheet.SheetView.SplitRow);

        Assert.Equal(1234, sheet.Cell("B6").GetDouble());
        Assert.Equal("#,##0", sheet.Cell("B6").Style.NumberFormat.Format);
        Assert.Equal("#,##0.0", sheet.Cell("C6").Style.NumberFormat.Format);
        Assert.Equal("0.0\\ %", sheet.Cell("D6").Style.NumberFormat.Format);
        Assert.Equal(0.182, sheet.Cell("D6").GetDouble());
        Assert.Equal("dd/mm/yyyy", sheet.Cell("E6").Style.NumberFormat.Format);
        Assert.Equal(new DateTime(2024, 3, 5), sheet.Cell("E6").GetDateTime());
        Assert.True(sheet.Cell("C7").IsEmpty());
        Assert.Equal("Source : inventaires des établissements.", sheet.Cell("A8").GetString());
        Assert.InRange(sheet.Column(1).Width, 16, 30);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_general_format_shows_each_number_with_its_own_decimals(bool streamed)
    {
        using var temp = new TempDirectory();
        var path = temp.File("facteurs.xlsx");
        var sheet = new ReportSheet("Hypothèses", "Facteurs") { Streamed = streamed }.Table(new ReportTable(
            "facteurs",
            [new TableColumn("Facteur"), new TableColumn("Valeur", CellFormat.General)],
            [["Électricité France (kgCO2e/kWh)", 0.052], ["Serveur (kgCO2e/unité)", 3660], ["Durée de vie (ans)", CellValue.Of(6.6, CellFormat.General)]]));
        WorkbookWriter.Write(path, [sheet], []);

        using var workbook = new XLWorkbook(path);
        var cells = workbook.Worksheet("Hypothèses").Column(2).CellsUsed().Skip(1).ToList();
        Assert.Equal([0.052, 3660, 6.6], cells.Select(c => c.GetDouble()));
        Assert.All(cells, c => Assert.Equal(0, c.Style.NumberFormat.NumberFormatId));
    }

    [Fact]
    public void Streamed_sheet_of_50000_rows_reads_back_identical()
    {
        using var temp = new TempDirectory();
        var path = temp.File("grand.xlsx");
        const int count = 50_000;
        var random = new Random(42);
        var expected = Enumerable.Range(0, count)
            .Select(i => (Id: $"{i:D6}", Quantity: random.Next(1, 50), Price: Math.Round(random.NextDouble() * 5000, 2), Label: i % 97 == 0 ? "=1+1" : $"Vidéoprojecteur n°{i}"))
            .ToArray();
        var sheet = new ReportSheet("Inventaire détaillé", "Inventaire détaillé") { Streamed = true }.Table(new ReportTable(
            "lignes",
            [new TableColumn("Identifiant"), new TableColumn("Quantité", CellFormat.Integer), new TableColumn("Prix (€)", CellFormat.Decimal2), new TableColumn("Libellé")],
            expected.Select(e => (IReadOnlyList<CellValue>)[e.Id, e.Quantity, e.Price, e.Label])));
        WorkbookWriter.Write(path, [new ReportSheet("Synthèse", "Synthèse"), sheet], []);

        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        using var stream = File.OpenRead(path);
        using var reader = ExcelReaderFactory.CreateReader(stream);
        Assert.True(reader.NextResult(), "la deuxième feuille existe");
        Assert.Equal("Inventaire détaillé", reader.Name);
        for (int r = 1; r <= 3; r++) Assert.True(reader.Read());
        Assert.Equal("Identifiant", reader.GetString(0));
        foreach (var e in expected)
        {
            Assert.True(reader.Read());
            Assert.Equal(e.Id, reader.GetValue(0));
            Assert.Equal((double)e.Quantity, reader.GetDouble(1));
            Assert.Equal(e.Price, reader.GetDouble(2));
            Assert.Equal(e.Label, reader.GetValue(3));
        }

        using var workbook = new XLWorkbook(path);
        var table = Assert.Single(workbook.Worksheet("Inventaire détaillé").Tables);
        Assert.Equal($"A3:D{3 + count}", table.RangeAddress.ToString());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Headers_of_number_and_date_columns_are_right_aligned_over_their_values(bool streamed)
    {
        using var temp = new TempDirectory();
        var path = temp.File("alignement.xlsx");
        WorkbookWriter.Write(path, [Sample(streamed)], []);

        using var workbook = new XLWorkbook(path);
        var header = workbook.Worksheet("Inventaire").Row(5);
        Assert.NotEqual(XLAlignmentHorizontalValues.Right, header.Cell(1).Style.Alignment.Horizontal);
        Assert.All(Enumerable.Range(2, 4), c => Assert.Equal(XLAlignmentHorizontalValues.Right, header.Cell(c).Style.Alignment.Horizontal));
        Assert.All(Enumerable.Range(1, 5), c => Assert.True(header.Cell(c).Style.Font.Bold));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_single_table_sheet_prints_on_a4_landscape_one_page_wide_with_its_header_on_every_page(bool streamed)
    {
        using var temp = new TempDirectory();
        var path = temp.File("impression.xlsx");
        var summary = new ReportSheet("Synthèse", "Synthèse").Table(Sample(false).Tables[0]).Table(new ReportTable("autre", [new TableColumn("Constat")], [["Un constat."]]));
        WorkbookWriter.Write(path, [summary, Sample(streamed)], []);

        var sheet = XlsxPackage.Sheet(path, "Inventaire");
        var setup = sheet.Descendants(XlsxPackage.Main + "pageSetup").Single();
        Assert.Equal("9", (string?)setup.Attribute("paperSize"));
        Assert.Equal("landscape", (string?)setup.Attribute("orientation"));
        Assert.Equal("1", (string?)setup.Attribute("fitToWidth") ?? "1");
        Assert.Equal("0", (string?)setup.Attribute("fitToHeight"));
        Assert.Contains((string?)sheet.Descendants(XlsxPackage.Main + "pageSetUpPr").Single().Attribute("fitToPage"), new[] { "1", "true" });
        Assert.Equal("&C&A – page &P / &N", sheet.Descendants(XlsxPackage.Main + "oddFooter").Single().Value);
        // Absolute rows: LibreOffice ignores print titles written as 5:5.
        Assert.Equal([("_xlnm.Print_Titles", 1, "'Inventaire'!$5:$5")], XlsxPackage.DefinedNames(path));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_paragraph_wraps_across_the_tables_columns_instead_of_widening_the_printed_page(bool streamed)
    {
        using var temp = new TempDirectory();
        var path = temp.File("paragraphes.xlsx");
        var sheet = Sample(streamed);
        sheet.Paragraphs.Add(string.Join(" ", Enumerable.Repeat("Un besoin est couvert par un prêt quand un matériel dormant de la même catégorie est libre pendant la période.", 4)));
        WorkbookWriter.Write(path, [sheet], []);

        var xml = XlsxPackage.Sheet(path, "Inventaire");
        var merges = xml.Descendants(XlsxPackage.Main + "mergeCell").Select(m => (string)m.Attribute("ref")!).ToList();
        Assert.Equal(2, merges.Count);
        Assert.All(merges, m => Assert.Matches(@"^A[23]:[E-Z]\d$", m));
        Assert.Equal(merges[0][^2..], merges[1][^2..].Replace('3', '2'));
        using var workbook = new XLWorkbook(path);
        var worksheet = workbook.Worksheet("Inventaire");
        Assert.True(worksheet.Cell("A3").Style.Alignment.WrapText);
        Assert.InRange(worksheet.Row(3).Height, 45, 150);
        Assert.Equal(sheet.Paragraphs[1], worksheet.Cell("A3").GetString());
    }

    [Fact]
    public void Charts_sit_two_by_two_under_the_explanation_above_the_tables_whatever_the_column_widths()
    {
        using var temp = new TempDirectory();
        var png = temp.File("graphique.png");
        var plot = new ScottPlot.Plot();
        plot.Add.Bars([1.0, 2.0, 3.0]);
        plot.SavePng(png, 320, 180);
        var path = temp.File("graphiques.xlsx");
        SheetImage Chart(string name) => new("Inventaire", png, name);
        WorkbookWriter.Write(path, [Sample(false)], [Chart("Unités"), Chart("Statuts"), Chart("Âges")]);

        var anchors = XlsxPackage.PictureAnchors(path, "Inventaire");
        Assert.Equal(3, anchors.Count);
        Assert.All(anchors, a => Assert.Equal((720, 405), (a.WidthPx, a.HeightPx)));
        // Title, one paragraph, a blank row: the charts start on row 4, 21 rows per row of charts plus a blank.
        Assert.Equal([(4, 1, 0), (4, anchors[1].Column, anchors[1].ColumnOffsetPx), (26, 1, 0)], anchors.Select(a => (a.Row, a.Column, a.ColumnOffsetPx)));
        var columnsPx = XlsxPackage.Sheet(path, "Inventaire").Descendants(XlsxPackage.Main + "col")
            .SelectMany(c => Enumerable.Range((int)c.Attribute("min")!, (int)c.Attribute("max")! - (int)c.Attribute("min")! + 1).Select(i => (Column: i, Px: PixelWidth((double)c.Attribute("width")!))))
            .ToDictionary(c => c.Column, c => c.Px);
        Assert.Equal(5, columnsPx.Count);
        int left = Enumerable.Range(1, anchors[1].Column - 1).Sum(c => columnsPx.GetValueOrDefault(c, 64)) + anchors[1].ColumnOffsetPx;
        Assert.Equal(720 + ChartGrid.GapPx, left);
        Assert.InRange(anchors[1].ColumnOffsetPx, 0, columnsPx.GetValueOrDefault(anchors[1].Column, 64) - 1);
        using var workbook = ClosedXmlReader.Open(path);
        var sheet = workbook.Worksheet("Inventaire");
        Assert.Equal("Par catégorie", sheet.Cell(48, 1).GetString());
        Assert.Equal("A49:E51", Assert.Single(sheet.Tables).RangeAddress.ToString());
        Assert.Equal(0, sheet.SheetView.SplitRow);
    }

    /// <summary>ECMA-376 part 1, §18.3.1.13: a width of w characters of a 7-pixel font in pixels.</summary>
    private static int PixelWidth(double width) => (int)Math.Truncate((256 * width + 18) / 256 * 7);

    [Fact]
    public void Charts_are_embedded_as_pictures_on_their_sheet()
    {
        using var temp = new TempDirectory();
        var png = temp.File("graphique.png");
        var plot = new ScottPlot.Plot();
        plot.Add.Bars([1.0, 2.0, 3.0]);
        plot.SavePng(png, 400, 300);
        var path = temp.File("images.xlsx");
        WorkbookWriter.Write(path, [Sample(false), new ReportSheet("Provenance", "Provenance")], [new SheetImage("Inventaire", png, "Unités par catégorie", 400, 300)]);

        var entries = XlsxPackage.EntryNames(path);
        Assert.Contains(entries, e => e.StartsWith("xl/media/") && e.EndsWith(".png"));
        var drawing = XlsxPackage.Sheet(path, "Inventaire").Descendants(XlsxPackage.Main + "drawing");
        Assert.Single(drawing);
        using var workbook = ClosedXmlReader.Open(path);
        Assert.Single(workbook.Worksheet("Inventaire").Tables);
    }
}
