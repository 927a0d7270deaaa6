using Ressourcerie.Analytics.Inventories;

namespace Ressourcerie.Analytics.Tests.Needs;

/// <summary>Seeded random worlds: institutions scattered over a 330 × 300 km area of central France.</summary>
internal static class RandomWorlds
{
    public static MatchingWorld Create(int seed, int institutions, int needs, int maxQuantity, int maxUnits = 3, int categories = 2, int horizonDays = 60)
    {
        var random = new Random(seed);
        var world = new MatchingWorld();
        string[] categoryIds = ["video_projector", "display", "loudspeaker", "tablet"];
        for (int i = 0; i < institutions; i++)
        {
            var point = new GeoPoint(45.5 + random.NextDouble() * 2.7, 1.0 + random.NextDouble() * 4.0);
            world.Institution($"I{i:D3}", point, i % 2 == 0 ? "Centre-Val de Loire" : "Auvergne-Rhône-Alpes");
            for (int c = 0; c < categories; c++)
                if (random.NextDouble() < 0.5) world.Idle($"I{i:D3}", categoryIds[c], 1 + random.Next(maxUnits));
        }
        var origin = new DateOnly(2024, 1, 1);
        for (int n = 0; n < needs; n++)
        {
            var start = origin.AddDays(random.Next(horizonDays));
            var end = start.AddDays(random.Next(15));
            world.Need($"I{random.Next(institutions):D3}", categoryIds[random.Next(categories)], 1 + random.Next(maxQuantity),
                start.ToString("yyyy-MM-dd"), end.ToString("yyyy-MM-dd"), $"P{n}");
        }
        return world;
    }
}
