using System.Globalization;
using Ressourcerie.Analytics.Inventories;

namespace Ressourcerie.Analytics.SampleData;

/// <summary>
/// Streams <c>besoins.csv</c>: each institution's needs come from its exhibitions and events over the
/// period, one to three categories each, from the installation a few days before the opening to the
/// dismantling after the closing. Openings follow the French season (spring and autumn), some needs
/// are national events (Nuit européenne des musées, Journées européennes du patrimoine) or a school's
/// open days and graduation show, and quantities grow with the institution's profile intensity.
/// </summary>
internal static class NeedSynthesizer
{
    public static readonly string[] Header = ["Identifiant établissement", "Catégorie", "Quantité", "Début", "Fin", "Projet"];

    /// <summary>Relative chance of an opening in each month, January first: spring and autumn seasons, a quiet August and winter.</summary>
    private static readonly double[] OpeningMonthWeights = [2, 3, 9, 11, 10, 8, 6, 1, 9, 11, 8, 3];

    /// <summary>Actual dates of the Nuit européenne des musées; other years use the usual third Saturday of May.</summary>
    private static readonly DateOnly[] MuseumNights = [new(2023, 5, 13), new(2024, 5, 18), new(2025, 5, 17)];

    private readonly record struct NeedRow(string CategoryId, int Quantity, DateOnly Start, DateOnly End, string Project);

    public static int Write(FrenchCsvWriter csv, IReadOnlyList<SyntheticInstitution> institutions, SampleDataOptions options, DefectPlan defects)
    {
        csv.Header(Header);
        int written = 0;
        var rows = new List<NeedRow>();
        var usedProjects = new HashSet<string>(StringComparer.Ordinal);
        foreach (var institution in institutions)
        {
            var rng = new SampleRandom(options.Seed, SampleRandom.Stream("besoins", institution.Index));
            rows.Clear();
            usedProjects.Clear();
            while (rows.Count < institution.NeedRows)
                AddProject(rows, institution, options, rng, usedProjects, institution.NeedRows - rows.Count);
            rows.Sort(static (a, b) =>
            {
                int c = a.Start.CompareTo(b.Start);
                if (c == 0) c = a.End.CompareTo(b.End);
                if (c == 0) c = string.CompareOrdinal(a.Project, b.Project);
                return c != 0 ? c : string.CompareOrdinal(a.CategoryId, b.CategoryId);
            });

            bool first = true;
            foreach (var row in rows)
            {
                csv.Text(institution.Id);
                csv.Text(row.CategoryId);
                csv.Integer(row.Quantity);
                if (first && defects.TakeTwoDigitYear(institution.Index))
                {
                    string typed = row.Start.ToString("dd/MM/yy", CultureInfo.InvariantCulture);
                    csv.Text(typed);
                    defects.Record(SampleDataGenerator.NeedsFile, csv.NextRowNumber, Header[3], typed,
                        "Date saisie avec une année à deux chiffres.");
                }
                else
                {
                    csv.Date(row.Start);
                }
                csv.Date(row.End);
                csv.Text(row.Project);
                csv.EndRow();
                first = false;
                written++;
            }
        }
        return written;
    }

    private static void AddProject(List<NeedRow> rows, SyntheticInstitution institution, SampleDataOptions options, SampleRandom rng, HashSet<string> usedProjects, int maxRows)
    {
        var (start, end, project) = DrawProject(institution, options, rng, usedProjects);
        int categories = Math.Min(maxRows, 1 + rng.Weighted([0.40, 0.35, 0.25]));
        var profile = institution.Profile;
        Span<int> chosen = stackalloc int[categories];
        for (int k = 0; k < categories; k++)
        {
            int pick;
            do pick = rng.Weighted(profile.NeedWeights);
            while (chosen[..k].Contains(pick));
            chosen[k] = pick;
            string category = profile.NeedMix[pick].Category;
            int max = NeedProfile.MaxNeedQuantity(category);
            double typical = rng.Triangular(1, 1 + (max - 1) * 0.25, max) * profile.NeedIntensity;
            int quantity = Math.Clamp((int)Math.Round(typical), 1, 2 * max);
            rows.Add(new NeedRow(category, quantity, start, end, project));
        }
    }

    /// <summary>An exhibition, workshop or event this institution has not used yet.</summary>
    private static (DateOnly Start, DateOnly End, string Project) DrawProject(SyntheticInstitution institution, SampleDataOptions options, SampleRandom rng, HashSet<string> usedProjects)
    {
        var type = institution.Institution.Type;
        if (rng.Chance(0.12) && TryEvent(type, options, rng, out var evt) && usedProjects.Add(evt.Item3)) return evt;

        while (true)
        {
            int year = rng.Between(options.NeedsFrom.Year, options.NeedsTo.Year);
            int month = 1 + rng.Weighted(OpeningMonthWeights);
            var opening = new DateOnly(year, month, rng.Between(1, 28));
            int days = rng.Chance(0.15) ? rng.Between(14, 28) : rng.Between(42, 140);
            var start = opening.AddDays(-rng.Between(3, 10));
            var end = opening.AddDays(days + rng.Between(1, 5));
            if (start < options.NeedsFrom) start = options.NeedsFrom;
            if (end > options.NeedsTo) end = options.NeedsTo;
            if (start > end) continue;

            string name = FictionalNames.Title(rng.Next(FictionalNames.TitleCount));
            string project = type switch
            {
                InstitutionType.Frac when rng.Chance(0.35) => $"Exposition hors les murs « {name} »",
                InstitutionType.EcoleDArt when rng.Chance(0.3) => $"Workshop « {name} »",
                _ => $"Exposition « {name} »",
            };
            // A title already used by this institution is drawn again, unless all have been used (huge need counts).
            if (usedProjects.Add(project) || usedProjects.Count >= 2 * FictionalNames.TitleCount) return (start, end, project);
        }
    }

    /// <summary>
    /// A national event (the Nuit des musées for museums and the like, the Journées du patrimoine for
    /// every venue) or a school's own dates (écoles), when it falls in the period.
    /// </summary>
    private static bool TryEvent(InstitutionType type, SampleDataOptions options, SampleRandom rng, out (DateOnly, DateOnly, string) need)
    {
        int year = rng.Between(options.NeedsFrom.Year, options.NeedsTo.Year);
        bool second = rng.Chance(0.5);
        DateOnly start, end;
        string project;
        if (type == InstitutionType.EcoleDArt)
        {
            if (second)
            {
                var saturday = NthSaturday(year, 2, 2);
                (start, end, project) = (saturday.AddDays(-2), saturday.AddDays(1), $"Journées portes ouvertes {year}");
            }
            else
            {
                var opening = NthSaturday(year, 6, 4);
                (start, end, project) = (opening.AddDays(-5), opening.AddDays(16), $"Exposition des diplômes {year}");
            }
        }
        else if (second || type is InstitutionType.Frac or InstitutionType.CentreDArt)
        {
            var saturday = NthSaturday(year, 9, 3);
            (start, end, project) = (saturday.AddDays(-2), saturday.AddDays(2), $"Journées européennes du patrimoine {year}");
        }
        else
        {
            var night = Array.Find(MuseumNights, d => d.Year == year);
            if (night == default) night = NthSaturday(year, 5, 3);
            (start, end, project) = (night.AddDays(-1), night.AddDays(1), $"Nuit européenne des musées {year}");
        }
        need = (start, end, project);
        return start >= options.NeedsFrom && end <= options.NeedsTo;
    }

    private static DateOnly NthSaturday(int year, int month, int n)
    {
        var first = new DateOnly(year, month, 1);
        int offset = ((int)DayOfWeek.Saturday - (int)first.DayOfWeek + 7) % 7;
        return first.AddDays(offset + 7 * (n - 1));
    }
}
