using System.Text;
using Ressourcerie.Analytics.Ingestion;
using Ressourcerie.Analytics.Inventories;
using Ressourcerie.Analytics.Tests.TestSupport;

namespace Ressourcerie.Analytics.Tests.Ingestion;

/// <summary>CSV files as they arrive: any of the usual encodings and delimiters, headers spelled every way.</summary>
public class CsvDetectionTests
{
    private const string Content =
        "etablissement_id;categorie;libelle;quantite;prix_achat_eur\r\n" +
        "MUS-1;Vidéoprojecteur;Écran « salle Œuvres »;2;1 250,50 €\r\n";

    private static (List<InventoryItem> Items, DataQualityReport Report) ReadInventory(string path)
    {
        var report = new DataQualityReport();
        var items = InventoryReader.Read(path, report, institutions: null, FixedClock.Options(2025));
        Assert.True(report.IsBalanced);
        return (items, report);
    }

    public static TheoryData<string> Encodings => ["utf-8-bom", "utf-8", "windows-1252", "utf-16le-bom", "utf-16be-bom"];

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Every_usual_encoding_is_detected(string name)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        Encoding encoding = name switch
        {
            "utf-8-bom" => new UTF8Encoding(true),
            "utf-8" => new UTF8Encoding(false),
            "windows-1252" => Encoding.GetEncoding(1252),
            "utf-16le-bom" => new UnicodeEncoding(bigEndian: false, byteOrderMark: true),
            _ => new UnicodeEncoding(bigEndian: true, byteOrderMark: true),
        };
        using var folder = new TempFolder();
        var (items, report) = ReadInventory(folder.Write("inventaire.csv", Content, encoding));

        var item = Assert.Single(items);
        Assert.Equal(("MUS-1", "video_projector", "Écran « salle Œuvres »", 2, 1250.50m), (item.InstitutionId, item.CategoryId, item.Label, item.Quantity, item.PurchasePriceEur));
        Assert.Empty(report.Issues);
    }

    [Theory]
    [InlineData(";")]
    [InlineData(",")]
    [InlineData("\t")]
    public void Delimiter_is_detected_and_quoted_delimiters_stay_in_their_cell(string delimiter)
    {
        var d = delimiter;
        var text =
            $"etablissement_id{d}categorie{d}libelle{d}quantite{d}prix_achat_eur\n" +
            $"MUS-1{d}VP{d}\"Salle A{d} mur nord\"{d}2{d}\"1 250,50\"\n" +
            $"MUS-2{d}Enceinte{d}Hall{d}4{d}300\n";
        using var folder = new TempFolder();
        var (items, report) = ReadInventory(folder.Write("inventaire.csv", text));

        Assert.Empty(report.Issues);
        Assert.Equal($"Salle A{d} mur nord", items[0].Label);
        Assert.Equal(1250.50m, items[0].PurchasePriceEur);
        Assert.Equal(("MUS-2", 4, 3), (items[1].InstitutionId, items[1].Quantity, items[1].Source.Row));
    }

    [Fact]
    public void A_multi_line_quoted_cell_is_one_row_and_the_next_rows_keep_their_spreadsheet_numbers()
    {
        var text =
            "etablissement_id;categorie;libelle;quantite\n" +
            "MUS-1;VP;\"Salle A\nmur nord\n(au-dessus de l'entrée)\";2\n" +
            "MUS-1;Enceinte;Hall;abc\n";
        using var folder = new TempFolder();
        var (items, report) = ReadInventory(folder.Write("inventaire.csv", text));

        Assert.Equal("Salle A\nmur nord\n(au-dessus de l'entrée)", Assert.Single(items).Label);
        var error = Assert.Single(report.Issues);
        Assert.Equal((3, "quantite"), (error.Row, error.Column));
    }

    [Theory]
    [InlineData("IDENTIFIANT ÉTABLISSEMENT;CATÉGORIE;QUANTITÉ;PRIX D'ACHAT (€)")]
    [InlineData("Identifiant etablissement;Categorie;Quantite;Prix d'achat")]
    [InlineData("institution_id;category;qty;purchase price")]
    [InlineData("Établissement;Type de matériel;Qté;Prix (€)")]
    [InlineData(" etablissement-id ;Catégorie ;nb;prix_achat_eur")]
    public void Headers_match_in_French_English_any_case_and_accents(string header)
    {
        using var folder = new TempFolder();
        var (items, report) = ReadInventory(folder.Write("inventaire.csv", header + "\nMUS-1;Tablette;3;450,00\n"));

        var item = Assert.Single(items);
        Assert.Equal(("MUS-1", "tablet", 3, 450m), (item.InstitutionId, item.CategoryId, item.Quantity, item.PurchasePriceEur));
        Assert.Empty(report.Issues);
    }

    [Fact]
    public void Extra_columns_are_ignored_without_any_issue()
    {
        using var folder = new TempFolder();
        var (items, report) = ReadInventory(folder.Write("inventaire.csv", "N° d'inventaire;etablissement_id;Commentaire;categorie;quantite\n2019-001;MUS-1;à vérifier;Tablette;1\n"));
        Assert.Equal("tablet", Assert.Single(items).CategoryId);
        Assert.Empty(report.Issues);
    }

    [Fact]
    public void A_missing_required_column_is_one_error_on_row_0_and_no_row_is_counted()
    {
        using var folder = new TempFolder();
        var (items, report) = ReadInventory(folder.Write("inventaire.csv", "etablissement_id;libelle;quantite\nMUS-1;VP;2\nMUS-2;VP;3\n"));

        Assert.Empty(items);
        var error = Assert.Single(report.Issues);
        Assert.Equal((0, IssueSeverity.Error, "Catégorie"), (error.Row, error.Severity, error.Column));
        Assert.Contains("Colonne obligatoire absente", error.Message);
        Assert.Equal(0, report.RowsRead);
    }

    [Fact]
    public void A_title_row_above_the_table_is_explained()
    {
        using var folder = new TempFolder();
        var (_, report) = ReadInventory(folder.Write("inventaire.csv", "Inventaire du musée 2024\netablissement_id;categorie\nMUS-1;VP\n"));
        Assert.All(report.Issues, i => Assert.Contains("supprimez les lignes de titre", i.Message));
        Assert.Equal(0, report.RowsRead);
    }

    [Fact]
    public void Blank_lines_are_skipped_and_not_counted()
    {
        using var folder = new TempFolder();
        var (items, report) = ReadInventory(folder.Write("inventaire.csv", "etablissement_id;categorie\n\nMUS-1;VP\n;;\n\nMUS-2;VP\n"));
        Assert.Equal([3, 6], items.Select(i => i.Source.Row));
        Assert.Equal(2, report.RowsRead);
    }

    [Fact]
    public void A_line_with_fewer_fields_than_the_header_is_accepted_with_a_warning()
    {
        using var folder = new TempFolder();
        var (items, report) = ReadInventory(folder.Write("inventaire.csv", "etablissement_id;categorie;libelle;quantite\nMUS-1;VP;Salle A\n"));

        Assert.Single(items);
        var warnings = report.Issues.Where(i => i.Severity == IssueSeverity.Warning).Select(i => i.Message).ToList();
        Assert.Contains(warnings, m => m.Contains("3 champs alors que l'en-tête en a 4"));
    }

    [Fact]
    public void Excel_errors_exported_as_text_are_rejected_naming_the_error()
    {
        using var folder = new TempFolder();
        var (items, report) = ReadInventory(folder.Write("inventaire.csv", "etablissement_id;categorie;quantite\nMUS-1;#N/A;2\nMUS-1;VP;#VALEUR!\n"));

        Assert.Empty(items);
        Assert.Equal(
            [(2, "categorie", "#N/A"), (3, "quantite", "#VALEUR!")],
            report.Issues.Select(i => (i.Row, i.Column, i.Message.Split('«', '»')[1].Trim())));
    }
}
