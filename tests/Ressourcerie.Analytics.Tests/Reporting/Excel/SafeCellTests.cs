using Ressourcerie.Analytics.Reporting.Excel;

namespace Ressourcerie.Analytics.Tests.Reporting.Excel;

public class SafeCellTests
{
    /// <summary>Input text that a careless writer would turn into a number, a date or a formula.</summary>
    public static TheoryData<string> HostileTexts => new()
    {
        "007",
        "05/03/2024",
        "+33 1 23 45 67 89",
        "=HYPERLINK(\"http://exemple.org\";\"clic\")",
        "@SOMME(A1:A3)",
        "- Le transport, c'est le vrai problème",
        "12,5",
        "1e5",
        "VRAI",
    };

    [Theory]
    [MemberData(nameof(HostileTexts))]
    public void ClosedXml_sheets_store_input_text_exactly_as_typed_never_as_a_formula(string text) =>
        AssertStoredAsText(text, streamed: false);

    [Theory]
    [MemberData(nameof(HostileTexts))]
    public void Streamed_sheets_store_input_text_exactly_as_typed_never_as_a_formula(string text) =>
        AssertStoredAsText(text, streamed: true);

    [Fact]
    public void Control_characters_are_replaced_and_overlong_text_is_cut_with_a_mark()
    {
        Assert.Equal("a\uFFFDb", SafeText.Clean("a\u0001b"));
        var cut = SafeText.Clean(new string('x', 40_000));
        Assert.Equal(SafeText.MaxCellLength, cut.Length);
        Assert.EndsWith("[…]", cut);
        Assert.Equal("Émilie 😀", SafeText.Clean("Émilie 😀"));
    }

    private static void AssertStoredAsText(string text, bool streamed)
    {
        using var temp = new TempDirectory();
        var path = temp.File("safe.xlsx");
        var sheet = new ReportSheet("Verbatims", "Verbatims") { Streamed = streamed }.Table(new ReportTable(
            "verbatims",
            [new TableColumn("Identifiant"), new TableColumn("Extrait", Wrap: true)],
            [[CellValue.Of("E-01"), CellValue.Of(text)]]));
        WorkbookWriter.Write(path, [sheet], []);

        var xml = XlsxPackage.Sheet(path, "Verbatims");
        Assert.Empty(xml.Descendants(XlsxPackage.Main + "f"));
        var cell = XlsxPackage.Cell(xml, "B4");
        Assert.Contains((string?)cell.Attribute("t"), new[] { "s", "inlineStr" });
        Assert.Equal(text, XlsxPackage.StoredText(path, cell));
        Assert.True(XlsxPackage.HasQuotePrefix(path, cell), "le préfixe apostrophe garde le texte tel quel si l'utilisateur édite la cellule");

        using var workbook = new ClosedXML.Excel.XLWorkbook(path);
        var read = workbook.Worksheet("Verbatims").Cell("B4");
        Assert.False(read.HasFormula);
        Assert.Equal(text, read.GetString());
    }
}
