using Ressourcerie.Analytics.Ingestion;

namespace Ressourcerie.Analytics.Inventories;

/// <summary>
/// Reads <c>institutions.csv</c> (or an <c>etablissements</c> sheet) of our layout: every row is
/// accepted, accepted with a correction (a warning: former region name, swapped coordinates, empty
/// type) or rejected (an error naming the row, the column and the closest valid value).
/// </summary>
public static class InstitutionReader
{
    public static IReadOnlyList<ColumnSpec> Columns { get; } =
    [
        new("etablissement_id", "Identifiant", true, "Identifiant établissement", "id", "institution_id", "institution id", "code", "code établissement", "identifier"),
        new("nom", "Nom", true, "Nom de l'établissement", "name", "institution", "établissement", "raison sociale", "nom officiel"),
        new("type", "Type", false, "Type d'établissement", "institution type", "catégorie d'établissement"),
        new("commune", "Commune", false, "ville", "city", "town", "localité", "municipality"),
        new("region", "Région", false, "region name", "nom région"),
        new("latitude", "Latitude", false, "lat"),
        new("longitude", "Longitude", false, "lon", "lng", "long"),
        new("effectif", "Effectif", false, "effectifs", "staff", "employees", "nombre de salariés", "personnel", "etp"),
        new("expositions_par_an", "Expositions par an", false, "expositions", "nombre d'expositions", "exhibitions per year", "exhibitions", "expositions annuelles"),
    ];

    public static List<Institution> Read(string path, DataQualityReport report)
    {
        using var reader = TabularFile.Open(path, preferredSheets: StudyInputRoles.NamesOf(StudyInputRole.Institutions));
        return Read(reader, report);
    }

    public static List<Institution> Read(TabularReader reader, DataQualityReport report)
    {
        var columns = ColumnMap.Resolve(reader.Headers, Columns, reader.File, report);
        if (!columns.IsComplete) return [];

        var row = new RowValidator(reader, columns, report);
        var id = row.Column("etablissement_id");
        var name = row.Column("nom");
        var type = row.Column("type");
        var commune = row.Column("commune");
        var region = row.Column("region");
        var latitude = row.Column("latitude");
        var longitude = row.Column("longitude");
        var staff = row.Column("effectif");
        var exhibitions = row.Column("expositions_par_an");
        var firstRowOfId = new Dictionary<string, int>(StringComparer.Ordinal);
        var firstIdOfKey = new Dictionary<string, (string Id, int Row)>(StringComparer.Ordinal);

        return [.. row.Records(Parse)];

        Institution? Parse()
        {
            string? idText = null;
            if (row.Require(id, "Identifiant de l'établissement manquant"))
            {
                idText = row.Span(id).ToString();
                if (firstRowOfId.TryGetValue(idText, out int first))
                    row.Reject(id, $"Identifiant « {idText} » en double : il est déjà utilisé ligne {first}. Chaque établissement doit avoir un identifiant unique ; cette ligne est ignorée.");
            }
            string? nameText = row.Require(name, "Nom de l'établissement manquant") ? row.Span(name).ToString() : null;

            var institutionType = ReadType(row, type);
            var regionName = ReadRegion(row, region);
            var location = ReadLocation(row, latitude, longitude);
            row.TryInteger(staff, 0, int.MaxValue, "un nombre entier de personnes, 0 ou plus", out long? staffCount);
            row.TryInteger(exhibitions, 0, 10_000, "un nombre entier d'expositions par an, 0 ou plus", out long? exhibitionCount);

            if (idText is not null && !firstRowOfId.ContainsKey(idText) && !row.IsRejected)
            {
                firstRowOfId[idText] = row.Row;
                // "MUS-001" and "mus 001" are two ids for the reader, but surely one institution for the person who typed them.
                var key = MatchKey.Fold(idText);
                if (firstIdOfKey.TryGetValue(key, out var similar))
                    row.Warn(id, $"Identifiant « {idText} » presque identique à « {similar.Id} » (ligne {similar.Row}) : s'agit-il du même établissement ? Les inventaires qui écrivent l'un ou l'autre ne seront pas reconnus.", similar.Id);
                else firstIdOfKey[key] = (idText, row.Row);
            }
            if (row.IsRejected) return null;
            return new Institution(
                idText!,
                nameText!,
                institutionType,
                row.IsEmpty(commune) ? null : row.Span(commune).ToString(),
                regionName,
                location,
                (int?)staffCount,
                (int?)exhibitionCount);
        }
    }

    private static InstitutionType ReadType(RowValidator row, BoundColumn column)
    {
        if (row.IsEmpty(column))
        {
            if (column.IsPresent) row.Warn(column, "Type d'établissement vide : classé « autre ». Indiquez musée, frac, centre d'art, école d'art ou cnap.");
            return InstitutionType.Autre;
        }
        var text = row.Span(column);
        if (InstitutionTypeSynonyms.Table.TryResolve(text, out var type)) return type;
        var suggestion = InstitutionTypeSynonyms.Table.Suggest(text);
        row.Reject(column,
            $"Type d'établissement inconnu : « {text} ».{(suggestion is null ? "" : $" Vouliez-vous dire « {suggestion} » ?")} Valeurs acceptées : {InstitutionTypeSynonyms.Table.ListForMessage()}.",
            suggestion);
        return InstitutionType.Autre;
    }

    private static string? ReadRegion(RowValidator row, BoundColumn column)
    {
        if (row.IsEmpty(column)) return null;
        var text = row.Span(column);
        if (FrenchRegions.TryNormalize(text, out var region, out bool former))
        {
            if (former) row.Warn(column, $"« {text} » est une ancienne région (avant 2016) : remplacée par « {region} ».", region);
            return region;
        }
        var suggestion = FrenchRegions.Suggest(text);
        row.Reject(column,
            $"Région inconnue : « {text} ».{(suggestion is null ? "" : $" Vouliez-vous dire « {suggestion} » ?")} Indiquez l'une des 18 régions, par exemple « Île-de-France » ou « Nouvelle-Aquitaine ».",
            suggestion);
        return null;
    }

    private static GeoPoint? ReadLocation(RowValidator row, BoundColumn latitude, BoundColumn longitude)
    {
        bool latOk = row.TryNumber(latitude, -90, 90, "une latitude en degrés décimaux (WGS84), entre -90 et 90", out double? lat);
        bool lonOk = row.TryNumber(longitude, -180, 180, "une longitude en degrés décimaux (WGS84), entre -180 et 180", out double? lon);
        if (!latOk || !lonOk) return null;
        if (lat is null && lon is null) return null;
        if (lat is null || lon is null)
        {
            var missing = lat is null ? latitude : longitude;
            row.Reject(missing.IsPresent ? missing : (lat is null ? longitude : latitude),
                $"{(lat is null ? "Latitude" : "Longitude")} manquante : indiquez les deux coordonnées ou aucune.");
            return null;
        }

        var point = new GeoPoint(lat.Value, lon.Value);
        if (point.IsInFrance) return point;
        var swapped = new GeoPoint(lon.Value, lat.Value);
        if (swapped.IsInFrance)
        {
            row.Warn(latitude, $"Latitude et longitude inversées ({Degrees(lat.Value)} ; {Degrees(lon.Value)}) : corrigées en latitude {Degrees(swapped.Latitude)}, longitude {Degrees(swapped.Longitude)}.");
            return swapped;
        }
        row.Reject(latitude,
            $"Coordonnées hors de France (latitude {Degrees(lat.Value)}, longitude {Degrees(lon.Value)}) : vérifiez-les (degrés décimaux WGS84, par exemple 48,8566 et 2,3522 pour Paris).");
        return null;
    }

    private static string Degrees(double value) => value.ToString("0.######", System.Globalization.CultureInfo.GetCultureInfo("fr-FR"));
}
