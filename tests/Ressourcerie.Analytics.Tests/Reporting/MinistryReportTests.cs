using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;
using ClosedXML.Excel;
using Ressourcerie.Analytics.Reporting;
using Ressourcerie.Analytics.Tests.Reporting.Excel;

namespace Ressourcerie.Analytics.Tests.Reporting;

public sealed class MinistryReportTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private ReportOutput WriteReport(string outName, string? sourceDateEpoch = null, bool withNeeds = false)
    {
        var inputs = Path.Combine(_temp.Path, "donnees");
        Directory.CreateDirectory(inputs);
        var data = ReportFixtures.Data(inputs);
        if (withNeeds) data = data with { Needs = ReportFixtures.Needs };
        var model = MinistryReport.Build(data, ReportFixtures.Options(sourceDateEpoch));
        return ReportWriter.Write(model, Path.Combine(_temp.Path, outName));
    }

    [Fact]
    public void Workbook_has_the_planned_sheets_in_order_with_real_tables_and_charts_above_them_or_a_frozen_header()
    {
        var output = WriteReport("out", withNeeds: true);
        using var workbook = ClosedXmlReader.Open(output.WorkbookPath);
        Assert.Equal(
            [
                "Synthèse", "Entretiens", "Codes et co-occurrences", "Verbatims", "Inventaire", "Inventaire détaillé", "Stock dormant", "Stock dormant (détail)",
                "Besoins et clusters", "Appariements", "Appariements (détail)", "Qualité des données", "Provenance",
            ],
            workbook.Worksheets.Select(w => w.Name));
        foreach (var sheet in workbook.Worksheets)
        {
            Assert.NotEmpty(sheet.Tables);
            Assert.All(sheet.Tables, t => Assert.True(t.ShowAutoFilter));
            AssertChartsAboveTablesOrHeaderFrozen(output.WorkbookPath, sheet);
        }
        Assert.True(File.Exists(Path.Combine(_temp.Path, "out", "charts", "inventaire-unites-par-categorie.png")));
        Assert.True(File.Exists(Path.Combine(_temp.Path, "out", "charts", "inventaire-unites-par-categorie.svg")));
        Assert.Contains(XlsxPackage.EntryNames(output.WorkbookPath), e => e.StartsWith("xl/media/"));
    }

    [Fact]
    public void Inventory_sheet_counts_units_by_category_status_and_institution_type()
    {
        var output = WriteReport("out");
        using var workbook = ClosedXmlReader.Open(output.WorkbookPath);
        var sheet = workbook.Worksheet("Inventaire");
        var byCategory = Rows(sheet.Table("T_inventaire_par_categorie"));
        Assert.Equal(["Vidéoprojecteur", "Écran / moniteur", "Ordinateur portable"], byCategory.Select(r => r["Catégorie"].GetString()));
        var projectors = byCategory[0];
        Assert.Equal(3, projectors["Lignes"].GetDouble());
        Assert.Equal(9, projectors["Unités"].GetDouble());
        Assert.Equal(4, projectors["En service"].GetDouble());
        Assert.Equal(2, projectors["En stock"].GetDouble());
        Assert.Equal(3, projectors["Hors service"].GetDouble());
        Assert.Equal(2.0 / 9, projectors["Part en stock"].GetDouble(), 12);
        Assert.Equal("0.0\\ %", projectors["Part en stock"].Style.NumberFormat.Format);
        Assert.Equal("#,##0", projectors["Unités"].Style.NumberFormat.Format);

        var byType = Rows(sheet.Table("T_inventaire_par_type"));
        Assert.Equal(["Musée", "FRAC", "École d'art"], byType.Select(r => r["Type d'établissement"].GetString()));
        Assert.Equal([6.0, 8.0, 4.0], byType.Select(r => r["Unités"].GetDouble()));

        var synthesis = workbook.Worksheet("Synthèse");
        var figures = Rows(synthesis.Table("T_chiffres_cles")).ToDictionary(r => r["Indicateur"].GetString(), r => r["Valeur"]);
        Assert.Equal(18, figures["Unités de matériel inventoriées"].GetDouble());
        Assert.Equal(3.0 / 18, figures["Part des unités déclarées en stock"].GetDouble(), 12);
        Assert.Equal("0.0\\ %", figures["Part des unités déclarées en stock"].Style.NumberFormat.Format);
        var findings = Rows(synthesis.Table("T_constats")).Select(r => r["Constat"].GetString()).ToList();
        Assert.Contains("Sur 7 lignes d'inventaire (18 unités, 3 établissements), 16,7\u00A0% des unités sont déclarées en stock et 16,7\u00A0% hors service ou à réparer.", findings);
    }

    [Fact]
    public void Quality_sheet_lists_every_rejected_and_corrected_row_with_file_row_and_column()
    {
        var output = WriteReport("out");
        using var workbook = ClosedXmlReader.Open(output.WorkbookPath);
        var sheet = workbook.Worksheet("Qualité des données");
        var issues = Rows(sheet.Table("T_anomalies"));
        Assert.Equal([3.0, 5.0, 6.0, 8.0], issues.Select(r => r["Ligne"].GetDouble()));
        var rejected = issues[1];
        Assert.Equal("inventaire.csv", rejected["Fichier"].GetString());
        Assert.Equal("categorie", rejected["Colonne"].GetString());
        Assert.Equal("erreur", rejected["Gravité"].GetString());
        Assert.Equal("vidéoprojecteur (video_projector)", rejected["Suggestion"].GetString());
        Assert.Equal("avertissement", issues[0]["Gravité"].GetString());

        var files = Rows(sheet.Table("T_qualite_par_fichier")).ToDictionary(r => r["Fichier"].GetString());
        Assert.Equal(9, files["inventaire.csv"]["Lignes lues"].GetDouble());
        Assert.Equal(7, files["inventaire.csv"]["Acceptées"].GetDouble());
        Assert.Equal(2, files["inventaire.csv"]["Rejetées"].GetDouble());
        Assert.True(sheet.SheetView.SplitRow >= sheet.Table("T_anomalies").RangeAddress.FirstAddress.RowNumber);
    }

    [Fact]
    public void Provenance_sheet_gives_each_input_file_its_size_and_sha256()
    {
        var output = WriteReport("out");
        using var workbook = ClosedXmlReader.Open(output.WorkbookPath);
        var files = Rows(workbook.Worksheet("Provenance").Table("T_fichiers_d_entree"));
        var inventory = files.Single(r => r["Fichier"].GetString() == "inventaire.csv");
        var bytes = File.ReadAllBytes(Path.Combine(_temp.Path, "donnees", "inventaire.csv"));
        Assert.Equal(bytes.Length, inventory["Taille (octets)"].GetDouble());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), inventory["SHA-256"].GetString());
        Assert.Equal(9, inventory["Lignes lues"].GetDouble());

        var parameters = Rows(workbook.Worksheet("Provenance").Table("T_parametres")).ToDictionary(r => r["Paramètre"].GetString(), r => r["Valeur"]);
        Assert.Equal(new DateTime(2025, 3, 12), parameters["Date de génération"].GetDateTime());
        Assert.Equal("dd/mm/yyyy", parameters["Date de génération"].Style.NumberFormat.Format);
        Assert.Equal(7, parameters["Graine aléatoire"].GetDouble());
    }

    [Fact]
    public void Source_date_epoch_fixes_the_generation_date()
    {
        var output = WriteReport("out", sourceDateEpoch: "1700000000");
        using var summary = JsonDocument.Parse(File.ReadAllText(output.SummaryPath));
        Assert.Equal("2023-11-14", summary.RootElement.GetProperty("generated_on").GetString());
        Assert.Throws<FormatException>(() => ReportFixtures.Options("hier").GenerationDate());
    }

    [Fact]
    public void Two_runs_give_identical_cell_values_and_identical_summary_json()
    {
        var first = WriteReport("run1");
        var second = WriteReport("run2");
        Assert.Equal(File.ReadAllBytes(first.SummaryPath), File.ReadAllBytes(second.SummaryPath));
        Assert.Equal(AllCells(first.WorkbookPath), AllCells(second.WorkbookPath));
    }

    [Fact]
    public void Summary_json_has_snake_case_ascii_keys_and_numbers_as_numbers()
    {
        var output = WriteReport("out");
        using var summary = JsonDocument.Parse(File.ReadAllText(output.SummaryPath));
        var root = summary.RootElement;
        Assert.Equal(JsonValueKind.Number, root.GetProperty("key_figures").GetProperty("inventory_units").ValueKind);
        Assert.Equal(18, root.GetProperty("key_figures").GetProperty("inventory_units").GetDouble());
        Assert.Equal(2, root.GetProperty("quality").GetProperty("rows_rejected").GetInt64());
        Assert.Equal(7, root.GetProperty("seed").GetInt64());
        Assert.All(Keys(root), key => Assert.Matches("^[a-z][a-z0-9_]*$", key));
        var keys = root.EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal(keys.Order(StringComparer.Ordinal), keys);
    }

    [Fact]
    public void No_respondent_name_reaches_the_workbook_or_the_summary()
    {
        var output = WriteReport("out");
        using (var zip = ZipFile.OpenRead(output.WorkbookPath))
        {
            foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".xml")))
            {
                using var reader = new StreamReader(entry.Open());
                Assert.DoesNotContain("Marchal", reader.ReadToEnd(), StringComparison.OrdinalIgnoreCase);
            }
        }
        Assert.DoesNotContain("Marchal", File.ReadAllText(output.SummaryPath), StringComparison.OrdinalIgnoreCase);
        using var workbook = ClosedXmlReader.Open(output.WorkbookPath);
        var messages = Rows(workbook.Worksheet("Qualité des données").Table("T_anomalies")).Select(r => r["Message"].GetString());
        Assert.Contains("Libellé saisi par [nom] conservé tel quel.", messages);
    }

    private static List<Dictionary<string, IXLCell>> Rows(IXLTable table)
    {
        var headers = table.HeadersRow().Cells().Select(c => c.GetString()).ToList();
        return [.. table.DataRange.Rows().Select(row => headers.Select((h, i) => (h, cell: row.Cell(i + 1))).ToDictionary(p => p.h, p => (IXLCell)p.cell))];
    }

    private static List<string> AllCells(string xlsx)
    {
        using var workbook = ClosedXmlReader.Open(xlsx);
        return [.. workbook.Worksheets.SelectMany(w => w.CellsUsed().Select(c => $"{w.Name}!{c.Address}={c.Value}|{c.Style.NumberFormat.Format}"))];
    }

    private static IEnumerable<string> Keys(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Keys(p.Value).Prepend(p.Name)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Keys),
        _ => [],
    };

    /// <summary>
    /// A sheet's charts sit under its title, above its first table, and the sheet has no frozen
    /// rows (they would hold the charts still); a sheet without charts freezes a table header.
    /// </summary>
    internal static void AssertChartsAboveTablesOrHeaderFrozen(string xlsx, IXLWorksheet sheet)
    {
        var charts = XlsxPackage.PictureAnchors(xlsx, sheet.Name);
        int firstTableRow = sheet.Tables.Min(t => t.RangeAddress.FirstAddress.RowNumber);
        if (charts.Count == 0)
        {
            Assert.True(sheet.SheetView.SplitRow > 0, $"en-tête figé sur {sheet.Name}");
            return;
        }
        Assert.Equal(0, sheet.SheetView.SplitRow);
        Assert.All(charts, c => Assert.True(c.Row >= 3 && c.Row + (c.HeightPx + 19) / 20 < firstTableRow, $"{sheet.Name} : graphique en ligne {c.Row}, premier tableau en ligne {firstTableRow}"));
    }
}
