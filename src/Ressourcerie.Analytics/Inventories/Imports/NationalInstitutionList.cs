using System.Globalization;
using Ressourcerie.Analytics.Ingestion;

namespace Ressourcerie.Analytics.Inventories.Imports;

/// <summary>
/// Reads national lists of institutions into <see cref="Institution"/>s: the ministry's « Liste et
/// localisation des Musées de France » (<c>identifiant_museofile</c>, <c>nom_officiel_du_musee</c>,
/// <c>region_administrative</c>, <c>departement</c>, <c>code_postal</c>, <c>latitude</c>, <c>longitude</c>…)
/// and lists of sites such as the écoles supérieures d'art or the FRAC (<c>name</c>, <c>city</c>,
/// <c>departement</c>, <c>code_departement</c>, <c>region</c>, <c>latitude</c>, <c>longitude</c>,
/// <c>type</c>, <c>source_id</c>, <c>coord_precision</c>, <c>provenance</c>).
/// <para>
/// It flags the defects such files really have: latitude and longitude swapped (corrected when the
/// swap lands in France), an id used twice (later rows rejected, naming the first), postal codes
/// that do not belong to the département (a lost or moved leading zero: Oyonnax 10100 for 01100),
/// a département code that lost its leading zero ("6" for 06), a region that is not one (« Territoires
/// et départements d'outre-mer ») or contradicts the département, and institutions sharing exactly
/// the same coordinates (a town centre or a shared building, not the institution's own position).
/// A list declared unverified, or located at town centres, gets one warning for the whole file.
/// </para>
/// </summary>
public static class NationalInstitutionList
{
    public static IReadOnlyList<ColumnSpec> Columns { get; } =
    [
        new("identifiant_museofile", "Identifiant Muséofile", false, "identifiant", "source_id", "id", "museofile", "ref_museofile"),
        new("nom_officiel_du_musee", "Nom officiel du musée", true, "nom_officiel", "name", "nom", "nom du musée", "nom de l'établissement", "établissement"),
        new("commune", "Commune", false, "city", "ville"),
        new("departement", "Département", false, "department", "nom du département"),
        new("code_departement", "Code département", false, "code du département", "department code", "num_departement"),
        new("region_administrative", "Région administrative", false, "region", "région"),
        new("code_postal", "Code postal", false, "postal code", "cp", "zip"),
        new("latitude", "Latitude", false, "lat"),
        new("longitude", "Longitude", false, "lon", "lng", "long"),
        new("type", "Type", false, "type d'établissement", "categorie"),
        new("coord_precision", "Précision des coordonnées", false, "précision", "precision"),
        new("provenance", "Provenance", false, "source"),
    ];

    public static List<Institution> Read(string path, DataQualityReport report)
    {
        using var reader = TabularFile.Open(path);
        return Read(reader, report);
    }

    public static List<Institution> Read(TabularReader reader, DataQualityReport report)
    {
        var columns = ColumnMap.Resolve(reader.Headers, Columns, reader.File, report);
        if (!columns.IsComplete) return [];
        bool museums = columns.Has("identifiant_museofile") && MatchKey.Fold(columns.HeaderOf("identifiant_museofile")).Contains("museofile", StringComparison.Ordinal)
                       || MatchKey.Fold(columns.HeaderOf("nom_officiel_du_musee")).Contains("musee", StringComparison.Ordinal);
        var row = new RowValidator(reader, columns, report);
        var parser = new RowParser(row, museums);
        if (!museums && !columns.Has("type"))
            report.Warn(reader.File, 0, "", "Pas de colonne « type » : les établissements sont classés « autre ».");

        List<ListedInstitution> accepted = [.. row.Records(parser.Parse)];

        if (parser.Unverified)
            report.Warn(reader.File, 0, columns.HeaderOf("provenance"),
                "La provenance indique une liste non vérifiée (compilée à la main, pas un fichier officiel) : vérifiez les noms et les communes avant de publier un résultat.");
        if (parser.CentroidRows > 0)
            report.Warn(reader.File, 0, columns.HeaderOf("coord_precision"),
                $"{parser.CentroidRows} établissement(s) sont placés au centre de leur commune, pas à leur adresse : les distances sont approchées à quelques kilomètres près.");
        FlagSharedCoordinates(accepted, reader.File, columns.HeaderOf("latitude"), report);
        return DisambiguateSites(accepted.Select(a => a.Institution).ToList());
    }

    /// <summary>Institutions at exactly the same point (centroid rows excepted, already reported): each gets a warning naming the others.</summary>
    private static void FlagSharedCoordinates(List<ListedInstitution> accepted, string file, string column, DataQualityReport report)
    {
        var groups = accepted.Where(a => a.Institution.Location is not null && !a.Centroid)
            .GroupBy(a => a.Institution.Location!.Value)
            .Where(g => g.Count() > 1);
        foreach (var group in groups)
        {
            var members = group.ToList();
            foreach (var member in members)
            {
                var others = members.Where(o => o.Row != member.Row).Select(o => $"« {o.Institution.Name} » (ligne {o.Row})");
                report.Warn(file, member.Row, column,
                    $"Mêmes coordonnées exactement que {string.Join(", ", others)} : position approximative (centre-ville ou bâtiment partagé), à vérifier avant de calculer des distances fines.");
            }
        }
    }

    /// <summary>A name on several rows (one school, several sites) gets the commune appended, so that each site is told apart.</summary>
    private static List<Institution> DisambiguateSites(List<Institution> institutions)
    {
        var repeated = institutions.GroupBy(i => i.Name, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        return institutions.Select(i => repeated.Contains(i.Name) && i.Commune is not null ? i with { Name = $"{i.Name} – {i.Commune}" } : i).ToList();
    }

    /// <param name="Centroid">Placed at the centre of its commune, not at its address.</param>
    private sealed record ListedInstitution(Institution Institution, int Row, bool Centroid);

    private sealed class RowParser(RowValidator row, bool museums)
    {
        private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");
        private readonly BoundColumn _id = row.Column("identifiant_museofile");
        private readonly BoundColumn _name = row.Column("nom_officiel_du_musee");
        private readonly BoundColumn _commune = row.Column("commune");
        private readonly BoundColumn _department = row.Column("departement");
        private readonly BoundColumn _departmentCode = row.Column("code_departement");
        private readonly BoundColumn _region = row.Column("region_administrative");
        private readonly BoundColumn _postalCode = row.Column("code_postal");
        private readonly BoundColumn _latitude = row.Column("latitude");
        private readonly BoundColumn _longitude = row.Column("longitude");
        private readonly BoundColumn _type = row.Column("type");
        private readonly BoundColumn _precision = row.Column("coord_precision");
        private readonly BoundColumn _provenance = row.Column("provenance");
        private readonly Dictionary<string, (int Row, string Name)> _ids = new(StringComparer.Ordinal);

        public bool Unverified { get; private set; }

        public int CentroidRows { get; private set; }

        public ListedInstitution? Parse()
        {
            if (!row.Require(_name, "Nom de l'établissement")) return null;
            var name = row.Span(_name).ToString();
            var commune = Text(_commune);
            var type = ReadType();
            var department = ReadDepartment();
            var region = ReadRegion(department);
            CheckPostalCode(department);
            var location = ReadLocation();
            bool centroid = !row.IsEmpty(_precision) && MatchKey.Fold(row.Span(_precision)) is var p && (p.Contains("centroid") || p.Contains("centre") || p.Contains("commune"));
            if (!row.IsEmpty(_provenance) && MatchKey.Fold(row.Span(_provenance)) is var source && (source.Contains("unverified") || source.Contains("nonverifie")))
                Unverified = true;
            var id = ReadId(name, type, commune);
            if (row.IsRejected) return null;
            if (centroid) CentroidRows++;
            return new ListedInstitution(new Institution(id!, name, type, commune, region, location, null, null), row.Row, centroid);
        }

        private string? Text(BoundColumn column) => row.IsEmpty(column) ? null : row.Span(column).ToString();

        private string? ReadId(string name, InstitutionType type, string? commune)
        {
            string id;
            if (!row.IsEmpty(_id)) id = row.Span(_id).ToString();
            else if (museums)
            {
                row.Reject(_id, "Identifiant Muséofile manquant : chaque musée de France en a un (M suivi de quatre chiffres).");
                return null;
            }
            else
            {
                var stem = $"{Prefix(type)}-{(commune is null ? Slug(name) : Slug(commune))}";
                id = stem;
                for (int n = 2; _ids.ContainsKey(id); n++) id = $"{stem}-{n}";
            }
            if (_ids.TryGetValue(id, out var first))
            {
                row.Reject(_id,
                    $"Identifiant « {id} » déjà utilisé ligne {first.Row} (« {first.Name} ») : un identifiant désigne un seul établissement. Ligne rejetée ; si c'est un autre établissement, donnez-lui son propre identifiant.");
                return null;
            }
            _ids[id] = (row.Row, name);
            return id;
        }

        private InstitutionType ReadType()
        {
            if (row.IsEmpty(_type)) return museums ? InstitutionType.Musee : InstitutionType.Autre;
            // Site lists write "ecole_superieure_art|EPCC": the kind, then legal-status tags.
            var kind = row.Span(_type).ToString().Split('|')[0].Replace('_', ' ');
            if (InstitutionTypeSynonyms.Table.TryResolve(kind, out var type)) return type;
            var folded = MatchKey.Fold(kind);
            if (folded.StartsWith("ecole", StringComparison.Ordinal)) return InstitutionType.EcoleDArt;
            if (folded.StartsWith("musee", StringComparison.Ordinal)) return InstitutionType.Musee;
            if (folded.StartsWith("centredart", StringComparison.Ordinal)) return InstitutionType.CentreDArt;
            row.Warn(_type, $"Type « {row.Span(_type)} » non reconnu : classé « autre ». Types attendus : {InstitutionTypeSynonyms.Table.ListForMessage()}.");
            return InstitutionType.Autre;
        }

        private FrenchDepartment? ReadDepartment()
        {
            FrenchDepartment? byName = null, byCode = null;
            if (!row.IsEmpty(_department))
            {
                if (FrenchDepartments.TryFind(row.Span(_department), out var d)) byName = d;
                else
                {
                    var suggestion = FrenchDepartments.Suggest(row.Span(_department));
                    row.Warn(_department, $"Département « {row.Span(_department)} » inconnu{(suggestion is null ? "" : $" (vouliez-vous dire « {suggestion} » ?)")} : la région et le code postal ne sont pas vérifiés.", suggestion);
                }
            }
            if (!row.IsEmpty(_departmentCode))
            {
                if (FrenchDepartments.TryFind(row.Span(_departmentCode), out var d, out bool lostZero))
                {
                    byCode = d;
                    if (lostZero)
                        row.Warn(_departmentCode, $"Code département « {row.Span(_departmentCode)} » sans son zéro initial (enregistré comme un nombre) : lu {d.Code} ({d.Name}).", d.Code);
                }
                else
                {
                    row.Warn(_departmentCode, $"Code département « {row.Span(_departmentCode)} » inconnu.");
                }
            }
            if (byName is not null && byCode is not null && byName != byCode)
                row.Warn(_departmentCode, $"Le code département {byCode.Code} ({byCode.Name}) ne correspond pas au département « {byName.Name} » ({byName.Code}) : le nom est retenu.");
            return byName ?? byCode;
        }

        private string? ReadRegion(FrenchDepartment? department)
        {
            string? fromDepartment = department?.Region;
            if (row.IsEmpty(_region)) return fromDepartment;
            var text = row.Span(_region);
            if (!FrenchRegions.TryNormalize(text, out var region, out bool former))
            {
                if (fromDepartment is not null)
                {
                    row.Warn(_region, $"« {text} » n'est pas une région : région déduite du département {department!.Name} : {fromDepartment}.", fromDepartment);
                    return fromDepartment;
                }
                if (department is not null)
                {
                    row.Warn(_region, $"« {text} » n'est pas une région et {department.Name} n'appartient à aucune des 18 régions (collectivité d'outre-mer) : région laissée vide.");
                    return null;
                }
                var suggestion = FrenchRegions.Suggest(text);
                row.Warn(_region, $"Région « {text} » inconnue{(suggestion is null ? "" : $" (vouliez-vous dire « {suggestion} » ?)")} : laissée vide.", suggestion);
                return null;
            }
            if (former)
                row.Warn(_region, $"« {text} » est une ancienne région (avant 2016) : lue « {region} ».", region);
            if (fromDepartment is not null && fromDepartment != region)
            {
                row.Warn(_region, $"La région « {text} » ne contient pas le département {department!.Name} ({department.Code}), qui est en {fromDepartment} : la région du département est retenue.", fromDepartment);
                return fromDepartment;
            }
            return region;
        }

        /// <summary>The postal code is not kept, but it is the one field where a spreadsheet's number format leaves a trace (the leading zero).</summary>
        private void CheckPostalCode(FrenchDepartment? department)
        {
            if (!_postalCode.IsPresent) return;
            if (row.IsEmpty(_postalCode))
            {
                row.Warn(_postalCode, "Code postal manquant.");
                return;
            }
            var code = row.Span(_postalCode).ToString().Replace(" ", "");
            if (department is null) return;
            if (code.Length == 4 && code.All(char.IsAsciiDigit) && department.OwnsPostalCode("0" + code))
            {
                row.Warn(_postalCode, $"Code postal « {code} » sans son zéro initial (enregistré comme un nombre) : c'est 0{code}.", "0" + code);
                return;
            }
            if (code.Length != 5 || !code.All(char.IsAsciiDigit))
            {
                row.Warn(_postalCode, $"Code postal « {code} » mal formé : cinq chiffres attendus.");
                return;
            }
            if (department.OwnsPostalCode(code)) return;
            var candidate = LikelyPostalCode(code, department);
            row.Warn(_postalCode,
                $"Code postal {code} incohérent avec le département {department.Name} ({department.Code}), dont les codes commencent par {department.PostalPrefix}"
                + (candidate is null ? "." : $" : sans doute {candidate} (zéro initial déplacé ou chiffres intervertis)."),
                candidate);
        }

        /// <summary>
        /// A code of the département one slip away: the leading zero moved further right (Oyonnax
        /// "10100" for 01100, Puget-Rostang "62060" for 06260), else two adjacent digits swapped.
        /// </summary>
        private static string? LikelyPostalCode(string code, FrenchDepartment department)
        {
            for (int i = 1; i < code.Length; i++)
            {
                if (code[i] != '0') continue;
                var candidate = "0" + code.Remove(i, 1);
                if (department.OwnsPostalCode(candidate)) return candidate;
            }
            for (int i = 0; i + 1 < code.Length; i++)
            {
                var swapped = code.ToCharArray();
                (swapped[i], swapped[i + 1]) = (swapped[i + 1], swapped[i]);
                var candidate = new string(swapped);
                if (department.OwnsPostalCode(candidate)) return candidate;
            }
            return null;
        }

        private GeoPoint? ReadLocation()
        {
            bool hasLat = !row.IsEmpty(_latitude), hasLon = !row.IsEmpty(_longitude);
            if (!hasLat && !hasLon)
            {
                if (_latitude.IsPresent) row.Warn(_latitude, "Coordonnées manquantes : l'établissement ne pourra ni prêter ni emprunter dans l'appariement.");
                return null;
            }
            if (!row.TryNumber(_latitude, -90, 90, "une latitude en degrés décimaux (WGS84)", out double? lat)
                | !row.TryNumber(_longitude, -180, 180, "une longitude en degrés décimaux (WGS84)", out double? lon)) return null;
            if (lat is null || lon is null)
            {
                row.Warn(lat is null ? _latitude : _longitude, $"{(lat is null ? "Latitude" : "Longitude")} manquante : coordonnées ignorées.");
                return null;
            }
            var point = new GeoPoint(lat.Value, lon.Value);
            if (point.IsInFrance) return point;
            var swapped = new GeoPoint(lon.Value, lat.Value);
            if (swapped.IsInFrance)
            {
                row.Warn(_latitude, $"Latitude et longitude inversées ({Degrees(lat.Value)} ; {Degrees(lon.Value)}) : corrigées en latitude {Degrees(swapped.Latitude)}, longitude {Degrees(swapped.Longitude)}.");
                return swapped;
            }
            row.Reject(_latitude, $"Coordonnées hors de France ({Degrees(lat.Value)} ; {Degrees(lon.Value)}), même en inversant latitude et longitude : vérifiez-les.");
            return null;
        }

        private static string Degrees(double value) => value.ToString("0.######", French);

        private static string Prefix(InstitutionType type) => type switch
        {
            InstitutionType.Musee => "MUS",
            InstitutionType.Frac => "FRAC",
            InstitutionType.CentreDArt => "CAC",
            InstitutionType.EcoleDArt => "ESA",
            InstitutionType.Cnap => "CNAP",
            _ => "ETB",
        };

        private static string Slug(string text) => MatchKey.FoldWords(text).Replace(' ', '-').ToUpperInvariant();
    }
}
