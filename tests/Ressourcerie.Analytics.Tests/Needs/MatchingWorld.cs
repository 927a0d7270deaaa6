using Ressourcerie.Analytics.Ingestion;
using Ressourcerie.Analytics.Inventories;
using Ressourcerie.Analytics.Needs;

namespace Ressourcerie.Analytics.Tests.Needs;

/// <summary>Small worlds of institutions, idle items and needs for the matching tests.</summary>
internal sealed class MatchingWorld
{
    public static readonly GeoPoint Paris = new(48.8566, 2.3522);
    public static readonly GeoPoint Lyon = new(45.7640, 4.8357);
    public static readonly GeoPoint Marseille = new(43.2965, 5.3698);
    public static readonly GeoPoint Lille = new(50.6292, 3.0573);

    public List<Institution> Institutions { get; } = [];
    public List<InventoryItem> Items { get; } = [];
    public List<Need> Needs { get; } = [];

    public MatchingWorld Institution(string id, GeoPoint? location, string? region = null)
    {
        Institutions.Add(new Institution(id, id, InstitutionType.Musee, null, region, location, 10, 3));
        return this;
    }

    public MatchingWorld Idle(string institution, string category, int quantity, EquipmentStatus status = EquipmentStatus.EnStock, double? months = null)
    {
        Items.Add(new InventoryItem(institution, category, null, null, null, quantity, 2020, status, months, null, new SourceLocation("inventaire.csv", Items.Count + 2)));
        return this;
    }

    public MatchingWorld Need(string institution, string category, int quantity, string start, string end, string? project = null)
    {
        Needs.Add(new Need(institution, category, quantity, DateOnly.Parse(start), DateOnly.Parse(end), project, new SourceLocation("besoins.csv", Needs.Count + 2)));
        return this;
    }

    public LoanMatchingRun Run(MatchingOptions? options = null) => LoanMatcher.Run(Institutions, Items, Needs, options);
}
