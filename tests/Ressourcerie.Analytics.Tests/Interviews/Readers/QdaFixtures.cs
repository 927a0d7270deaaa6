namespace Ressourcerie.Analytics.Tests.Interviews.Readers;

/// <summary>Paths of the QDA fixtures copied to the test output (see Fixtures/Qda/SOURCE.md).</summary>
internal static class QdaFixtures
{
    public static string Path(params string[] parts) =>
        System.IO.Path.Combine([AppContext.BaseDirectory, "Fixtures", "Qda", .. parts]);
}
