using System.Globalization;
using Ressourcerie.Analytics.Inventories;

namespace Ressourcerie.Analytics.SampleData;

/// <summary>
/// Draws the institutions: types in their national proportions (every type present as soon as
/// there are enough institutions), communes covering every metropolitan region and some overseas
/// ones before following the communes' weights, fictional names marked "(fictif)", and the hidden
/// traits the other parts are drawn from.
/// </summary>
internal static class InstitutionSynthesizer
{
    public static readonly string[] Header =
    [
        "Identifiant", "Nom", "Type", "Commune", "Région", "Latitude", "Longitude", "Effectif", "Expositions par an",
    ];

    /// <summary>Institutions of one commune are spread within about 500 m (north–south and east–west) of its point, so that no two share a point.</summary>
    private const double JitterDegrees = 0.005;

    public static IReadOnlyList<SyntheticInstitution> Create(SampleDataOptions options)
    {
        var rng = new SampleRandom(options.Seed, SampleRandom.Stream("etablissements"));
        int n = options.Institutions;
        var types = TypeSequence(n, rng);
        var communes = CommuneSequence(n, rng);
        var names = new HashSet<string>(StringComparer.Ordinal);
        string idFormat = "D" + Math.Max(3, n.ToString(CultureInfo.InvariantCulture).Length);

        var institutions = new List<SyntheticInstitution>(n);
        for (int i = 0; i < n; i++)
        {
            var traits = types[i];
            var commune = communes[i];
            var profile = NeedProfile.All[rng.Weighted(traits.ProfileWeights)];
            int staff = (int)Math.Round(rng.Triangular(traits.Staff.Min, traits.Staff.Mode, traits.Staff.Max));
            int exhibitions = rng.Between(traits.ExhibitionsPerYear.Min, traits.ExhibitionsPerYear.Max);
            double idleShare = Math.Clamp(traits.IdleShare + (rng.NextDouble() - 0.5) * 0.10, 0.05, 0.6);
            int lines = Math.Max(1, (int)Math.Round(options.ItemsPerInstitution * traits.ParkSize / InstitutionTypeTraits.MeanParkSize * rng.Triangular(0.6, 1.0, 1.4)));
            int needs = (int)Math.Round(options.NeedsPerInstitution * rng.Triangular(0.3, 1.0, 1.7));
            double latitude = Math.Round((commune.Latitude + (rng.NextDouble() - 0.5) * 2 * JitterDegrees) * 1e5) / 1e5;
            double longitude = Math.Round((commune.Longitude + (rng.NextDouble() - 0.5) * 2 * JitterDegrees) * 1e5) / 1e5;

            var institution = new Institution(
                Id: "ETB-" + (i + 1).ToString(idFormat, CultureInfo.InvariantCulture),
                Name: UniqueName(traits, commune, rng, names),
                Type: traits.Type,
                Commune: commune.Name,
                Region: commune.Region,
                Location: new GeoPoint(latitude, longitude),
                Staff: staff,
                ExhibitionsPerYear: exhibitions);
            institutions.Add(new SyntheticInstitution(i, institution, commune, traits, profile, idleShare, lines, needs));
        }
        return institutions;
    }

    public static void Write(FrenchCsvWriter csv, IReadOnlyList<SyntheticInstitution> institutions, DefectPlan defects)
    {
        csv.Header(Header);
        foreach (var synthetic in institutions)
        {
            var institution = synthetic.Institution;
            csv.Text(institution.Id);
            csv.Text(institution.Name);
            csv.Text(TypeLabel(institution.Type));
            csv.Text(institution.Commune);
            if (synthetic.Commune.FormerRegion is { } former && defects.WritesFormerRegion(synthetic.Index))
            {
                csv.Text(former);
                defects.Record(SampleDataGenerator.InstitutionsFile, csv.NextRowNumber, Header[4], former,
                    $"Ancienne région (avant 2016) au lieu de « {institution.Region} ».");
            }
            else
            {
                csv.Text(institution.Region);
            }
            var location = institution.Location!.Value;
            csv.Fixed((long)Math.Round(location.Latitude * 1e5), 5);
            csv.Fixed((long)Math.Round(location.Longitude * 1e5), 5);
            csv.Integer(institution.Staff!.Value);
            csv.Integer(institution.ExhibitionsPerYear!.Value);
            csv.EndRow();
        }
    }

    /// <summary>The type as people write it in a spreadsheet (the readers match it without regard to case or accents).</summary>
    private static string TypeLabel(InstitutionType type) => type switch
    {
        InstitutionType.Musee => "Musée",
        InstitutionType.Frac => "FRAC",
        InstitutionType.CentreDArt => "Centre d'art",
        InstitutionType.EcoleDArt => "École d'art",
        InstitutionType.Cnap => "CNAP",
        _ => "Autre",
    };

    /// <summary>Type counts by largest remainder on the national shares, at least one of each type when n allows, in random order.</summary>
    private static List<InstitutionTypeTraits> TypeSequence(int n, SampleRandom rng)
    {
        var all = InstitutionTypeTraits.All;
        var counts = new int[all.Count];
        var remainders = new double[all.Count];
        for (int t = 0; t < all.Count; t++)
        {
            double exact = n * all[t].Share;
            counts[t] = (int)Math.Floor(exact);
            remainders[t] = exact - counts[t];
        }
        for (int left = n - counts.Sum(); left > 0; left--)
        {
            int best = 0;
            for (int t = 1; t < all.Count; t++)
                if (remainders[t] > remainders[best]) best = t;
            counts[best]++;
            remainders[best] = -1;
        }
        for (int t = 0; t < all.Count && n >= all.Count; t++)
        {
            if (counts[t] > 0) continue;
            int largest = Array.IndexOf(counts, counts.Max());
            counts[largest]--;
            counts[t]++;
        }

        var sequence = new List<InstitutionTypeTraits>(n);
        for (int t = 0; t < all.Count; t++)
            for (int k = 0; k < counts[t]; k++) sequence.Add(all[t]);
        rng.Shuffle(sequence);
        return sequence;
    }

    /// <summary>
    /// One commune in each metropolitan region and in a few overseas regions (more as n grows), then
    /// communes drawn by weight; shuffled so that identifiers do not follow regions.
    /// </summary>
    private static List<Commune> CommuneSequence(int n, SampleRandom rng)
    {
        var overseas = SampleCommunes.Regions.Skip(13).ToList();
        rng.Shuffle(overseas);
        var regions = SampleCommunes.Regions.Take(13).ToList();
        rng.Shuffle(regions);
        regions.AddRange(overseas.Take(Math.Clamp(n / 12, 1, overseas.Count)));

        var communes = SampleCommunes.All;
        var weights = communes.Select(c => (double)c.Weight).ToArray();
        var sequence = new List<Commune>(n);
        foreach (var region in regions.Take(n))
        {
            var inRegion = communes.Where(c => c.Region == region).ToArray();
            sequence.Add(inRegion[rng.Weighted(inRegion.Select(c => (double)c.Weight).ToArray())]);
        }
        while (sequence.Count < n) sequence.Add(communes[rng.Weighted(weights)]);
        rng.Shuffle(sequence);
        return sequence;
    }

    private static string UniqueName(InstitutionTypeTraits traits, Commune commune, SampleRandom rng, HashSet<string> taken)
    {
        for (int attempt = 0; attempt < 3 * traits.NameStems.Length; attempt++)
        {
            var name = $"{rng.Pick(traits.NameStems)} – {commune.Name} (fictif)";
            if (taken.Add(name)) return name;
        }
        string stem = rng.Pick(traits.NameStems);
        for (int site = 2; ; site++)
        {
            var name = $"{stem} – {commune.Name}, site {site} (fictif)";
            if (taken.Add(name)) return name;
        }
    }
}
