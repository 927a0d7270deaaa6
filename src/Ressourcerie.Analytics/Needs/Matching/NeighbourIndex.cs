using Ressourcerie.Analytics.Inventories;

namespace Ressourcerie.Analytics.Needs.Matching;

/// <summary>
/// The institutions within a maximum distance of each other, nearest first. Points are sorted by
/// latitude and only those in the latitude band that the distance allows are measured: a degree of
/// latitude is never shorter than R·π/180 km along a great circle, so the band loses no neighbour
/// (the haversine then decides). Ties in distance are broken by institution index, for determinism.
/// </summary>
internal sealed class NeighbourIndex
{
    private readonly GeoPoint?[] _points;
    private readonly int[] _byLatitude;
    private readonly double[] _latitudes;
    private readonly double _maxKm;
    private readonly Dictionary<int, (int[] Ids, double[] Km)> _cache = [];

    public NeighbourIndex(GeoPoint?[] points, double maxKm)
    {
        _points = points;
        _maxKm = maxKm;
        _byLatitude = Enumerable.Range(0, points.Length).Where(i => points[i] is not null)
            .OrderBy(i => points[i]!.Value.Latitude).ThenBy(i => i).ToArray();
        _latitudes = _byLatitude.Select(i => points[i]!.Value.Latitude).ToArray();
    }

    /// <summary>Institutions other than <paramref name="institution"/> within the maximum distance, nearest first.</summary>
    public (int[] Ids, double[] Km) Of(int institution)
    {
        if (_cache.TryGetValue(institution, out var cached)) return cached;
        var origin = _points[institution];
        if (origin is null) return _cache[institution] = ([], []);
        double band = _maxKm / (GeoPoint.EarthRadiusKm * Math.PI / 180.0);
        int from = LowerBound(origin.Value.Latitude - band);
        var found = new List<(double Km, int Id)>();
        for (int i = from; i < _byLatitude.Length && _latitudes[i] <= origin.Value.Latitude + band; i++)
        {
            int other = _byLatitude[i];
            if (other == institution) continue;
            double km = origin.Value.DistanceKmTo(_points[other]!.Value);
            if (km <= _maxKm) found.Add((km, other));
        }
        found.Sort();
        var result = (found.Select(f => f.Id).ToArray(), found.Select(f => f.Km).ToArray());
        _cache[institution] = result;
        return result;
    }

    /// <summary>The nearest of <paramref name="candidates"/> to <paramref name="institution"/> whatever the distance, or null.</summary>
    public double? NearestKm(int institution, IEnumerable<int> candidates)
    {
        if (_points[institution] is not { } origin) return null;
        double? best = null;
        foreach (int c in candidates)
        {
            if (c == institution || _points[c] is not { } p) continue;
            double km = origin.DistanceKmTo(p);
            if (best is null || km < best) best = km;
        }
        return best;
    }

    private int LowerBound(double latitude)
    {
        int lo = 0, hi = _latitudes.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_latitudes[mid] < latitude) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
