using System.Text;
using Ressourcerie.Analytics.SampleData;

namespace Ressourcerie.Analytics.Tests.SampleData;

public class SampleDataGeneratorTests
{
    private static Dictionary<string, byte[]> GenerateInMemory(SampleDataOptions options, out SampleDataSummary summary)
    {
        var streams = new Dictionary<string, MemoryStream>(StringComparer.Ordinal);
        summary = SampleDataGenerator.Generate(options, name => streams[name] = new MemoryStream());
        return streams.ToDictionary(s => s.Key, s => s.Value.ToArray(), StringComparer.Ordinal);
    }

    private static Dictionary<string, byte[]> GenerateInMemory(SampleDataOptions options) => GenerateInMemory(options, out _);

    [Fact]
    public void Same_seed_gives_identical_bytes_in_every_file()
    {
        var first = GenerateInMemory(SampleDataOptions.Sample);
        var second = GenerateInMemory(SampleDataOptions.Sample);

        Assert.Equal(SampleDataGenerator.Files.Order(), first.Keys.Order());
        foreach (var file in SampleDataGenerator.Files) Assert.Equal(first[file], second[file]);
    }

    [Fact]
    public void Another_seed_gives_different_data_in_every_file()
    {
        var first = GenerateInMemory(SampleDataOptions.Sample);
        var other = GenerateInMemory(SampleDataOptions.Sample with { Seed = 2024 });

        foreach (var file in SampleDataGenerator.Files) Assert.NotEqual(first[file], other[file]);
    }

    [Fact]
    public void Committed_sample_is_exactly_the_output_of_the_sample_preset()
    {
        var generated = GenerateInMemory(SampleDataOptions.Sample);

        foreach (var file in SampleDataGenerator.Files)
        {
            var committed = File.ReadAllBytes(Path.Combine(RepositoryPaths.SampleData, file));
            Assert.True(committed.AsSpan().SequenceEqual(generated[file]),
                $"data/sample/{file} differs from the generator's output: regenerate it with the command of data/sample/README.md, never edit it by hand.");
        }
    }

    [Fact]
    public void Files_are_written_like_a_French_Excel_export()
    {
        var files = GenerateInMemory(SampleDataOptions.Sample);

        foreach (var (name, bytes) in files)
        {
            Assert.True(bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble), $"{name} has no UTF-8 byte-order mark");
            string text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
            string header = text[..text.IndexOf('\n')];
            Assert.EndsWith("\r", header);
            Assert.Contains(';', header);
        }
        string inventory = Encoding.UTF8.GetString(files[SampleDataGenerator.InventoryFile]);
        Assert.Matches(@";\d+,\d\d\r\n", inventory);
        string needs = Encoding.UTF8.GetString(files[SampleDataGenerator.NeedsFile]);
        Assert.Matches(@";\d\d/\d\d/\d{4};\d\d/\d\d/\d{4};", needs);
    }

    [Fact]
    public void Planted_defects_are_few_and_sit_where_the_summary_says()
    {
        var files = GenerateInMemory(SampleDataOptions.Sample, out var summary);

        Assert.InRange(summary.PlantedDefects.Count, 5, 10);
        Assert.Equal(
            [SampleDataGenerator.InstitutionsFile, SampleDataGenerator.InventoryFile, SampleDataGenerator.NeedsFile, SampleDataGenerator.InterviewsFile],
            summary.PlantedDefects.Select(d => d.File).Distinct());
        foreach (var defect in summary.PlantedDefects)
        {
            var table = CsvTable.Read(files[defect.File], defect.File);
            var row = Assert.Single(table.Rows, r => r.Number == defect.Row);
            Assert.Equal(defect.WrittenValue.Trim(), table.Cell(row, defect.Column));
        }
    }

    [Fact]
    public void Without_defects_no_quantity_is_empty_and_no_old_region_appears()
    {
        var files = GenerateInMemory(SampleDataOptions.Sample with { PlantDefects = false }, out var summary);

        Assert.Empty(summary.PlantedDefects);
        var inventory = CsvTable.Read(files[SampleDataGenerator.InventoryFile], SampleDataGenerator.InventoryFile);
        Assert.DoesNotContain("", inventory.Column("Quantité"));
        Assert.DoesNotContain("HS", inventory.Column("Statut"));
        var institutions = CsvTable.Read(files[SampleDataGenerator.InstitutionsFile], SampleDataGenerator.InstitutionsFile);
        Assert.All(institutions.Column("Région"), region => Assert.Contains(region, SampleDataFacts.CurrentRegions));
    }

    [Fact]
    public void Summary_counts_match_the_rows_read_back()
    {
        var files = GenerateInMemory(SampleDataOptions.Sample, out var summary);

        int Rows(string file) => CsvTable.Read(files[file], file).Rows.Count;
        Assert.Equal(summary.Institutions, Rows(SampleDataGenerator.InstitutionsFile));
        Assert.Equal(summary.InventoryLines, Rows(SampleDataGenerator.InventoryFile));
        Assert.Equal(summary.Needs, Rows(SampleDataGenerator.NeedsFile));
        Assert.Equal(summary.Interviews, Rows(SampleDataGenerator.InterviewsFile));
        Assert.Equal(summary.CodedSegments, Rows(SampleDataGenerator.CodingsFile));
    }

    [Fact]
    public void Scale_options_grow_needs_with_institutions_and_keep_a_qualitative_number_of_interviews()
    {
        var options = SampleDataOptions.ForScale(institutions: 300, itemsPerInstitution: 12, seed: 5);
        var files = GenerateInMemory(options, out var summary);

        Assert.Equal(300, summary.Institutions);
        Assert.InRange(summary.InventoryLines, 300 * 12 * 0.85, 300 * 12 * 1.15);
        Assert.InRange(summary.Needs / 300.0, 6.0, 8.0);
        Assert.InRange(summary.Interviews, 20, 40);
        var institutions = CsvTable.Read(files[SampleDataGenerator.InstitutionsFile], SampleDataGenerator.InstitutionsFile);
        Assert.Equal(300, institutions.Column("Identifiant").Distinct().Count());
        Assert.Equal(300, institutions.Column("Nom").Distinct().Count());
        Assert.Equal(20, SampleDataOptions.InterviewsForScale(40));
        Assert.Equal(40, SampleDataOptions.InterviewsForScale(100_000));
    }

    [Fact]
    public void Options_that_cannot_be_generated_are_refused_in_French()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            SampleDataGenerator.Generate(SampleDataOptions.Sample with { Institutions = 0, NeedsTo = new DateOnly(2022, 1, 1) }, _ => new MemoryStream()));

        Assert.Contains("établissements", error.Message);
        Assert.Contains("période des besoins est vide", error.Message);
    }
}
