using System.IO.Compression;
using System.Text;
using ClosedXML.Excel;
using Ressourcerie.Analytics.Reporting.Excel;

namespace Ressourcerie.Analytics.Tests.Reporting.Excel;

public class PackageEntriesTests
{
    private static string Entry(string path, string name)
    {
        using var zip = ZipFile.OpenRead(path);
        using var reader = new StreamReader(zip.GetEntry(name)!.Open(), Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private static string TwoEntryPackage(TempDirectory temp)
    {
        var path = temp.File("paquet.xlsx");
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        foreach (var (name, text) in new[] { ("[Content_Types].xml", "<Types/>"), ("xl/worksheets/sheet1.xml", "<worksheet/>") })
        {
            using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
            writer.Write(text);
        }
        return path;
    }

    [Fact]
    public void Replace_puts_the_file_in_place_of_the_entry_and_keeps_the_other_entries_and_their_order()
    {
        using var temp = new TempDirectory();
        var path = TwoEntryPackage(temp);
        var content = temp.File("feuille.xml");
        File.WriteAllText(content, "<worksheet><sheetData/></worksheet>");

        PackageEntries.Replace(path, new Dictionary<string, string> { ["xl/worksheets/sheet1.xml"] = content });

        Assert.Equal("<worksheet><sheetData/></worksheet>", Entry(path, "xl/worksheets/sheet1.xml"));
        Assert.Equal("<Types/>", Entry(path, "[Content_Types].xml"));
        using var zip = ZipFile.OpenRead(path);
        Assert.Equal(["[Content_Types].xml", "xl/worksheets/sheet1.xml"], zip.Entries.Select(e => e.FullName));
        Assert.Equal(["feuille.xml", "paquet.xlsx"], Directory.GetFiles(temp.Path).Select(Path.GetFileName).Order());
    }

    [Fact]
    public void Replace_of_an_entry_the_package_lacks_fails_and_leaves_the_package_unchanged()
    {
        using var temp = new TempDirectory();
        var path = TwoEntryPackage(temp);
        var before = File.ReadAllBytes(path);
        var content = temp.File("feuille.xml");
        File.WriteAllText(content, "<worksheet/>");

        Assert.Throws<InvalidOperationException>(() =>
            PackageEntries.Replace(path, new Dictionary<string, string> { ["xl/worksheets/sheet9.xml"] = content }));

        Assert.Equal(before, File.ReadAllBytes(path));
        Assert.Equal(["feuille.xml", "paquet.xlsx"], Directory.GetFiles(temp.Path).Select(Path.GetFileName).Order());
    }

    [Fact]
    public void A_workbook_with_streamed_sheets_leaves_no_temporary_file_beside_it_and_opens_with_its_rows()
    {
        using var temp = new TempDirectory();
        var path = temp.File("rapport.xlsx");
        ReportSheet Streamed(string name, int rows) => new ReportSheet(name, name) { Streamed = true }.Table(new ReportTable(
            name, [new TableColumn("Identifiant"), new TableColumn("Quantité", CellFormat.Integer)],
            Enumerable.Range(1, rows).Select(i => (IReadOnlyList<CellValue>)[$"ETB-{i:D4}", i])));

        WorkbookWriter.Write(path, [new ReportSheet("Synthèse", "Synthèse"), Streamed("Inventaire", 3000), Streamed("Anomalies", 20)], []);

        Assert.Equal(["rapport.xlsx"], Directory.GetFiles(temp.Path).Select(Path.GetFileName));
        using var workbook = new XLWorkbook(path);
        Assert.Equal(3000, workbook.Worksheet("Inventaire").Cell(3003, 2).GetDouble());
        Assert.Equal("ETB-0020", workbook.Worksheet("Anomalies").Cell(23, 1).GetString());
        Assert.Equal("A3:B3003", workbook.Worksheet("Inventaire").Tables.Single().RangeAddress.ToString());
    }

    [Fact]
    public void A_streamed_sheet_longer_than_the_row_limit_is_refused_and_no_workbook_is_left()
    {
        using var temp = new TempDirectory();
        var path = temp.File("trop-long.xlsx");
        var sheet = new ReportSheet("Inventaire", "Inventaire") { Streamed = true }.Table(new ReportTable(
            "lignes", [new TableColumn("Identifiant")], Enumerable.Range(1, 100).Select(i => (IReadOnlyList<CellValue>)[$"L{i}"])));

        // Title, blank row, header and 100 rows make 103 rows: one more than a limit of 102.
        var error = Assert.Throws<InvalidOperationException>(() => WorkbookWriter.Write(path, [sheet], [], null, maxRows: 102));

        Assert.Contains("« Inventaire » dépasse le nombre de lignes qu'Excel accepte (102)", error.Message);
        Assert.Empty(Directory.GetFiles(temp.Path));
        WorkbookWriter.Write(path, [sheet], [], null, maxRows: 103);
        Assert.True(File.Exists(path));
    }
}
