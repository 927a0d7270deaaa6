using Ressourcerie.Analytics.SampleData;

namespace Ressourcerie.Analytics.Tests.SampleData;

/// <summary>The committed <c>data/sample</c> files, read once through the tabular layer for all content tests.</summary>
public sealed class CommittedSample
{
    public CommittedSample()
    {
        CsvTable Read(string file) => CsvTable.Read(Path.Combine(RepositoryPaths.SampleData, file));
        Institutions = Read(SampleDataGenerator.InstitutionsFile);
        Inventory = Read(SampleDataGenerator.InventoryFile);
        Needs = Read(SampleDataGenerator.NeedsFile);
        Interviews = Read(SampleDataGenerator.InterviewsFile);
        Codings = Read(SampleDataGenerator.CodingsFile);
    }

    internal CsvTable Institutions { get; }

    internal CsvTable Inventory { get; }

    internal CsvTable Needs { get; }

    internal CsvTable Interviews { get; }

    internal CsvTable Codings { get; }
}
