using System.Text.Json;
using Ressourcerie.Analytics.Ingestion;
using Ressourcerie.Analytics.Inventories;
using Ressourcerie.Analytics.Needs;
using Ressourcerie.Analytics.Reporting;
using Ressourcerie.Analytics.Reporting.Excel;
using Ressourcerie.Analytics.Reporting.Sections;
using Ressourcerie.Analytics.Tests.Reporting.Excel;
using Ressourcerie.Analytics.Tests.SampleData;
using Ressourcerie.Analytics.Tests.TestSupport;

namespace Ressourcerie.Analytics.Tests.Reporting;

/// <summary>The inventory, idle-stock, needs and matching sections on hand-made data: edge cases, options and scale.</summary>
public sealed class NeedsReportSectionsTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private static ReportData Fixture(TempDirectory temp)
    {
        var directory = Path.Combine(temp.Path, "donnees");
        Directory.CreateDirectory(directory);
        return ReportFixtures.Data(directory);
    }

    [Fact]
    public void A_large_inventory_is_streamed_on_its_own_sheet_while_the_charts_stay_on_the_summary_sheet()
    {
        const int lines = InventoryDetailSheet.StreamingThreshold + 1;
        var institution = new Institution("M1", "Musée des Beaux-Arts", InstitutionType.Musee, "Lyon", "Auvergne-Rhône-Alpes", new GeoPoint(45.76, 4.83), 20, 4);
        var inventory = Enumerable.Range(0, lines).Select(i => new InventoryItem(
            "M1", i % 3 == 0 ? "video_projector" : "display", $"Appareil {i}", "Epson", "EB-2250U", 1 + i % 4, 2015 + i % 9,
            i % 5 == 0 ? EquipmentStatus.EnStock : EquipmentStatus.EnService, i % 12, 900.50m, new SourceLocation("inventaire.csv", i + 2))).ToList();
        var data = new ReportData { Institutions = [institution], Inventory = inventory };

        var model = MinistryReport.Build(data, ReportFixtures.Options(), [new InventorySection(), new IdleStockSection()]);
        var output = ReportWriter.Write(model, Path.Combine(_temp.Path, "out"));

        Assert.True(model.Sheets.Single(s => s.Name == InventoryDetailSheet.SheetName).Streamed);
        Assert.False(model.Sheets.Single(s => s.Name == IdleStockSection.DetailSheetName).Streamed);
        var sheet = XlsxPackage.Sheet(output.WorkbookPath, InventoryDetailSheet.SheetName);
        var rows = sheet.Descendants(XlsxPackage.Main + "row").ToList();
        var header = rows.Single(r => r.Elements(XlsxPackage.Main + "c").Any(c => (string?)c.Attribute("t") == "inlineStr" && XlsxPackage.StoredText(output.WorkbookPath, c) == "Ligne source"));
        int headerRow = int.Parse((string)header.Attribute("r")!);
        Assert.Equal(lines, rows.Count(r => int.Parse((string)r.Attribute("r")!) > headerRow));
        Assert.Equal("inlineStr", (string?)XlsxPackage.Cell(sheet, $"A{headerRow + 1}").Attribute("t"));
        Assert.Equal($"{lines + 1}", XlsxPackage.Cell(sheet, $"M{headerRow + lines}").Element(XlsxPackage.Main + "v")!.Value);
        Assert.Equal("2019", XlsxPackage.Cell(sheet, $"H{headerRow + 5}").Element(XlsxPackage.Main + "v")!.Value);

        Assert.Equal(["rapport-ressourcerie.xlsx", "summary.json"], Directory.GetFiles(Path.Combine(_temp.Path, "out")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.NotEmpty(XlsxPackage.Sheet(output.WorkbookPath, "Inventaire").Descendants(XlsxPackage.Main + "drawing"));
        Assert.NotEmpty(XlsxPackage.Sheet(output.WorkbookPath, "Stock dormant").Descendants(XlsxPackage.Main + "drawing"));
    }

    [Fact]
    public void An_inventory_beyond_a_sheet_continues_on_numbered_sheets()
    {
        var data = Fixture(_temp);
        var report = new ReportModel(new DateOnly(2025, 3, 12));

        InventoryDetailSheet.Add(report, data, linesPerSheet: 3);

        Assert.Equal(["Inventaire détaillé 1", "Inventaire détaillé 2", "Inventaire détaillé 3"], report.Sheets.Select(s => s.Name));
        var rows = report.Sheets.Select(s => s.Tables.Single().Rows.Select(r => r[0].Text + "/" + r[6].Number).ToList()).ToList();
        Assert.Equal([3, 3, 1], rows.Select(r => r.Count));
        Assert.Equal(data.Inventory.Select(i => i.InstitutionId + "/" + i.Quantity), rows.SelectMany(r => r));
        Assert.StartsWith("Lignes 4 à 6 sur 7", report.Sheets[1].Paragraphs[0]);
    }

    [Fact]
    public void The_idle_threshold_of_the_report_options_is_the_one_applied_and_stated()
    {
        var data = Fixture(_temp);
        var options = ReportFixtures.Options() with { Matching = new MatchingOptions { Idle = new IdleStockOptions { MaxMonthsUsedPerYear = 6 } } };

        var byDefault = MinistryReport.Build(data, ReportFixtures.Options(), [new IdleStockSection()]);
        var generous = MinistryReport.Build(data, options, [new IdleStockSection()]);

        // Every line of the fixture is used 6 months a year: in stock 2 + 1 units, in service 4 + 5 units.
        Assert.Equal(3.0, byDefault.KeyFigures.Single(k => k.Key == "idle_units").Value);
        Assert.Equal(12.0, generous.KeyFigures.Single(k => k.Key == "idle_units").Value);
        Assert.Contains("utilisée au plus 6 mois par an", generous.Sheets.Single(s => s.Name == "Stock dormant").Paragraphs[0]);
        Assert.Contains("utilisée au plus 2 mois par an", byDefault.Sheets.Single(s => s.Name == "Stock dormant").Paragraphs[0]);
        using var json = JsonDocument.Parse(generous.Summary.ToJson());
        Assert.Equal(6, json.RootElement.GetProperty("stock_dormant").GetProperty("rule").GetProperty("max_months_used_per_year").GetDouble());
    }

    [Fact]
    public void Idle_value_uses_the_declared_price_and_the_category_median_for_lines_without_one()
    {
        SourceLocation At(int row) => new("inventaire.csv", row);
        InventoryItem[] inventory =
        [
            new("M1", "video_projector", null, null, null, 2, 2020, EquipmentStatus.EnStock, 0, 1000m, At(2)),
            new("M1", "video_projector", null, null, null, 1, 2020, EquipmentStatus.EnService, 10, 1400m, At(3)),
            new("M1", "video_projector", null, null, null, 1, 2020, EquipmentStatus.EnService, 10, 2000m, At(4)),
            new("M1", "video_projector", null, null, null, 3, 2020, EquipmentStatus.EnStock, null, null, At(5)),
            new("M1", "tablet", null, null, null, 4, 2020, EquipmentStatus.EnService, 1, null, At(6)),
        ];
        var summary = IdleStockSummary.Of(inventory, [], IdleStockOptions.Default);

        Assert.Equal(9, summary.Units);
        Assert.Equal(2000, summary.DeclaredValueEur);
        // Median of the declared projector prices 1 000, 1 400, 2 000 is 1 400; the tablets have no price at all.
        Assert.Equal(2000 + 3 * 1400, summary.ValueEur);
        Assert.Equal(3, summary.UnitsWithImputedPrice);
        Assert.Equal(4, summary.UnitsWithoutPrice);
        Assert.Equal(5.0 / 7, summary.ByCategory.Single(g => g.Key == "video_projector").ShareOfGroupUnits, 12);
        Assert.Equal([IdleStockSummary.UnknownRegion], summary.ByRegion.Select(g => g.Key));
    }

    [Fact]
    public void Needs_that_cannot_be_clustered_leave_a_french_explanation_instead_of_failing()
    {
        var data = Fixture(_temp) with
        {
            Needs = [new Need("M1", "video_projector", 2, new DateOnly(2025, 4, 1), new DateOnly(2025, 4, 30), "Exposition", new SourceLocation("besoins.csv", 2))],
        };

        var report = MinistryReport.Build(data, ReportFixtures.Options(), [new NeedsSection()]);

        var sheet = report.Sheets.Single(s => s.Name == "Besoins et clusters");
        Assert.Contains(sheet.Paragraphs, p => p.StartsWith("Regroupement des établissements impossible : Choix automatique de k impossible : 1 établissement(s) seulement ont des besoins", StringComparison.Ordinal));
        Assert.DoesNotContain(sheet.Paragraphs, p => p.Contains("Parameter", StringComparison.Ordinal));
        Assert.Contains(report.Findings, f => f.Text.StartsWith("Les établissements n'ont pas pu être regroupés", StringComparison.Ordinal));
        Assert.DoesNotContain(report.KeyFigures, k => k.Key == "need_clusters");
        Assert.Equal(2.0, report.KeyFigures.Single(k => k.Key == "need_units").Value);
        using var json = JsonDocument.Parse(report.Summary.ToJson());
        Assert.Equal(0, json.RootElement.GetProperty("clusters").GetProperty("k").GetInt32());
    }

    [Fact]
    public void Matching_without_needs_writes_empty_tables_with_their_explanation()
    {
        var report = MinistryReport.Build(Fixture(_temp), ReportFixtures.Options(), [new LoanMatchingSection()]);

        var sheet = report.Sheets.Single(s => s.Name == "Appariements");
        Assert.Equal("Aucun besoin à couvrir.", sheet.Paragraphs[2]);
        var loans = report.Sheets.Single(s => s.Name == LoanMatchingSection.DetailSheetName).Tables.Single(t => t.Name == "prets");
        Assert.Empty(loans.Rows);
        Assert.Equal("Aucun prêt possible avec ces paramètres.", loans.EmptyText);
        Assert.Equal(0.0, report.KeyFigures.Single(k => k.Key == "units_lent").Value);
        Assert.DoesNotContain(report.KeyFigures, k => k.Key == "median_loan_distance_km");
    }

    [Fact]
    public void A_copy_of_the_data_with_other_needs_or_another_idle_rule_gets_its_own_matching()
    {
        var data = Fixture(_temp) with { Needs = ReportFixtures.Needs };
        var options = ReportFixtures.Options();
        var first = data.Matching(options);

        var withoutNeeds = data with { Needs = [] };
        var generous = options with { Matching = new MatchingOptions { Idle = new IdleStockOptions { MaxMonthsUsedPerYear = 6 } } };

        // The FRAC's two projectors come from the museum's stock, the museum's display from the art
        // school's; with a 6-month rule the lines in service are idle too (4 + 5 units), which a
        // cached run must not hide.
        Assert.Equal(3, first.Result.UnitsLent);
        Assert.Same(first, data.Matching(options));
        Assert.Equal(0, withoutNeeds.Matching(options).Result.UnitsLent);
        Assert.Equal(3, first.Diagnostics.IdleUnits);
        Assert.Equal(12, data.Matching(generous).Diagnostics.IdleUnits);
        Assert.Same(first, data.Matching(options));
    }

    [Fact]
    public void Need_periods_count_starts_and_spread_unit_days_over_the_quarters_they_cover()
    {
        SourceLocation At(int row) => new("besoins.csv", row);
        Need[] needs =
        [
            // 3 units from 15 March to 14 April 2025: 17 days in Q1, 14 days in Q2.
            new("A", "display", 3, new DateOnly(2025, 3, 15), new DateOnly(2025, 4, 14), null, At(2)),
            new("B", "display", 2, new DateOnly(2025, 5, 1), new DateOnly(2025, 5, 10), null, At(3)),
            new("A", "tablet", 1, new DateOnly(2025, 9, 1), new DateOnly(2025, 9, 1), null, At(4)),
        ];

        var quarters = NeedPeriods.ByQuarter(needs);

        Assert.Equal(["2025-T1", "2025-T2", "2025-T3"], quarters.Select(q => q.Key));
        Assert.Equal(["T1 2025", "T2 2025", "T3 2025"], quarters.Select(q => q.Label));
        Assert.Equal([1, 1, 1], quarters.Select(q => q.NeedsStarting));
        Assert.Equal([3L, 2L, 1L], quarters.Select(q => q.UnitsStarting));
        Assert.Equal(3.0 * 17 / 90, quarters[0].MeanUnitsPerDay, 12);
        Assert.Equal((3.0 * 14 + 2 * 10) / 91, quarters[1].MeanUnitsPerDay, 12);
        Assert.Equal(1.0 / 92, quarters[2].MeanUnitsPerDay, 12);

        var months = NeedPeriods.ByMonth(needs);
        Assert.Equal(7, months.Count);
        Assert.Equal(["mars 2025", "avril 2025", "mai 2025", "juin 2025", "juillet 2025", "août 2025", "septembre 2025"], months.Select(m => m.Label));
        Assert.Equal(0, months[3].MeanUnitsPerDay);
        Assert.Empty(NeedPeriods.ByQuarter([]));
    }

    [Fact]
    public void Clusters_are_described_in_french_by_their_dominant_equipment_types_and_busiest_quarter()
    {
        var study = Study.Load(RepositoryPaths.SampleData, FixedClock.Options(2025));
        var result = NeedsClustering.Run(study.Institutions, study.Needs, new NeedsClusteringOptions { Seed = 42 });

        var descriptions = ClusterDescription.Describe(result, study.Needs, study.Institutions);

        Assert.Equal(
            "Groupe 2 : 14 établissements aux besoins surtout vidéo (vidéoprojecteur 31 %, lecteur multimédia 23 %, écran / moniteur 20 %), " +
            "de types variés (musées 6, centres d'art 4, FRAC 2, écoles d'art 2) ; période la plus chargée : 3e trimestre (33 % des unités-jours).",
            descriptions[1].Sentence);
        Assert.Equal(["informatique", "vidéo", "audio"], descriptions.Select(d => d.ShortTheme));
        Assert.Equal("surtout des musées (8 sur 9)", descriptions[2].Types);
    }

    [Fact]
    public void Two_themes_sharing_the_needs_are_both_named()
    {
        Institution Museum(string id) => new(id, id, InstitutionType.Musee, null, null, null, null, null);
        Need Need(string id, string category, int quantity) => new(id, category, quantity, new DateOnly(2025, 1, 6), new DateOnly(2025, 1, 10), null, SourceLocation.None);
        var result = new NeedsClusteringResult(
            1, 0.4, [new NeedCluster(1, ["A", "B"], [new CategoryShare("loudspeaker", "Enceinte", 4, 0.4)], "")],
            [], [], [], [], [], [], 42);

        var mixed = ClusterDescription.Describe(result, [Need("A", "loudspeaker", 4), Need("B", "tablet", 3), Need("B", "video_projector", 3)], [Museum("A"), Museum("B")]).Single();
        var spread = ClusterDescription.Describe(result,
            [Need("A", "loudspeaker", 3), Need("B", "tablet", 2), Need("B", "video_projector", 2), Need("A", "camera_photo", 2), Need("A", "vr_headset", 1)],
            [Museum("A"), Museum("B")]).Single();

        Assert.Equal("mêlant audio et informatique", mixed.Theme);
        Assert.Equal("audio et informatique", mixed.ShortTheme);
        Assert.Equal("variés", spread.Theme);
        Assert.Equal("uniquement des musées", mixed.Types);
        Assert.Equal("1er trimestre (100 % des unités-jours)", mixed.BusiestQuarter);
    }

    [Fact]
    public void Frame_tables_keep_column_names_and_types()
    {
        var frame = MatchingSummary.Loans(new MatchingResult(
            [new Loan("M1", "F1", "display", 2, 12.345, new DateOnly(2025, 5, 1), new DateOnly(2025, 5, 31), null)], [], 300),
            [new Institution("M1", "Musée", InstitutionType.Musee, null, null, null, null, null)]);

        var table = DataFrameTable.Create("prets", frame, heading: "Prêts");

        Assert.Equal(frame.Columns.Select(c => c.Name), table.Columns.Select(c => c.Header));
        var row = table.Rows.Single();
        Assert.Equal(CellFormat.Integer, table.Columns.Single(c => c.Header == "Quantité").Format);
        Assert.Equal(CellFormat.Date, table.Columns.Single(c => c.Header == "Début").Format);
        Assert.Equal(new DateOnly(2025, 5, 1), row[8].AsDate);
        Assert.Equal(12.3, row[7].Number);
        Assert.Equal(CellValueKind.Empty, row[3].Kind);
        Assert.Equal(CellValueKind.Empty, row[10].Kind);
        Assert.Equal("Prêts", table.Heading);
    }
}
