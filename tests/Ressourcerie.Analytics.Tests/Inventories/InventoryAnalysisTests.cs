using Ressourcerie.Analytics.Ingestion;
using Ressourcerie.Analytics.Inventories;

namespace Ressourcerie.Analytics.Tests.Inventories;

public class InventoryAnalysisTests
{
    private static readonly Institution Louvre = new("M1", "Musée A", InstitutionType.Musee, "Paris", "Île-de-France", new GeoPoint(48.86, 2.34), 200, 10);
    private static readonly Institution FracBretagne = new("F1", "Frac Bretagne", InstitutionType.Frac, "Rennes", "Bretagne", new GeoPoint(48.11, -1.68), 20, 4);
    private static readonly Institution Ecole = new("E1", "École A", InstitutionType.EcoleDArt, "Rennes", "Bretagne", new GeoPoint(48.11, -1.68), 40, 2);

    private static InventoryItem Item(string institution, string category, int quantity, int? year, EquipmentStatus status, double? months, int row = 2) =>
        new(institution, category, "libellé", "Epson", "EB-X", quantity, year, status, months, 500m, new SourceLocation("inventaire.csv", row));

    private static readonly InventoryItem[] Items =
    [
        Item("M1", "video_projector", 4, 2022, EquipmentStatus.EnService, 10, 2),
        Item("M1", "video_projector", 2, 2016, EquipmentStatus.EnStock, null, 3),
        Item("M1", "loudspeaker", 6, 2012, EquipmentStatus.EnService, 1, 4),
        Item("F1", "computer_laptop", 3, null, EquipmentStatus.HorsService, 0, 5),
        Item("F1", "video_projector", 1, 2024, EquipmentStatus.EnService, null, 6),
        Item("E1", "tablet", 10, 2020, EquipmentStatus.AReparer, 0, 7),
        Item("X9", "tablet", 1, 2019, EquipmentStatus.EnStock, 0, 8),
    ];

    [Fact]
    public void Stock_by_category_counts_units_lines_and_shares_largest_first()
    {
        var table = InventoryAnalysis.StockByCategory(Items);
        Assert.Equal(["tablet", "video_projector", "loudspeaker", "computer_laptop"], table["Catégorie"].Cast<string>());
        Assert.Equal([11L, 7L, 6L, 3L], table["Unités"].Cast<long>());
        Assert.Equal([2L, 3L, 1L, 1L], table["Lignes"].Cast<long>());
        Assert.Equal(7.0 / 27.0, (double)table["Part des unités"][1]!, 12);
        Assert.Equal("Vidéoprojecteur", table["Libellé"][1]);
        Assert.Equal("image", table["Famille"][1]);
    }

    [Fact]
    public void Stock_by_status_lists_every_status_in_order()
    {
        var table = InventoryAnalysis.StockByStatus(Items);
        Assert.Equal(["en service", "en stock", "hors service", "à réparer", "prêté"], table["Statut"].Cast<string>());
        Assert.Equal([11L, 3L, 3L, 10L, 0L], table["Unités"].Cast<long>());
        Assert.Equal(1.0, table["Part des unités"].Cast<double>().Sum(), 12);
    }

    [Fact]
    public void Stock_by_age_class_counts_from_the_injected_reference_year()
    {
        var table = InventoryAnalysis.StockByAgeClass(Items, referenceYear: 2025);
        Assert.Equal(["0 à 2 ans", "3 à 5 ans", "6 à 9 ans", "10 à 14 ans", "15 ans et plus", "âge inconnu"], table["Classe d'âge"].Cast<string>());
        // 2024 → 1 (0–2); 2022, 2020 → 3 and 5 (3–5); 2019, 2016 → 6 and 9; 2012 → 13; no year → unknown.
        Assert.Equal([1L, 14L, 3L, 6L, 0L, 3L], table["Unités"].Cast<long>());

        var later = InventoryAnalysis.StockByAgeClass(Items, referenceYear: 2031);
        Assert.Equal([0L, 0L, 5L, 11L, 8L, 3L], later["Unités"].Cast<long>());
    }

    [Fact]
    public void Idle_stock_is_in_stock_or_used_two_months_or_less_and_says_why()
    {
        var idle = IdleStock.Find(Items);
        Assert.Equal([3, 4, 8], idle.Select(i => i.Item.Source.Row));
        Assert.Equal("en stock", idle[0].Explanation);
        Assert.Equal("en service mais utilisé 1 mois par an (seuil : 2 mois par an au plus)", idle[1].Explanation);
        Assert.Equal("en stock, jamais utilisé (0 mois par an)", idle[2].Explanation);

        var stricter = IdleStock.Find(Items, new IdleStockOptions { MaxMonthsUsedPerYear = 0.5 });
        Assert.Equal([3, 8], stricter.Select(i => i.Item.Source.Row));

        var table = InventoryAnalysis.IdleStock(Items);
        Assert.Equal(3, table.Rows.Count);
        Assert.Equal("inventaire.csv, ligne 4", table["Source"][1]);
    }

    [Fact]
    public void Utilisation_by_institution_type_weights_months_by_units_and_excludes_out_of_service()
    {
        var table = InventoryAnalysis.Utilisation(Items, [Louvre, FracBretagne, Ecole], UtilisationGrouping.InstitutionType);
        Assert.Equal(["musée", "frac", "école d'art", "établissement inconnu"], table["Type d'établissement"].Cast<string>());
        Assert.Equal([12L, 4L, 10L, 1L], table["Unités"].Cast<long>());
        // Musée: (4 × 10 + 6 × 1) / 10 units with known months; the stock line has no usage.
        Assert.Equal(4.6, (double)table["Mois d'utilisation moyens"][0]!, 12);
        Assert.Equal(2L, table["Unités à usage inconnu"][0]);
        Assert.Equal(8L, table["Unités inactives"][0]);
        Assert.Equal(8.0 / 12.0, (double)table["Part inactive"][0]!, 12);
        // FRAC: the broken laptops are out of service, the projector's usage is unknown.
        Assert.Equal(3L, table["Unités hors service"][1]);
        Assert.Null(table["Mois d'utilisation moyens"][1]);
        Assert.Equal(0.0, table["Part inactive"][1]);
    }

    [Fact]
    public void Utilisation_by_region_sorts_regions_in_French_order()
    {
        var table = InventoryAnalysis.Utilisation(Items, [Louvre, FracBretagne, Ecole], UtilisationGrouping.Region);
        Assert.Equal(["Bretagne", "Île-de-France", "établissement inconnu"], table["Région"].Cast<string>());
        Assert.Equal([2, 1, 1], table["Établissements"].Cast<int>());
    }

    [Fact]
    public void Age_pyramid_has_every_family_or_status_column_and_a_total()
    {
        var byFamily = InventoryAnalysis.AgePyramid(Items, 2025);
        Assert.Equal(["Classe d'âge", "Image", "Diffusion", "Informatique", "Audio", "Captation", "Interactif", "Scène", "Autre", "Total"],
            byFamily.Columns.Select(c => c.Name));
        Assert.Equal([1L, 4L, 2L, 0L, 0L, 0L], byFamily["Image"].Cast<long>());
        Assert.Equal([0L, 0L, 0L, 6L, 0L, 0L], byFamily["Audio"].Cast<long>());
        Assert.Equal([1L, 14L, 3L, 6L, 0L, 3L], byFamily["Total"].Cast<long>());

        var byStatus = InventoryAnalysis.AgePyramid(Items, 2025, AgePyramidBreakdown.Status);
        Assert.Equal(["Classe d'âge", "En service", "En stock", "Hors service", "À réparer", "Prêté", "Total"], byStatus.Columns.Select(c => c.Name));
        Assert.Equal(3L, byStatus["Hors service"][5]);
    }

    [Fact]
    public void Age_classes_reject_bounds_that_do_not_start_at_zero_or_do_not_increase()
    {
        Assert.Throws<ArgumentException>(() => new AgeClasses(1, 5));
        Assert.Throws<ArgumentException>(() => new AgeClasses(0, 5, 5));
        Assert.Equal(["0 an", "1 à 4 ans", "5 ans et plus", "âge inconnu"], new AgeClasses(0, 1, 5).Labels);
    }
}
