namespace Ressourcerie.Analytics.SampleData;

/// <summary>
/// A real French commune where synthetic institutions are placed: its current region, the region's
/// name before the 2016 reform when it changed (used to plant the "old region name" defect), its
/// coordinates, and a weight (how many cultural institutions one expects there, roughly).
/// </summary>
internal sealed record Commune(string Name, string Region, string? FormerRegion, double Latitude, double Longitude, int Weight);
