namespace Ressourcerie.Analytics.Tests.TestSupport;

/// <summary>Paths of the fixtures copied beside the test assembly.</summary>
public static class Fixtures
{
    public static string Path(params string[] parts) =>
        System.IO.Path.Combine([AppContext.BaseDirectory, "Fixtures", .. parts]);

    public static string FrenchExcel => Path("Ingestion", "french-excel");
}
