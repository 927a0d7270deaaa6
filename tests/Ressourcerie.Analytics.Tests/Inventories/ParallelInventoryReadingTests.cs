using System.Text;
using Ressourcerie.Analytics.Ingestion;
using Ressourcerie.Analytics.Inventories;
using Ressourcerie.Analytics.Tests.TestSupport;

namespace Ressourcerie.Analytics.Tests.Inventories;

/// <summary>
/// A CSV inventory is validated on several threads, batch by batch: what it gives must be exactly what
/// the plain loop gives (the same lines in the same order, the same issues in the same order, the same counts).
/// </summary>
public class ParallelInventoryReadingTests
{
    private static readonly InstitutionIndex Index = new(
    [
        new Institution("MUS-001", "Musée", InstitutionType.Musee, null, null, null, null, null),
        new Institution("FRAC-NA", "Frac", InstitutionType.Frac, null, null, null, null, null),
        new Institution("CAC-LYON", "Centre d'art", InstitutionType.CentreDArt, null, null, null, null, null),
    ]);

    private const string Header = "etablissement_id;categorie;libelle;marque;modele;quantite;annee_acquisition;statut;mois_utilisation_par_an;prix_achat_eur\n";

    /// <summary>
    /// 20,000 lines (about ten batches of the parsing thread) with, every few hundred lines, each
    /// kind of mistake a hand-made file holds: unknown or loosely written institution, unknown and
    /// vague category, bad or empty quantity, full date for a year, unknown status, out-of-range
    /// months, bad price, an Excel error, a NUL character, a repeated header, a misaligned line, blank lines.
    /// </summary>
    private static string DirtyInventory(string? tail = null)
    {
        string[] ids = ["MUS-001", "FRAC-NA", "CAC-LYON"];
        string[] categories = ["Vidéoprojecteur", "écran", "casque", "video_projector", "Enceinte"];
        var text = new StringBuilder(Header);
        for (int i = 1; i <= 20_000; i++)
        {
            string id = ids[i % 3], category = categories[i % 5], label = $"Article {i % 37}", quantity = (1 + i % 4).ToString();
            string year = (2000 + i % 20).ToString(), status = "en service", months = "6", price = "1 250,50";
            switch (i % 997)
            {
                case 1: id = "MUS-999"; break;
                case 2: id = "mus 001"; break;
                case 3: category = "Vidéoprojecteurz"; break;
                case 4: category = "matériel"; label = ""; break;
                case 5: quantity = "deux"; break;
                case 6: quantity = ""; break;
                case 7: year = "12/05/2019"; break;
                case 8: status = "en stok"; break;
                case 9: months = "14"; break;
                case 10: price = "1,2,3"; break;
                case 11: price = "#N/A"; break;
                case 12: text.Append(Header); break;
                case 13: text.Append("MUS-001;display;Écran\n"); continue;
                case 14: text.Append(";;;;;;;;;\n"); break;
                case 15: year = "1975"; break;
                case 16: label = "Arti\0cle"; break;
            }
            text.Append($"{id};{category};{label};Epson;EB-{i % 11};{quantity};{year};{status};{months};{price}\n");
        }
        return text.Append(tail).ToString();
    }

    private static (List<InventoryItem> Items, DataQualityReport Report) Read(string csv, int workers)
    {
        var report = new DataQualityReport();
        report.RegisterFile("inventaire.csv");
        using var reader = TabularFile.Open(new MemoryStream(Encoding.UTF8.GetBytes(csv)), "inventaire.csv");
        Assert.IsType<CsvTabularReader>(reader);
        var items = InventoryReader.Read(reader, report, Index, FixedClock.Options(2025), workers);
        return (items, report);
    }

    private static void AssertSameResults((List<InventoryItem> Items, DataQualityReport Report) expected, (List<InventoryItem> Items, DataQualityReport Report) actual)
    {
        Assert.Equal(expected.Items, actual.Items);
        Assert.Equal(expected.Report.Issues, actual.Report.Issues);
        Assert.Equal(expected.Report.Files.Keys, actual.Report.Files.Keys);
        foreach (var (file, counts) in expected.Report.Files)
        {
            var other = actual.Report.Files[file];
            Assert.Equal((counts.RowsRead, counts.RowsAccepted, counts.RowsRejected), (other.RowsRead, other.RowsAccepted, other.RowsRejected));
        }
        Assert.True(actual.Report.IsBalanced);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public void A_dirty_file_read_on_several_threads_gives_the_lines_issues_and_counts_of_the_plain_loop(int workers)
    {
        var csv = DirtyInventory();
        var sequential = Read(csv, workers: 1);

        // The file exercises every rule across batches: rejected and corrected lines throughout.
        Assert.True(sequential.Report.ErrorCount > 150, $"{sequential.Report.ErrorCount} erreurs");
        Assert.True(sequential.Report.WarningCount > 80, $"{sequential.Report.WarningCount} avertissements");
        Assert.True(sequential.Report.Issues[^1].Row > 19_000);
        Assert.Contains(sequential.Report.Issues, i => i.Suggestion is not null);
        Assert.Equal(21, sequential.Report.Issues.Count(i => i.Message.Contains("octets nuls")));

        AssertSameResults(sequential, Read(csv, workers));
    }

    [Fact]
    public void A_rule_that_fails_on_one_thread_stops_every_worker_and_its_exception_reaches_the_caller()
    {
        using var reader = (CsvTabularReader)TabularFile.Open(new MemoryStream(Encoding.UTF8.GetBytes(DirtyInventory())), "inventaire.csv");
        var report = new DataQualityReport();
        var columns = ColumnMap.Resolve(reader.Headers, InventoryReader.Columns, reader.File, report);

        var error = Assert.Throws<InvalidOperationException>(() => ParallelRecords.Read<string>(reader, columns, report,
            row => () => row.Row == 12_345 ? throw new InvalidOperationException("règle en défaut") : "ligne",
            workers: 2));

        Assert.Equal("règle en défaut", error.Message);
    }

    [Fact]
    public void A_file_that_breaks_off_keeps_the_lines_before_the_break_and_reports_it_last_on_several_threads()
    {
        var csv = DirtyInventory(tail: "MUS-001;\"" + new string('x', CsvTabularReader.MaxRecordChars + 10));
        var sequential = Read(csv, workers: 1);
        Assert.Contains("La lecture s'arrête", sequential.Report.Issues[^1].Message);

        AssertSameResults(sequential, Read(csv, workers: 2));
    }

    [Fact]
    public void A_file_with_only_its_header_is_said_empty_on_several_threads_as_in_the_plain_loop()
    {
        var sequential = Read(Header, workers: 1);
        Assert.Contains("Aucune ligne de données", Assert.Single(sequential.Report.Issues).Message);

        AssertSameResults(sequential, Read(Header, workers: 2));
    }

    [Fact]
    public void A_file_without_quantity_column_warns_once_before_its_lines_on_several_threads()
    {
        var csv = "etablissement_id;categorie;statut\n" + string.Concat(Enumerable.Range(0, 5000).Select(i => i % 700 == 0 ? "MUS-001;écran;perdu\n" : "MUS-001;écran;en stock\n"));
        var sequential = Read(csv, workers: 1);
        Assert.Contains("Quantité", sequential.Report.Issues[0].Message);

        AssertSameResults(sequential, Read(csv, workers: 2));
    }
}
