namespace Ressourcerie.Analytics.Inventories;

/// <summary>A WGS84 position in decimal degrees.</summary>
public readonly record struct GeoPoint(double Latitude, double Longitude)
{
    /// <summary>Mean Earth radius (IUGG), the usual constant for the haversine formula.</summary>
    public const double EarthRadiusKm = 6371.0088;

    /// <summary>Great-circle distance by the haversine formula.</summary>
    public double DistanceKmTo(GeoPoint other)
    {
        static double Rad(double deg) => deg * Math.PI / 180.0;
        double dLat = Rad(other.Latitude - Latitude);
        double dLon = Rad(other.Longitude - Longitude);
        double a = Math.Sin(dLat / 2) * Math.Sin(dLat / 2)
                 + Math.Cos(Rad(Latitude)) * Math.Cos(Rad(other.Latitude)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2);
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1.0, Math.Sqrt(a)));
    }

    /// <summary>
    /// True inside metropolitan France (with Corsica) or one of the overseas departments and
    /// collectivities, by generous bounding boxes: enough to catch swapped or mistyped coordinates.
    /// </summary>
    public bool IsInFrance
    {
        get
        {
            foreach (var b in FranceBoxes)
                if (Latitude >= b.South && Latitude <= b.North && Longitude >= b.West && Longitude <= b.East) return true;
            return false;
        }
    }

    private static readonly (double South, double North, double West, double East)[] FranceBoxes =
    [
        (41.2, 51.2, -5.3, 9.7),     // métropole et Corse
        (15.8, 16.6, -61.9, -60.9),  // Guadeloupe
        (14.3, 14.9, -61.3, -60.7),  // Martinique
        (2.0, 5.9, -54.7, -51.5),    // Guyane
        (-21.5, -20.8, 55.1, 55.9),  // La Réunion
        (-13.1, -12.5, 44.9, 45.4),  // Mayotte
        (46.7, 47.2, -56.5, -56.0),  // Saint-Pierre-et-Miquelon
        (17.8, 18.2, -63.2, -62.7),  // Saint-Martin, Saint-Barthélemy
        (-28.0, -7.0, -155.0, -134.0), // Polynésie française
        (-23.0, -19.5, 163.5, 168.2),  // Nouvelle-Calédonie
        (-14.5, -13.1, -178.3, -176.0), // Wallis-et-Futuna
    ];
}
