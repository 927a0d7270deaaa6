using System.Text.Json;
using Ressourcerie.Analytics.Ingestion;
using Ressourcerie.Analytics.Inventories;
using Ressourcerie.Analytics.Tests.TestSupport;
using static Ressourcerie.Analytics.Tests.TestSupport.CommandLine;

namespace Ressourcerie.Analytics.Tests.Cli;

public class ImportCommandTests
{
    private static string Export(string name) => Fixtures.Path("Inventories", name);

    [Fact]
    public void Json_counts_rows_names_the_date_order_and_lists_every_issue()
    {
        var (exit, output, error) = Run("import", Export("snipeit-assets-sample.csv"), "--institution", "CAC-QUAI", "--format", "json");

        Assert.Equal(0, exit);
        Assert.Equal("", error);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal("snipeit", root.GetProperty("format").GetString());
        Assert.Equal(22, root.GetProperty("rows_read").GetInt64());
        Assert.Equal(root.GetProperty("rows_read").GetInt64(), root.GetProperty("rows_accepted").GetInt64() + root.GetProperty("rows_rejected").GetInt64());
        Assert.Equal("mois-jour", root.GetProperty("date_order").GetString());
        var rejected = root.GetProperty("issues").EnumerateArray().Where(i => i.GetProperty("severity").GetString() == "error").ToList();
        Assert.Equal(23, Assert.Single(rejected).GetProperty("row").GetInt32());
    }

    [Fact]
    public void The_written_inventory_reads_back_through_our_own_layout_reader()
    {
        using var folder = new TempFolder();
        var target = folder.File("inventaire.csv");
        var (exit, output, _) = Run("import", Export("glpi-ordinateurs-fr.csv"), "--institution", "MBA-RENNES", "--out", target);

        Assert.Equal(0, exit);
        Assert.Contains("8 lignes d'inventaire écrites", output);
        var report = new DataQualityReport();
        var items = InventoryReader.Read(target, report, null);
        Assert.Equal(0, report.ErrorCount);
        Assert.Equal(8, items.Count);
        Assert.All(items, i => Assert.Equal("MBA-RENNES", i.InstitutionId));
        Assert.Equal(("computer_laptop", "MacBook Pro 13\"", 2020, EquipmentStatus.AReparer, 1899m),
            (items[2].CategoryId, items[2].Model, items[2].AcquisitionYear, items[2].Status, items[2].PurchasePriceEur));
    }

    [Fact]
    public void The_date_order_can_be_forced_from_the_command_line()
    {
        var (_, output, _) = Run("import", Export("snipeit-dates-francaises.csv"), "--institution", "X", "--date-order", "mois-jour", "--format", "json");
        using var json = JsonDocument.Parse(output);
        Assert.Equal("mois-jour", json.RootElement.GetProperty("date_order").GetString());
        Assert.Contains(json.RootElement.GetProperty("issues").EnumerateArray(), i => i.GetProperty("message").GetString()!.Contains("« 23/01/2021 » illisible"));
    }

    [Fact]
    public void Bad_input_exits_1_and_a_wrong_command_line_exits_2_without_a_stack_trace()
    {
        using var folder = new TempFolder();
        var other = folder.Write("autre.csv", "Colonne A;Colonne B\n1;2\n");
        var (exit, _, error) = Run("import", other);
        Assert.Equal(1, exit);
        Assert.Contains("Ni un export GLPI", error);

        (exit, _, error) = Run("import", folder.File("absent.csv"));
        Assert.Equal(1, exit);
        Assert.DoesNotContain("   at ", error);

        (exit, _, error) = Run("import", Export("glpi-peripheriques-en.csv"), "--glpi-type", "grille-pain");
        Assert.Equal(2, exit);
        Assert.Contains("--glpi-type « grille-pain » inconnu", error);
    }

    [Fact]
    public void Help_is_French_with_an_example()
    {
        var (exit, output, _) = Run("import", "--help");
        Assert.Equal(0, exit);
        Assert.Contains("Utilisation", output);
        Assert.Contains("Exemple", output);
    }
}
