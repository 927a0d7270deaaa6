using System.Globalization;
using System.Text.Json;
using ClosedXML.Excel;
using MathNet.Numerics.Statistics;
using Ressourcerie.Analytics.Inventories;
using Ressourcerie.Analytics.Needs;
using Ressourcerie.Analytics.Reporting;
using Ressourcerie.Analytics.Reporting.Sections;
using Ressourcerie.Analytics.Tests.Reporting.Excel;
using static Ressourcerie.Analytics.Tests.Reporting.SampleReportWorkbook;

namespace Ressourcerie.Analytics.Tests.Reporting;

/// <summary>
/// The Inventaire, Stock dormant, Besoins et clusters and Appariements sheets of the sample's report,
/// read back from the workbook and checked against the library's own results.
/// </summary>
public sealed class NeedsReportSheetsTests(SampleReportWorkbook sample) : IClassFixture<SampleReportWorkbook>
{
    private const string IntegerFormat = "#,##0";
    private const string PercentFormat = "0.0\\ %";
    private const string EurosFormat = "#,##0\\ \"€\"";

    private readonly Study _study = sample.Study;
    private readonly XLWorkbook _workbook = sample.Workbook;

    private static readonly Dictionary<string, string[]> TablesBySheet = new()
    {
        ["Inventaire"] = ["T_inventaire_par_categorie", "T_inventaire_par_type", "T_inventaire_par_statut", "T_inventaire_par_age", "T_utilisation_par_type", "T_utilisation_par_region"],
        ["Inventaire détaillé"] = ["T_inventaire_detaille"],
        ["Stock dormant"] = ["T_stock_dormant_par_categorie", "T_stock_dormant_par_region", "T_stock_dormant_par_etablissement"],
        ["Stock dormant (détail)"] = ["T_stock_dormant_detail"],
        ["Besoins et clusters"] = ["T_besoins_par_categorie", "T_besoins_par_trimestre", "T_besoins_par_mois", "T_besoins_par_type", "T_groupes_de_besoins", "T_silhouette_par_k", "T_etablissements_par_groupe"],
        ["Appariements"] = ["T_parametres_de_l_appariement", "T_appariements_par_region", "T_besoins_non_couverts_par_motif"],
        ["Appariements (détail)"] = ["T_prets", "T_besoins_non_couverts"],
    };

    [Fact]
    public void Sheets_follow_the_plan_with_their_tables_filters_and_charts_above_or_a_frozen_header()
    {
        var names = _workbook.Worksheets.Select(w => w.Name).ToList();
        Assert.Equal(
            ["Inventaire", "Inventaire détaillé", "Stock dormant", "Stock dormant (détail)", "Besoins et clusters", "Appariements", "Appariements (détail)"],
            names.Where(TablesBySheet.ContainsKey));
        Assert.True(names.IndexOf("Synthèse") < names.IndexOf("Inventaire") && names.IndexOf("Appariements") < names.IndexOf("Qualité des données"));

        foreach (var (sheetName, tables) in TablesBySheet)
        {
            var sheet = _workbook.Worksheet(sheetName);
            Assert.Equal(tables, sheet.Tables.Select(t => t.Name));
            Assert.All(sheet.Tables, t => Assert.True(t.ShowAutoFilter, $"{sheetName} : {t.Name} sans filtre"));
            MinistryReportTests.AssertChartsAboveTablesOrHeaderFrozen(sample.Output.WorkbookPath, sheet);
            if (sheet.SheetView.SplitRow > 0) Assert.Equal(sheet.Tables.First().RangeAddress.FirstAddress.RowNumber, sheet.SheetView.SplitRow);
        }
    }

    [Fact]
    public void Inventory_sheet_gives_age_classes_and_utilisation_as_the_library_computes_them()
    {
        var sheet = _workbook.Worksheet("Inventaire");
        var ages = Rows(sheet.Table("T_inventaire_par_age"));
        var expected = InventoryAnalysis.StockByAgeClass(_study.Inventory, 2025);
        Assert.Equal(expected.Rows.Count, ages.Count);
        for (int r = 0; r < ages.Count; r++)
        {
            Assert.Equal((long)expected["Unités"][r]!, ages[r]["Unités"].GetDouble());
            Assert.Equal((long)expected["Lignes"][r]!, ages[r]["Lignes"].GetDouble());
            Assert.Equal((double)expected["Part des unités"][r]!, ages[r]["Part des unités"].GetDouble(), 12);
        }
        Assert.Equal("0 à 2 ans", ages[0]["Classe d'âge"].GetString());
        Assert.Equal(5524, ages.Sum(a => a["Unités"].GetDouble()));
        Assert.Equal(ages.Sum(a => a["Unités"].GetDouble()), ages.Sum(a => a["En service"].GetDouble() + a["En stock"].GetDouble() + a["Hors service"].GetDouble() + a["À réparer"].GetDouble() + a["Prêté"].GetDouble()));
        Assert.Equal(PercentFormat, ages[0]["Part des unités"].Style.NumberFormat.Format);

        var byType = Rows(sheet.Table("T_utilisation_par_type"));
        var types = InventoryAnalysis.Utilisation(_study.Inventory, _study.Institutions, UtilisationGrouping.InstitutionType);
        Assert.Equal(["Musée", "FRAC", "Centre d'art", "École d'art", "CNAP", "Autre"], byType.Select(r => r["Type d'établissement"].GetString()));
        for (int r = 0; r < byType.Count; r++)
        {
            Assert.Equal((long)types["Unités inactives"][r]!, byType[r]["Unités inactives"].GetDouble());
            Assert.Equal((double)types["Mois d'utilisation moyens"][r]!, byType[r]["Mois d'utilisation moyens"].GetDouble(), 12);
            Assert.Equal((double)types["Part inactive"][r]!, byType[r]["Part inactive"].GetDouble(), 12);
        }
        Assert.Equal(IntegerFormat, byType[0]["Unités"].Style.NumberFormat.Format);
        Assert.Equal(PercentFormat, byType[0]["Part inactive"].Style.NumberFormat.Format);

        var byRegion = Rows(sheet.Table("T_utilisation_par_region"));
        var regions = InventoryAnalysis.Utilisation(_study.Inventory, _study.Institutions, UtilisationGrouping.Region);
        Assert.Equal(((Microsoft.Data.Analysis.StringDataFrameColumn)regions["Région"]).ToList(), byRegion.Select(r => r["Région"].GetString()));
        Assert.Equal(5524, byRegion.Sum(r => r["Unités"].GetDouble()));
        var holders = _study.Inventory.Select(i => i.InstitutionId).ToHashSet();
        Assert.Equal(_study.Institutions.Where(i => holders.Contains(i.Id)).Select(i => i.Region).Distinct().Count(), byRegion.Count);
    }

    [Fact]
    public void Detailed_inventory_lists_every_accepted_line_with_its_source_row()
    {
        var rows = Rows(_workbook.Worksheet("Inventaire détaillé").Table("T_inventaire_detaille"));
        var inventory = _study.Inventory;
        Assert.Equal(inventory.Count, rows.Count);
        Assert.Equal(inventory.Sum(i => (double)i.Quantity), rows.Sum(r => r["Quantité"].GetDouble()));

        var names = _study.Institutions.ToDictionary(i => i.Id, i => i.Name);
        foreach (int index in new[] { 0, 1, 977, inventory.Count - 1 })
        {
            var item = inventory[index];
            var row = rows[index];
            Assert.Equal(item.InstitutionId, row["Identifiant établissement"].GetString());
            Assert.Equal(names[item.InstitutionId], row["Établissement"].GetString());
            Assert.Equal(EquipmentTaxonomy.FrenchLabel(item.CategoryId), row["Catégorie"].GetString());
            Assert.Equal(item.Label ?? "", row["Libellé"].GetString());
            Assert.Equal(item.Model ?? "", row["Modèle"].GetString());
            Assert.Equal(item.Quantity, row["Quantité"].GetDouble());
            if (item.AcquisitionYear is { } year) Assert.Equal(year, row["Année d'acquisition"].GetDouble());
            else Assert.True(row["Année d'acquisition"].IsEmpty());
            Assert.Equal(item.Status.French(), row["Statut"].GetString());
            if (item.MonthsUsedPerYear is { } months) Assert.Equal(months, row["Mois d'utilisation par an"].GetDouble());
            if (item.PurchasePriceEur is { } price) Assert.Equal((double)price, row["Prix d'achat unitaire (€)"].GetDouble());
            Assert.Equal(item.Source.File, row["Fichier source"].GetString());
            Assert.Equal(item.Source.Row, row["Ligne source"].GetDouble());
        }
        Assert.Equal("inventaire.csv", rows[0]["Fichier source"].GetString());
        Assert.Equal(2, rows[0]["Ligne source"].GetDouble());
        Assert.Equal(IntegerFormat, rows[0]["Quantité"].Style.NumberFormat.Format);
        Assert.Equal("#,##0.00", rows[1]["Prix d'achat unitaire (€)"].Style.NumberFormat.Format);
        Assert.Equal(0, rows[0]["Année d'acquisition"].Style.NumberFormat.NumberFormatId);
    }

    [Fact]
    public void Idle_stock_sheet_states_the_rule_and_counts_the_idle_lines_of_the_library()
    {
        var sheet = _workbook.Worksheet("Stock dormant");
        var idle = IdleStock.Find(_study.Inventory);
        long idleUnits = idle.Sum(i => (long)i.Item.Quantity);
        Assert.Contains("« en service » mais utilisée au plus 2 mois par an", sheet.Cell(2, 1).GetString());

        var byCategory = Rows(sheet.Table("T_stock_dormant_par_categorie"));
        Assert.Equal(idleUnits, byCategory.Sum(r => r["Unités dormantes"].GetDouble()));
        Assert.All(byCategory, r => Assert.Equal(r["Unités dormantes"].GetDouble(), r["dont en stock"].GetDouble() + r["dont peu utilisées"].GetDouble()));
        var top = idle.GroupBy(i => i.Item.CategoryId).Select(g => (g.Key, Units: g.Sum(i => i.Item.Quantity))).OrderByDescending(g => g.Units).ThenBy(g => g.Key, StringComparer.Ordinal).First();
        Assert.Equal(EquipmentTaxonomy.FrenchLabel(top.Key), byCategory[0]["Catégorie"].GetString());
        Assert.Equal(top.Units, byCategory[0]["Unités dormantes"].GetDouble());
        long categoryUnits = _study.Inventory.Where(i => i.CategoryId == top.Key).Sum(i => (long)i.Quantity);
        Assert.Equal((double)top.Units / categoryUnits, byCategory[0]["Part des unités de la catégorie"].GetDouble(), 12);
        Assert.Equal(EurosFormat, byCategory[0]["Valeur d'achat estimée (€)"].Style.NumberFormat.Format);

        Assert.Equal(idleUnits, Rows(sheet.Table("T_stock_dormant_par_region")).Sum(r => r["Unités dormantes"].GetDouble()));
        var byInstitution = Rows(sheet.Table("T_stock_dormant_par_etablissement"));
        Assert.Equal(idle.Select(i => i.Item.InstitutionId).Distinct().Count(), byInstitution.Count);
        Assert.Equal(idleUnits, byInstitution.Sum(r => r["Unités dormantes"].GetDouble()));

        var detail = Rows(_workbook.Worksheet("Stock dormant (détail)").Table("T_stock_dormant_detail"));
        Assert.Equal(idle.Count, detail.Count);
        for (int i = 0; i < idle.Count; i += 97)
        {
            Assert.Equal(idle[i].Explanation, detail[i]["Motif"].GetString());
            Assert.Equal(idle[i].Item.Source.Row, detail[i]["Ligne source"].GetDouble());
            if (idle[i].Item.PurchasePriceEur is { } price)
                Assert.Equal((double)price * idle[i].Item.Quantity, detail[i]["Valeur d'achat estimée (€)"].GetDouble(), 6);
        }
        double declared = idle.Where(i => i.Item.PurchasePriceEur is not null).Sum(i => (double)i.Item.PurchasePriceEur!.Value * i.Item.Quantity);
        Assert.Equal(declared, detail.Where(r => !r["Prix d'achat unitaire (€)"].IsEmpty()).Sum(r => r["Valeur d'achat estimée (€)"].GetDouble()), 3);
        Assert.Equal(byCategory.Sum(r => r["Valeur d'achat estimée (€)"].GetDouble()), detail.Sum(r => r["Valeur d'achat estimée (€)"].GetDouble()), 3);
    }

    [Fact]
    public void Needs_sheet_shows_the_clustering_of_the_library_with_a_silhouette_per_k()
    {
        var sheet = _workbook.Worksheet("Besoins et clusters");
        var result = NeedsClustering.Run(_study.Institutions, _study.Needs, new NeedsClusteringOptions { Seed = 42 });

        var byCategory = Rows(sheet.Table("T_besoins_par_categorie"));
        Assert.Equal(_study.Needs.Sum(n => (double)n.Quantity), byCategory.Sum(r => r["Unités demandées"].GetDouble()));
        Assert.Equal(_study.Needs.Count, byCategory.Sum(r => r["Besoins"].GetDouble()));
        Assert.Equal(_study.Needs.Count, Rows(sheet.Table("T_besoins_par_trimestre")).Sum(r => r["Besoins commençant"].GetDouble()));
        Assert.Equal(_study.Needs.Count, Rows(sheet.Table("T_besoins_par_mois")).Sum(r => r["Besoins commençant"].GetDouble()));
        Assert.Equal(_study.Needs.Count, Rows(sheet.Table("T_besoins_par_type")).Sum(r => r["Besoins"].GetDouble()));

        var silhouettes = Rows(sheet.Table("T_silhouette_par_k"));
        Assert.Equal(result.SilhouetteByK.Select(s => (double)s.K), silhouettes.Select(r => r["k"].GetDouble()));
        Assert.Equal(result.SilhouetteByK.Select(s => Math.Round(s.Silhouette, 3)), silhouettes.Select(r => r["Silhouette moyenne"].GetDouble()));
        Assert.Equal([(double)result.K], silhouettes.Where(r => r["Retenu"].GetString() == "oui").Select(r => r["k"].GetDouble()));

        var clusters = Rows(sheet.Table("T_groupes_de_besoins"));
        Assert.Equal(result.K, clusters.Count);
        Assert.Equal(result.Clusters.Select(c => (double)c.Size), clusters.Select(r => r["Établissements"].GetDouble()));
        Assert.Equal(result.Clusters.Select(c => string.Join(", ", c.InstitutionIds)), clusters.Select(r => r["Membres"].GetString().Replace("\n", " ")));
        Assert.Equal(_study.Needs.Sum(n => (double)n.Quantity), clusters.Sum(r => r["Unités demandées"].GetDouble()));
        var descriptions = ClusterDescription.Describe(result, _study.Needs, _study.Institutions);
        var paragraphs = Enumerable.Range(2, 12).Select(r => sheet.Cell(r, 1).GetString()).ToList();
        Assert.All(descriptions, d => Assert.Contains(d.Sentence, paragraphs));
        Assert.Equal(descriptions.Select(d => d.ShortTheme), clusters.Select(r => r["Profil"].GetString()));

        var members = Rows(sheet.Table("T_etablissements_par_groupe"));
        Assert.Equal(40, members.Count);
        Assert.All(members, r => Assert.Equal(result.ClusterOf[r["Identifiant"].GetString()], r["Groupe"].GetDouble()));
        Assert.Equal(result.Projection.Single(p => p.InstitutionId == "ETB-001").X, members.Single(r => r["Identifiant"].GetString() == "ETB-001")["Composante 1"].GetDouble(), 3);
    }

    [Fact]
    public void Matching_sheet_lists_the_loans_and_unmet_needs_of_the_matcher_with_its_parameters()
    {
        var sheet = _workbook.Worksheet("Appariements");
        var run = LoanMatcher.Run(_study.Institutions, _study.Inventory, _study.Needs);
        Assert.Equal(LoanMatchingSection.ParametersSentence(run.Options), sheet.Cell(2, 1).GetString());
        Assert.Equal(LoanMatchingSection.OptimalitySentence(run.Diagnostics), sheet.Cell(3, 1).GetString());
        Assert.Contains("à 300 km au plus", sheet.Cell(2, 1).GetString());

        var parameters = Rows(sheet.Table("T_parametres_de_l_appariement")).ToDictionary(r => r["Paramètre"].GetString(), r => r["Valeur"]);
        Assert.Equal(300, parameters["Distance maximale (km, à vol d'oiseau)"].GetDouble());
        Assert.Equal(run.Diagnostics.IsProvenOptimal ? "oui" : "non", parameters["Résultat prouvé optimal"].GetString());
        Assert.Equal(run.Diagnostics.SubProblems, parameters["Sous-problèmes indépendants"].GetDouble());

        var detail = _workbook.Worksheet("Appariements (détail)");
        var loans = Rows(detail.Table("T_prets"));
        Assert.Equal(run.Result.Loans.Count, loans.Count);
        Assert.Equal(run.Result.UnitsLent, loans.Sum(r => r["Quantité"].GetDouble()));
        var names = _study.Institutions.ToDictionary(i => i.Id, i => i.Name);
        for (int i = 0; i < loans.Count; i += 11)
        {
            var loan = run.Result.Loans[i];
            Assert.Equal(loan.LenderInstitutionId, loans[i]["Prêteur"].GetString());
            Assert.Equal(names[loan.LenderInstitutionId], loans[i]["Nom du prêteur"].GetString());
            Assert.Equal(loan.BorrowerInstitutionId, loans[i]["Emprunteur"].GetString());
            Assert.Equal(names[loan.BorrowerInstitutionId], loans[i]["Nom de l'emprunteur"].GetString());
            Assert.Equal(EquipmentTaxonomy.FrenchLabel(loan.CategoryId), loans[i]["Catégorie"].GetString());
            Assert.Equal(Math.Round(loan.DistanceKm, 1), loans[i]["Distance (km)"].GetDouble());
            Assert.Equal(loan.Start.ToDateTime(TimeOnly.MinValue), loans[i]["Début"].GetDateTime());
            Assert.Equal(loan.Project ?? "", loans[i]["Projet"].GetString());
        }
        Assert.Equal("dd/mm/yyyy", loans[0]["Fin"].Style.NumberFormat.Format);

        var unmet = Rows(detail.Table("T_besoins_non_couverts"));
        Assert.Equal(run.Result.Unmet.Select(u => u.Reason), unmet.Select(r => r["Motif"].GetString()));
        Assert.Equal(run.Result.Unmet.Select(u => EquipmentTaxonomy.FrenchLabel(u.Need.CategoryId)), unmet.Select(r => r["Catégorie"].GetString()));
        Assert.Equal(run.Result.UnitsUnmet, unmet.Sum(r => r["Quantité non couverte"].GetDouble()));
        Assert.Equal(run.Result.UnitsUnmet, Rows(sheet.Table("T_besoins_non_couverts_par_motif")).Sum(r => r["Unités non couvertes"].GetDouble()));

        var regions = Rows(sheet.Table("T_appariements_par_region"));
        Assert.Equal(_study.Needs.Sum(n => (double)n.Quantity), regions.Sum(r => r["Besoins (unités)"].GetDouble()));
        Assert.Equal(run.Result.UnitsLent, regions.Sum(r => r["Unités prêtées par la région"].GetDouble()));
        Assert.Equal(PercentFormat, regions[0]["Taux de couverture"].Style.NumberFormat.Format);
    }

    [Fact]
    public void Synthesis_sheet_gives_the_key_figures_and_findings_of_these_sheets()
    {
        var run = LoanMatcher.Run(_study.Institutions, _study.Inventory, _study.Needs);
        var clusters = NeedsClustering.Run(_study.Institutions, _study.Needs, new NeedsClusteringOptions { Seed = 42 });
        long idleUnits = IdleStock.Find(_study.Inventory).Sum(i => (long)i.Item.Quantity);
        var synthesis = _workbook.Worksheet("Synthèse");
        var figures = Rows(synthesis.Table("T_chiffres_cles")).ToDictionary(r => r["Indicateur"].GetString(), r => r["Valeur"]);

        Assert.Equal(idleUnits, figures["Unités dormantes (en stock ou peu utilisées)"].GetDouble());
        Assert.Equal((double)idleUnits / 5524, figures["Part des unités inventoriées qui dorment"].GetDouble(), 12);
        Assert.Equal(EurosFormat, figures["Valeur d'achat estimée du stock dormant"].Style.NumberFormat.Format);
        Assert.Equal(clusters.K, figures["Profils de besoins (groupes d'établissements)"].GetDouble());
        Assert.Equal(clusters.Silhouette, figures["Silhouette moyenne des groupes"].GetDouble(), 12);
        Assert.Equal(run.Result.UnitsLent, figures["Unités prêtées"].GetDouble());
        Assert.Equal(run.Result.UnitsUnmet, figures["Unités demandées non couvertes"].GetDouble());
        Assert.Equal(run.Result.Loans.Select(l => l.DistanceKm).Median(), figures["Distance médiane d'un prêt"].GetDouble(), 9);

        var findings = Rows(synthesis.Table("T_constats")).Select(r => (Text: r["Constat"].GetString(), Sheet: r["Feuille"].GetString())).ToList();
        Assert.Contains(findings, f => f.Sheet == "Stock dormant" && f.Text.StartsWith($"{idleUnits.ToString("N0", CultureInfo.GetCultureInfo("fr-FR")).Replace('\u202F', '\u00A0')} unités dorment", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Sheet == "Besoins et clusters" && f.Text.StartsWith($"Les établissements se répartissent en {clusters.K} profils de besoins", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Sheet == "Appariements" && f.Text.StartsWith("Le matériel dormant couvrirait", StringComparison.Ordinal));
    }

    [Fact]
    public void Summary_json_has_the_inventaire_stock_dormant_clusters_and_appariements_sections()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(sample.Output.SummaryPath));
        var root = json.RootElement;
        var run = LoanMatcher.Run(_study.Institutions, _study.Inventory, _study.Needs);
        var clusters = NeedsClustering.Run(_study.Institutions, _study.Needs, new NeedsClusteringOptions { Seed = 42 });

        Assert.Equal(5524, root.GetProperty("inventaire").GetProperty("units").GetInt64());
        Assert.Equal(2204, root.GetProperty("inventaire").GetProperty("lines").GetInt64());
        var idle = root.GetProperty("stock_dormant");
        Assert.Equal(IdleStock.Find(_study.Inventory).Sum(i => (long)i.Item.Quantity), idle.GetProperty("units").GetInt64());
        Assert.Equal(2, idle.GetProperty("rule").GetProperty("max_months_used_per_year").GetDouble());
        var clustering = root.GetProperty("clusters");
        Assert.Equal(clusters.K, clustering.GetProperty("k").GetInt32());
        Assert.Equal(
            clusters.Clusters.Select(c => string.Join(",", c.InstitutionIds)),
            clustering.GetProperty("clusters").EnumerateArray().Select(c => string.Join(",", c.GetProperty("institutions").EnumerateArray().Select(i => i.GetString()))));
        var matching = root.GetProperty("appariements");
        Assert.Equal(run.Result.UnitsLent, matching.GetProperty("units_lent").GetInt64());
        Assert.Equal(run.Diagnostics.IsProvenOptimal, matching.GetProperty("diagnostics").GetProperty("proven_optimal").GetBoolean());
        Assert.Equal(300, matching.GetProperty("parameters").GetProperty("max_distance_km").GetDouble());
        Assert.Equal(run.Result.UnitsUnmet, matching.GetProperty("unmet_by_reason").EnumerateArray().Sum(r => r.GetProperty("units").GetInt64()));
    }

    [Theory]
    [InlineData("inventaire-unites-par-categorie", "Inventaire")]
    [InlineData("inventaire-pyramide-des-ages", "Inventaire")]
    [InlineData("stock-dormant-par-categorie", "Stock dormant")]
    [InlineData("besoins-groupes-acp", "Besoins et clusters")]
    [InlineData("besoins-silhouette-par-k", "Besoins et clusters")]
    [InlineData("appariements-carte-des-prets", "Appariements")]
    public void Each_chart_is_saved_as_png_and_svg_and_shown_on_its_sheet(string stem, string sheetName)
    {
        var png = Path.Combine(sample.ChartsDirectory, stem + ".png");
        Assert.True(new FileInfo(png).Length > 20_000);
        Assert.Contains("<svg xmlns=\"http://www.w3.org/2000/svg\"", File.ReadAllText(Path.Combine(sample.ChartsDirectory, stem + ".svg")));
        Assert.Equal(sheetName, sample.Model.Charts.Single(c => c.Stem == stem).Sheet.SheetName());
        Assert.NotEmpty(XlsxPackage.Sheet(sample.Output.WorkbookPath, sheetName).Descendants(XlsxPackage.Main + "drawing"));
    }
}
