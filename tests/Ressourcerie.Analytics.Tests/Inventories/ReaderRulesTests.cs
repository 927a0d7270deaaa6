using Ressourcerie.Analytics.Ingestion;
using Ressourcerie.Analytics.Inventories;
using Ressourcerie.Analytics.Needs;
using Ressourcerie.Analytics.Tests.TestSupport;

namespace Ressourcerie.Analytics.Tests.Inventories;

/// <summary>One test per row rule of DATA-LAYOUT that the French Excel folder does not already pin down.</summary>
public class ReaderRulesTests
{
    private static readonly InstitutionIndex Index = new(
    [
        new Institution("MUS-001", "Musée", InstitutionType.Musee, null, null, null, null, null),
        new Institution("FRAC-NA", "Frac", InstitutionType.Frac, null, null, null, null, null),
    ]);

    private static (List<Institution> Rows, DataQualityReport Report) Institutions(string csv)
    {
        using var folder = new TempFolder();
        var report = new DataQualityReport();
        var rows = InstitutionReader.Read(folder.Write("institutions.csv", csv), report);
        Assert.True(report.IsBalanced);
        return (rows, report);
    }

    private static (List<InventoryItem> Rows, DataQualityReport Report) Inventory(string csv)
    {
        using var folder = new TempFolder();
        var report = new DataQualityReport();
        var rows = InventoryReader.Read(folder.Write("inventaire.csv", csv), report, Index, FixedClock.Options(2025));
        Assert.True(report.IsBalanced);
        return (rows, report);
    }

    private static (List<Need> Rows, DataQualityReport Report) Needs(string csv)
    {
        using var folder = new TempFolder();
        var report = new DataQualityReport();
        var rows = NeedReader.Read(folder.Write("besoins.csv", csv), report, Index);
        Assert.True(report.IsBalanced);
        return (rows, report);
    }

    private static DataIssue Only(DataQualityReport report) => Assert.Single(report.Issues);

    private const string InstitutionHeader = "etablissement_id;nom;type;region;latitude;longitude;effectif;expositions_par_an\n";

    [Fact]
    public void Institution_coordinates_accept_decimal_commas_and_points()
    {
        var (rows, report) = Institutions(InstitutionHeader + "A;Musée A;musée;Bretagne;48,1147;-1.6794;3;2\n");
        Assert.Empty(report.Issues);
        Assert.Equal(new GeoPoint(48.1147, -1.6794), rows[0].Location);
    }

    [Fact]
    public void Overseas_institutions_are_in_France()
    {
        var (rows, report) = Institutions(InstitutionHeader + "REU;Musée Léon Dierx;musée;La Réunion;-20,8789;55,4481;;\n");
        Assert.Empty(report.Issues);
        Assert.Equal("La Réunion", rows[0].Region);
    }

    [Fact]
    public void A_single_coordinate_rejects_the_row()
    {
        var (rows, report) = Institutions(InstitutionHeader + "A;Musée A;musée;Bretagne;48,1147;;3;2\n");
        Assert.Empty(rows);
        Assert.Equal(("longitude", IssueSeverity.Error), (Only(report).Column, Only(report).Severity));
    }

    [Fact]
    public void Coordinates_that_are_not_numbers_are_rejected()
    {
        var (_, report) = Institutions(InstitutionHeader + "A;Musée A;musée;Bretagne;48°06'53\"N;-1,6794;3;2\n");
        Assert.Equal(("latitude", IssueSeverity.Error), (Only(report).Column, Only(report).Severity));
        Assert.Contains("n'est pas un nombre", Only(report).Message);
    }

    [Fact]
    public void Both_coordinates_empty_is_an_institution_without_location()
    {
        var (rows, report) = Institutions(InstitutionHeader + "A;Musée A;musée;Bretagne;;;3;2\n");
        Assert.Empty(report.Issues);
        Assert.Null(rows[0].Location);
    }

    [Theory]
    [InlineData("2,5", "effectif", "n'est pas un nombre entier")]
    [InlineData("-1", "effectif", "hors limites")]
    public void Staff_is_a_whole_number_of_people(string staff, string column, string words)
    {
        var (_, report) = Institutions(InstitutionHeader + $"A;Musée A;musée;Bretagne;;;{staff};2\n");
        Assert.Equal(column, Only(report).Column);
        Assert.Contains(words, Only(report).Message);
    }

    [Fact]
    public void Negative_exhibitions_are_rejected()
    {
        var (_, report) = Institutions(InstitutionHeader + "A;Musée A;musée;Bretagne;;;3;-2\n");
        Assert.Equal("expositions_par_an", Only(report).Column);
    }

    [Fact]
    public void Missing_id_or_name_rejects_the_row()
    {
        var (rows, report) = Institutions(InstitutionHeader + ";Musée sans id;musée;;;;;\nB;;musée;;;;;\n");
        Assert.Empty(rows);
        Assert.Equal([(2, "etablissement_id"), (3, "nom")], report.Issues.Select(i => (i.Row, i.Column)));
    }

    [Fact]
    public void Ids_that_differ_only_by_case_or_punctuation_are_flagged()
    {
        var (rows, report) = Institutions(InstitutionHeader + "MUS-001;Musée A;musée;;;;;\nmus 001;Musée A bis;musée;;;;;\n");
        Assert.Equal(2, rows.Count);
        var warning = Only(report);
        Assert.Equal((3, IssueSeverity.Warning, "MUS-001"), (warning.Row, warning.Severity, warning.Suggestion));
        Assert.Contains("ligne 2", warning.Message);
    }

    [Fact]
    public void Empty_type_is_autre_with_a_warning()
    {
        var (rows, report) = Institutions(InstitutionHeader + "A;Lieu;;;;;;\n");
        Assert.Equal(InstitutionType.Autre, rows[0].Type);
        Assert.Equal(("type", IssueSeverity.Warning), (Only(report).Column, Only(report).Severity));
    }

    [Fact]
    public void A_repeated_header_in_institutions_is_rejected_once()
    {
        var (rows, report) = Institutions(InstitutionHeader + "A;Musée A;musée;;;;;\n" + InstitutionHeader.Replace("etablissement_id", "Identifiant").Replace("nom", "Nom") + "B;Musée B;frac;;;;;\n");
        Assert.Equal(["A", "B"], rows.Select(r => r.Id));
        var issue = Only(report);
        Assert.Equal((3, ""), (issue.Row, issue.Column));
        Assert.Contains("répète la ligne d'en-tête", issue.Message);
    }

    private const string InventoryHeader = "etablissement_id;categorie;libelle;quantite;annee_acquisition;statut;mois_utilisation_par_an;prix_achat_eur\n";

    [Fact]
    public void An_id_written_in_another_case_is_corrected_with_a_warning()
    {
        var (rows, report) = Inventory(InventoryHeader + "mus 001;VP;;1;2020;en stock;2;\n");
        Assert.Equal("MUS-001", rows[0].InstitutionId);
        Assert.Equal(("etablissement_id", IssueSeverity.Warning, "MUS-001"), (Only(report).Column, Only(report).Severity, Only(report).Suggestion));
    }

    [Fact]
    public void Missing_institution_id_rejects_the_line()
    {
        var (_, report) = Inventory(InventoryHeader + ";VP;;1;2020;en stock;2;\n");
        Assert.Equal(("etablissement_id", IssueSeverity.Error), (Only(report).Column, Only(report).Severity));
    }

    [Fact]
    public void Empty_category_is_rejected_with_a_hint_from_the_libelle()
    {
        var (_, report) = Inventory(InventoryHeader + "MUS-001;;Vidéoprojecteur Epson;1;2020;en stock;2;\n");
        Assert.Equal(("categorie", "vidéoprojecteur (video_projector)"), (Only(report).Column, Only(report).Suggestion));
        Assert.Contains("Catégorie manquante", Only(report).Message);
    }

    [Fact]
    public void A_vague_category_settled_by_nothing_is_other_with_a_warning()
    {
        var (rows, report) = Inventory(InventoryHeader + "MUS-001;Divers;Rallonges;1;2020;en stock;2;\nMUS-001;Matériel;Vidéoprojecteur;1;2020;en stock;2;\n");
        Assert.Equal(["other", "video_projector"], rows.Select(r => r.CategoryId));
        Assert.Equal((2, "categorie", IssueSeverity.Warning), (Only(report).Row, Only(report).Column, Only(report).Severity));
    }

    [Theory]
    [InlineData("15/03/2019", 2019)]
    [InlineData("2019-03-15", 2019)]
    public void A_full_date_in_the_year_column_keeps_its_year_with_a_warning(string typed, int year)
    {
        var (rows, report) = Inventory(InventoryHeader + $"MUS-001;VP;;1;{typed};en stock;2;\n");
        Assert.Equal(year, rows[0].AcquisitionYear);
        Assert.Equal(("annee_acquisition", IssueSeverity.Warning), (Only(report).Column, Only(report).Severity));
    }

    [Theory]
    [InlineData("1979")]
    [InlineData("2019,5")]
    [InlineData("vers 2015")]
    public void Impossible_years_are_rejected(string year)
    {
        var (_, report) = Inventory(InventoryHeader + $"MUS-001;VP;;1;{year};en stock;2;\n");
        Assert.Equal(("annee_acquisition", IssueSeverity.Error), (Only(report).Column, Only(report).Severity));
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("12,5")]
    [InlineData("toute l'année")]
    public void Months_of_use_stay_between_0_and_12(string months)
    {
        var (_, report) = Inventory(InventoryHeader + $"MUS-001;VP;;1;2020;en stock;{months};\n");
        Assert.Equal(("mois_utilisation_par_an", IssueSeverity.Error), (Only(report).Column, Only(report).Severity));
    }

    [Theory]
    [InlineData("1 250,50 €", 1250.50)]
    [InlineData("1250.5", 1250.50)]
    [InlineData("€ 99", 99)]
    [InlineData("0", 0)]
    [InlineData("1.234,56", 1234.56)]
    public void Prices_accept_euro_signs_spaces_and_decimal_commas(string price, double expected)
    {
        var (rows, report) = Inventory(InventoryHeader + $"MUS-001;VP;;1;2020;en stock;2;{price}\n");
        Assert.Empty(report.Issues);
        Assert.Equal((decimal)expected, rows[0].PurchasePriceEur);
    }

    [Theory]
    [InlineData("-10")]
    [InlineData("gratuit")]
    public void Negative_or_textual_prices_are_rejected(string price)
    {
        var (_, report) = Inventory(InventoryHeader + $"MUS-001;VP;;1;2020;en stock;2;{price}\n");
        Assert.Equal(("prix_achat_eur", IssueSeverity.Error), (Only(report).Column, Only(report).Severity));
    }

    [Theory]
    [InlineData("En service", EquipmentStatus.EnService)]
    [InlineData("actif", EquipmentStatus.EnService)]
    [InlineData("utilisé", EquipmentStatus.EnService)]
    [InlineData("In use", EquipmentStatus.EnService)]
    [InlineData("EN STOCK", EquipmentStatus.EnStock)]
    [InlineData("réserve", EquipmentStatus.EnStock)]
    [InlineData("stocké", EquipmentStatus.EnStock)]
    [InlineData("In storage", EquipmentStatus.EnStock)]
    [InlineData("Ready to Deploy", EquipmentStatus.EnStock)]
    [InlineData("hors-service", EquipmentStatus.HorsService)]
    [InlineData("HS", EquipmentStatus.HorsService)]
    [InlineData("H.S.", EquipmentStatus.HorsService)]
    [InlineData("cassé", EquipmentStatus.HorsService)]
    [InlineData("Broken", EquipmentStatus.HorsService)]
    [InlineData("Archived", EquipmentStatus.HorsService)]
    [InlineData("A réparer", EquipmentStatus.AReparer)]
    [InlineData("en panne", EquipmentStatus.AReparer)]
    [InlineData("en réparation", EquipmentStatus.AReparer)]
    [InlineData("Pending", EquipmentStatus.AReparer)]
    [InlineData("Prêté", EquipmentStatus.Prete)]
    [InlineData("en prêt", EquipmentStatus.Prete)]
    [InlineData("On loan", EquipmentStatus.Prete)]
    [InlineData("Deployed-out", EquipmentStatus.Prete)]
    [InlineData("remisé", EquipmentStatus.EnStock)]
    [InlineData("Entreposée", EquipmentStatus.EnStock)]
    [InlineData("non affecté", EquipmentStatus.EnStock)]
    [InlineData("en magasin", EquipmentStatus.EnStock)]
    public void Status_synonyms(string typed, EquipmentStatus expected)
    {
        Assert.True(EquipmentStatusSynonyms.Table.TryResolve(typed, out var status));
        Assert.Equal(expected, status);
    }

    [Fact]
    public void Unknown_status_is_rejected_with_the_closest_one()
    {
        var (_, report) = Inventory(InventoryHeader + "MUS-001;VP;;1;2020;en stok;2;\n");
        Assert.Equal(("statut", IssueSeverity.Error, "en stock"), (Only(report).Column, Only(report).Severity, Only(report).Suggestion));
    }

    [Fact]
    public void Empty_status_counts_as_in_service_with_a_warning()
    {
        var (rows, report) = Inventory(InventoryHeader + "MUS-001;VP;;1;2020;;2;\n");
        Assert.Equal(EquipmentStatus.EnService, rows[0].Status);
        Assert.Equal(("statut", IssueSeverity.Warning), (Only(report).Column, Only(report).Severity));
    }

    [Theory]
    [InlineData("musée", InstitutionType.Musee)]
    [InlineData("Museum", InstitutionType.Musee)]
    [InlineData("Musée de France", InstitutionType.Musee)]
    [InlineData("FRAC", InstitutionType.Frac)]
    [InlineData("Fonds régional d'art contemporain", InstitutionType.Frac)]
    [InlineData("Centre d'art", InstitutionType.CentreDArt)]
    [InlineData("centre d'art contemporain", InstitutionType.CentreDArt)]
    [InlineData("École d'art", InstitutionType.EcoleDArt)]
    [InlineData("école supérieure d'art", InstitutionType.EcoleDArt)]
    [InlineData("ESA", InstitutionType.EcoleDArt)]
    [InlineData("Beaux-Arts", InstitutionType.EcoleDArt)]
    [InlineData("Art school", InstitutionType.EcoleDArt)]
    [InlineData("CNAP", InstitutionType.Cnap)]
    [InlineData("Autre", InstitutionType.Autre)]
    public void Institution_type_synonyms(string typed, InstitutionType expected)
    {
        Assert.True(InstitutionTypeSynonyms.Table.TryResolve(typed, out var type));
        Assert.Equal(expected, type);
    }

    private const string NeedHeader = "etablissement_id;categorie;quantite;debut;fin;projet\n";

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("1,5")]
    [InlineData("beaucoup")]
    public void Need_quantities_are_whole_numbers_from_1(string quantity)
    {
        var (_, report) = Needs(NeedHeader + $"MUS-001;VP;{quantity};01/06/2025;30/06/2025;Expo\n");
        Assert.Equal(("quantite", IssueSeverity.Error), (Only(report).Column, Only(report).Severity));
    }

    [Fact]
    public void Needs_of_unknown_institutions_are_rejected_with_the_closest_id()
    {
        var (_, report) = Needs(NeedHeader + "FRAC-AN;VP;1;01/06/2025;30/06/2025;Expo\n");
        Assert.Equal(("etablissement_id", "FRAC-NA"), (Only(report).Column, Only(report).Suggestion));
    }

    [Fact]
    public void A_one_day_need_is_valid()
    {
        var (rows, report) = Needs(NeedHeader + "MUS-001;VP;1;2025-06-01;01/06/2025;Vernissage\n");
        Assert.Empty(report.Issues);
        Assert.Equal(1, rows[0].Days);
    }

    [Fact]
    public void A_year_typed_as_a_date_is_not_an_excel_serial()
    {
        var (_, report) = Needs(NeedHeader + "MUS-001;VP;1;2025;30/06/2025;Expo\n");
        Assert.Equal(("debut", IssueSeverity.Error), (Only(report).Column, Only(report).Severity));
    }
}
