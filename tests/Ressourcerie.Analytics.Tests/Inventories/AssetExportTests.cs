using Ressourcerie.Analytics.Ingestion;
using Ressourcerie.Analytics.Inventories;
using Ressourcerie.Analytics.Inventories.Imports;
using Ressourcerie.Analytics.Tests.TestSupport;

namespace Ressourcerie.Analytics.Tests.Inventories;

public class AssetExportTests
{
    private static readonly InstitutionIndex Institutions = new([
        new Institution("MBA-RENNES", "Musée des Beaux-Arts de Rennes (fictif)", InstitutionType.Musee, "Rennes", "Bretagne", new GeoPoint(48.11, -1.67), 50, 5),
        new Institution("FRAC-BZH", "Frac Bretagne (fictif)", InstitutionType.Frac, "Rennes", "Bretagne", new GeoPoint(48.12, -1.70), 20, 4),
        new Institution("CAC-QUAI", "Centre d'art Le Quai (fictif)", InstitutionType.CentreDArt, "Nantes", "Pays de la Loire", new GeoPoint(47.2, -1.55), 8, 6),
        new Institution("MUS-VERGER", "Musée du Verger (fictif)", InstitutionType.Musee, "Angers", "Pays de la Loire", new GeoPoint(47.47, -0.55), 12, 3),
    ]);

    private static readonly AssetExportOptions Options = new() { Institutions = Institutions, Study = FixedClock.Options(2025) };

    private static (AssetExportResult Result, DataQualityReport Report) Read(string file, AssetExportOptions? options = null)
    {
        var report = new DataQualityReport();
        var result = AssetExport.Read(Fixtures.Path("Inventories", file), report, options ?? Options);
        Assert.True(report.IsBalanced);
        Assert.Equal(report.RowsRead, result.Items.Count + report.RowsRejected);
        return (result, report);
    }

    private static InventoryItem Row(AssetExportResult result, int row) => result.Items.Single(i => i.Source.Row == row);

    private static DataIssue Issue(DataQualityReport report, int row, string column) => Assert.Single(report.Issues, i => i.Row == row && i.Column == column);

    [Fact]
    public void A_French_GLPI_computer_export_is_read_with_its_BOM_quotes_trailing_delimiter_and_group_prefixed_headers()
    {
        var (result, report) = Read("glpi-ordinateurs-fr.csv");

        Assert.Equal(AssetExportFormat.Glpi, result.Format);
        Assert.Equal(GlpiItemType.Computer, result.ItemType);
        Assert.Equal((8L, 7L, 1L), (report.RowsRead, report.RowsAccepted, report.RowsRejected));
        var first = Row(result, 2);
        Assert.Equal(("MBA-RENNES", "computer_desktop", "PC-ACCUEIL-01", "Dell Inc.", "OptiPlex 7090"), (first.InstitutionId, first.CategoryId, first.Label, first.Brand, first.Model));
        Assert.Equal((1, 2021, EquipmentStatus.EnService, 849.00m), (first.Quantity, first.AcquisitionYear, first.Status, first.PurchasePriceEur));
        Assert.Equal(("computer_laptop", EquipmentStatus.EnStock, 1120.50m), (Row(result, 3).CategoryId, Row(result, 3).Status, Row(result, 3).PurchasePriceEur));
        Assert.Equal(("server", "FRAC-BZH"), (Row(result, 6).CategoryId, Row(result, 6).InstitutionId));
    }

    [Fact]
    public void GLPI_double_single_quotes_become_double_quotes_and_multi_valued_cells_are_joined()
    {
        var (result, report) = Read("glpi-ordinateurs-fr.csv");
        Assert.Equal("MacBook Pro 13\"", Row(result, 4).Model);
        Assert.Equal("computer_laptop", Row(result, 4).CategoryId);
        Assert.Equal("Poste \"Régie\" son", Row(result, 5).Label);
        Assert.Equal("PC-COMPTA / PC-COMPTA-BIS", Row(result, 9).Label);
        Assert.Contains("« SIEGE > Comptabilité », « SIEGE > Direction »", Issue(report, 9, "Lieu").Message);
    }

    [Fact]
    public void GLPI_statuses_map_to_ours_and_unknown_or_empty_ones_count_in_service_with_a_warning()
    {
        var (result, report) = Read("glpi-ordinateurs-fr.csv");
        Assert.Equal(EquipmentStatus.AReparer, Row(result, 4).Status);
        Assert.Equal(EquipmentStatus.HorsService, Row(result, 5).Status);
        Assert.Equal(EquipmentStatus.EnService, Row(result, 7).Status);
        Assert.Contains("« Attente pièce » inconnu", Issue(report, 7, "Statut").Message);
        Assert.Contains("Statut vide", Issue(report, 9, "Statut").Message);
    }

    [Fact]
    public void GLPI_category_comes_from_type_then_model_then_asset_type_each_fallback_reported()
    {
        var (result, report) = Read("glpi-ordinateurs-fr.csv");
        Assert.Equal("computer_desktop", Row(result, 5).CategoryId);
        Assert.Contains("Le type « Station graphique » ne désigne pas une catégorie de matériel : catégorie déduite du modèle « Z2 Tower G5 »", Issue(report, 5, "Type").Message);
        Assert.Equal("computer_desktop", Row(result, 7).CategoryId);
        Assert.Contains("supposé d'après le type d'objet GLPI « ordinateur »", Issue(report, 7, "Type").Message);
    }

    [Fact]
    public void GLPI_entities_are_matched_to_institution_names_through_the_hierarchy_and_unknown_ones_rejected()
    {
        var (_, report) = Read("glpi-ordinateurs-fr.csv");
        var rejected = Issue(report, 8, "Entité");
        Assert.Equal(IssueSeverity.Error, rejected.Severity);
        Assert.Contains("« Entité racine > Musée inconnu »", rejected.Message);
    }

    [Fact]
    public void GLPI_day_first_dates_are_detected_and_impossible_purchase_years_dropped_with_a_warning()
    {
        var (result, report) = Read("glpi-ordinateurs-fr.csv");
        Assert.Equal(DateOrder.DayMonthYear, result.DateOrder);
        Assert.False(result.DateOrderAssumed);
        Assert.DoesNotContain(report.Issues, i => i.Row == 0);
        Assert.Equal(2019, Row(result, 3).AcquisitionYear);
        Assert.Null(Row(result, 7).AcquisitionYear);
        Assert.Contains("31/12/2030 hors de la période 1980–2025", Issue(report, 7, "Informations financières et administratives - Date d'achat").Message);
        Assert.Contains("Prix négatif", Issue(report, 9, "Informations financières et administratives - Valeur").Message);
    }

    [Fact]
    public void An_English_GLPI_export_with_ambiguous_dates_says_once_which_order_it_assumed()
    {
        var (result, report) = Read("glpi-peripheriques-en.csv", Options with { GlpiItemType = GlpiItemType.Peripheral });
        Assert.Equal((DateOrder.DayMonthYear, true), (result.DateOrder, result.DateOrderAssumed));
        var once = Assert.Single(report.Issues, i => i.Row == 0);
        Assert.Equal("Last update", once.Column);
        Assert.Contains("Ordre jour/mois/année supposé", once.Message);
        Assert.Equal((7L, 5L, 2L), (report.RowsRead, report.RowsAccepted, report.RowsRejected));
        Assert.Equal("video_projector", Row(result, 3).CategoryId);
        Assert.Equal("media_player", Row(result, 4).CategoryId);
        Assert.Equal(("tv", "QM55R 55\""), (Row(result, 7).CategoryId, Row(result, 7).Model));
        Assert.Equal(EquipmentStatus.HorsService, Row(result, 5).Status);
    }

    [Fact]
    public void Every_unmapped_GLPI_row_is_rejected_with_what_was_tried_and_the_closest_label()
    {
        var (_, report) = Read("glpi-peripheriques-en.csv", Options with { GlpiItemType = GlpiItemType.Peripheral });
        var unmapped = report.Issues.Where(i => i.Severity == IssueSeverity.Error).ToList();
        Assert.Equal([6, 8], unmapped.Select(i => i.Row));
        Assert.All(unmapped, i => Assert.Equal("Type", i.Column));
        Assert.Contains("ni le type « Gadget », ni le modèle « Gizmo 3000 »", unmapped[0].Message);
        Assert.Equal("vidéoprojecteur (video_projector)", unmapped[1].Suggestion);
        Assert.Contains("Vouliez-vous dire « vidéoprojecteur (video_projector) » ?", unmapped[1].Message);
    }

    [Fact]
    public void Snipe_IT_sample_assets_take_their_category_from_the_model_and_the_US_date_order_is_reported()
    {
        var (result, report) = Read("snipeit-assets-sample.csv", Options with { InstitutionId = "CAC-QUAI" });

        Assert.Equal(AssetExportFormat.SnipeIt, result.Format);
        Assert.Equal((DateOrder.MonthDayYear, false), (result.DateOrder, result.DateOrderAssumed));
        Assert.Contains("Dates lues dans l'ordre mois/jour/année : « 1/23/23 »", Assert.Single(report.Issues, i => i.Row == 0 && i.Column == "Purchase Date").Message);
        Assert.Equal((22L, 21L, 1L), (report.RowsRead, report.RowsAccepted, report.RowsRejected));
        Assert.All(result.Items, i => Assert.Equal("CAC-QUAI", i.InstitutionId));
        Assert.Equal(("computer_laptop", 2023, 2266.13m), (Row(result, 2).CategoryId, Row(result, 2).AcquisitionYear, Row(result, 2).PurchasePriceEur));
        Assert.Contains("La catégorie « Ornamental Railings » ne désigne pas une catégorie de matériel : catégorie déduite du modèle « Macbook Pro 13\" »",
            Issue(report, 2, "Category").Message);
    }

    [Fact]
    public void Without_a_status_column_Snipe_IT_assets_checked_out_are_in_service_and_the_others_in_stock()
    {
        var (result, report) = Read("snipeit-assets-sample.csv", Options with { InstitutionId = "CAC-QUAI" });
        Assert.Equal(EquipmentStatus.EnStock, Row(result, 2).Status);
        Assert.Equal(EquipmentStatus.EnService, Row(result, 3).Status);
        Assert.Equal(EquipmentStatus.EnService, Row(result, 4).Status);
        Assert.Contains("Pas de colonne « Status »", Assert.Single(report.Issues, i => i.Row == 0 && i.Column == "Checkout Type").Message);
    }

    [Fact]
    public void Every_unmapped_Snipe_IT_row_is_rejected_naming_the_category_model_and_name_tried()
    {
        var (_, report) = Read("snipeit-assets-sample.csv", Options with { InstitutionId = "CAC-QUAI" });
        var unmapped = Assert.Single(report.Issues, i => i.Severity == IssueSeverity.Error);
        Assert.Equal((23, "Category"), (unmapped.Row, unmapped.Column));
        Assert.Contains("ni la catégorie « Fire Protection », ni le modèle « Robby »", unmapped.Message);
    }

    [Fact]
    public void French_dates_in_a_Snipe_IT_export_are_detected_not_misread_as_US_dates()
    {
        var (result, report) = Read("snipeit-dates-francaises.csv");

        Assert.Equal((DateOrder.DayMonthYear, false), (result.DateOrder, result.DateOrderAssumed));
        Assert.Contains("ordre jour/mois/année : « 23/01/2021 » ne peut pas se lire autrement, et non dans l'ordre mois/jour/année des exports Snipe-IT",
            Assert.Single(report.Issues, i => i.Row == 0).Message);
        // 05/03/2022 is 5 March, not 3 May; 01/02/2023 is 1 February.
        Assert.Equal(2022, Row(result, 3).AcquisitionYear);
        Assert.Equal(2023, Row(result, 8).AcquisitionYear);
        Assert.Equal(("video_projector", "CAC-QUAI", EquipmentStatus.EnService, 3450.00m),
            (Row(result, 2).CategoryId, Row(result, 2).InstitutionId, Row(result, 2).Status, Row(result, 2).PurchasePriceEur));
        Assert.Equal((EquipmentStatus.EnStock, "display"), (Row(result, 4).Status, Row(result, 4).CategoryId));
        Assert.Equal((EquipmentStatus.AReparer, "vr_headset"), (Row(result, 5).Status, Row(result, 5).CategoryId));
        Assert.Equal(EquipmentStatus.HorsService, Row(result, 6).Status);
        Assert.Equal("MUS-VERGER", Row(result, 8).InstitutionId);
        Assert.Equal([9, 10], report.Issues.Where(i => i.Severity == IssueSeverity.Error).Select(i => i.Row));
        Assert.Contains("« Musée Fantôme »", Issue(report, 9, "Company").Message);
        Assert.Contains("ni la catégorie « Fournitures »", Issue(report, 10, "Category").Message);
    }

    [Fact]
    public void A_Snipe_IT_export_whose_dates_never_show_a_day_above_12_assumes_month_first_and_says_so()
    {
        using var folder = new TempFolder();
        var path = folder.Write("snipe.csv",
            "\uFEFFCompany,Name,Asset Tag,Category,Manufacturer,Model,Purchase Date,Purchase Cost,Checkout Type\n" +
            "Centre d'art Le Quai (fictif),VP,T-1,Projectors,Epson,EB-X51,3/5/22,500,\n" +
            "Centre d'art Le Quai (fictif),Écran,T-2,Monitors,Dell,P2419H,11/10/21,200,User\n");
        var report = new DataQualityReport();
        var result = SnipeItExport.Read(path, report, Options);

        Assert.Equal((DateOrder.MonthDayYear, true), (result.DateOrder, result.DateOrderAssumed));
        Assert.Contains("Ordre mois/jour/année supposé : c'est l'ordre par défaut des exports Snipe-IT", report.Issues.Single(i => i.Column == "Purchase Date").Message);
        Assert.Equal(2022, result.Items[0].AcquisitionYear);

        var dayFirst = SnipeItExport.Read(path, new DataQualityReport(), Options with { DateOrder = DateOrder.DayMonthYear });
        Assert.False(dayFirst.DateOrderAssumed);
        Assert.Equal(2021, dayFirst.Items[1].AcquisitionYear);
    }

    [Fact]
    public void Without_an_institutions_list_the_entity_becomes_the_id_said_once()
    {
        var report = new DataQualityReport();
        var result = GlpiExport.Read(Fixtures.Path("Inventories", "glpi-ordinateurs-fr.csv"), report, new AssetExportOptions { Study = FixedClock.Options(2025) });
        Assert.Equal(8, result.Items.Count);
        Assert.Equal("Musée des Beaux-Arts de Rennes (fictif)", result.Items[0].InstitutionId);
        Assert.Single(report.Issues, i => i.Row == 0 && i.Message.StartsWith("Sans liste des établissements"));
    }

    [Fact]
    public void An_unknown_institution_given_for_the_whole_export_stops_the_reading_with_a_French_error()
    {
        var error = Assert.Throws<InputFileException>(() =>
            SnipeItExport.Read(Fixtures.Path("Inventories", "snipeit-assets-sample.csv"), new DataQualityReport(), Options with { InstitutionId = "MBA-RENES" }));
        Assert.Contains("« MBA-RENES » inconnu", error.Message);
        Assert.Contains("« MBA-RENNES »", error.Message);
    }

    [Fact]
    public void A_file_that_is_neither_GLPI_nor_Snipe_IT_is_refused_naming_the_expected_columns()
    {
        using var folder = new TempFolder();
        var path = folder.Write("autre.csv", "Colonne A;Colonne B\n1;2\n");
        var error = Assert.Throws<InputFileException>(() => AssetExport.Read(path, new DataQualityReport()));
        Assert.Contains("Ni un export GLPI", error.Message);
    }

    [Fact]
    public void A_GLPI_export_with_comma_delimiter_and_item_type_prefixed_headers_is_read_and_its_issues_name_the_full_header()
    {
        using var folder = new TempFolder();
        var path = folder.Write("glpi.csv",
            "\uFEFF\"Nom\",\"Moniteur - Statut\",\"Moniteur - Fabricant\",\"Modèle\",\"Système d'exploitation - Nom\",\"Lieu\",\"Dernière modification\",\n" +
            "\"ECRAN-01\",\"En stock\",\"Dell\",\"P2419H 24''\",\"\",\"Accueil\",\"2025-03-12 10:42\",\n" +
            "\"ECRAN-02\",\"Hors d'atteinte\",\"Dell\",\"P2419H\",\"\",\"Accueil\",\"2025-03-12 10:43\",\n");
        var report = new DataQualityReport();
        var result = GlpiExport.Read(path, report, Options with { InstitutionId = "FRAC-BZH", GlpiItemType = GlpiItemType.Monitor });

        Assert.Equal(2, result.Items.Count);
        Assert.Equal(("display", EquipmentStatus.EnStock, "Dell", "P2419H 24\""), (result.Items[0].CategoryId, result.Items[0].Status, result.Items[0].Brand, result.Items[0].Model));
        Assert.Equal("Moniteur - Statut", Assert.Single(report.Issues).Column);
        Assert.False(result.DateOrderAssumed);
    }

    [Fact]
    public void A_GLPI_row_with_only_a_name_is_rejected_with_a_grammatical_French_message()
    {
        using var folder = new TempFolder();
        var path = folder.Write("glpi.csv",
            "\uFEFF\"Nom\";\"Statut\";\"Type\";\"Modèle\";\"Lieu\";\n" +
            "\"TRUC\";\"En stock\";\"\";\"\";\"Accueil\";\n");
        var report = new DataQualityReport();
        GlpiExport.Read(path, report, Options with { InstitutionId = "FRAC-BZH" });

        var error = Assert.Single(report.Issues, i => i.Severity == IssueSeverity.Error);
        Assert.StartsWith("Catégorie introuvable : le nom « TRUC » ne correspond à aucune catégorie de matériel et les autres champs sont vides.", error.Message);
    }

    [Theory]
    [InlineData("15-09-2021", DateOrder.DayMonthYear, 2021, 9, 15)]
    [InlineData("09-15-2021", DateOrder.MonthDayYear, 2021, 9, 15)]
    [InlineData("2021-09-15 14:30", DateOrder.MonthDayYear, 2021, 9, 15)]
    [InlineData("1/23/23", DateOrder.MonthDayYear, 2023, 1, 23)]
    [InlineData("05/03/2024", DateOrder.DayMonthYear, 2024, 3, 5)]
    [InlineData("05/03/2024", DateOrder.MonthDayYear, 2024, 5, 3)]
    [InlineData("31.12.99", DateOrder.DayMonthYear, 1999, 12, 31)]
    public void Asset_dates_are_read_in_the_file_order_and_year_first_dates_in_any(string text, DateOrder order, int year, int month, int day)
    {
        Assert.True(AssetDate.TryParse(text, order, out var date));
        Assert.Equal(new DateOnly(year, month, day), date);
    }

    [Theory]
    [InlineData("Ready to Deploy", EquipmentStatus.EnStock)]
    [InlineData("Deployed", EquipmentStatus.EnService)]
    [InlineData("Pending", EquipmentStatus.AReparer)]
    [InlineData("Archived", EquipmentStatus.HorsService)]
    [InlineData("Broken - Not Fixable", EquipmentStatus.HorsService)]
    [InlineData("Out for Repair", EquipmentStatus.AReparer)]
    [InlineData("Lost/Stolen", EquipmentStatus.HorsService)]
    [InlineData("En service", EquipmentStatus.EnService)]
    [InlineData("En stock", EquipmentStatus.EnStock)]
    [InlineData("En réparation", EquipmentStatus.AReparer)]
    [InlineData("Réformé", EquipmentStatus.HorsService)]
    public void GLPI_and_Snipe_IT_statuses_map_to_ours(string label, EquipmentStatus expected)
    {
        Assert.True(AssetStatuses.TryMap(label, out var status));
        Assert.Equal(expected, status);
    }
}
