using System.Globalization;
using System.Reflection;

namespace Ressourcerie.Analytics.Reporting.Charts;

/// <summary>
/// The simplified outline of metropolitan France and Corsica (embedded resource
/// <c>Resources/geo/france-metropole-outline.csv</c>; its SOURCE.md says how it was drawn).
/// </summary>
public static class FranceOutline
{
    private const string ResourceName = "Ressourcerie.Resources.geo/france-metropole-outline.csv";

    private static readonly Lazy<IReadOnlyList<IReadOnlyList<(double Longitude, double Latitude)>>> Cached = new(Load);

    /// <summary>Closed polygons (first vertex not repeated), metropole first, then Corsica.</summary>
    public static IReadOnlyList<IReadOnlyList<(double Longitude, double Latitude)>> Polygons => Cached.Value;

    private static IReadOnlyList<IReadOnlyList<(double Longitude, double Latitude)>> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Ressource absente : {ResourceName}");
        using var reader = new StreamReader(stream);
        reader.ReadLine();
        var polygons = new List<(string Name, List<(double, double)> Points)>();
        for (string? line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            if (line.Length == 0) continue;
            var fields = line.Split(',', 4);
            if (polygons.Count == 0 || polygons[^1].Name != fields[0]) polygons.Add((fields[0], []));
            polygons[^1].Points.Add((double.Parse(fields[1], CultureInfo.InvariantCulture), double.Parse(fields[2], CultureInfo.InvariantCulture)));
        }
        return [.. polygons.Select(p => (IReadOnlyList<(double, double)>)p.Points)];
    }
}
