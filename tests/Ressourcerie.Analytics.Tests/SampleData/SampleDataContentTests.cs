using System.Text.RegularExpressions;
using Ressourcerie.Analytics.Ingestion;
using Ressourcerie.Analytics.Interviews;
using Ressourcerie.Analytics.Inventories;
using Ressourcerie.Analytics.SampleData;

namespace Ressourcerie.Analytics.Tests.SampleData;

/// <summary>Properties the committed sample must have for the analyses to have something real to find.</summary>
public class SampleDataContentTests(CommittedSample sample) : IClassFixture<CommittedSample>
{
    private static readonly HashSet<string> IdleStatuses = new(StringComparer.Ordinal) { "en stock" };
    private static readonly HashSet<string> BrokenStatuses = new(StringComparer.Ordinal) { "hors service", "HS" };

    [Fact]
    public void Headers_are_the_template_labels_and_row_counts_are_in_the_expected_ranges()
    {
        Assert.Equal(["Identifiant", "Nom", "Type", "Commune", "Région", "Latitude", "Longitude", "Effectif", "Expositions par an"], sample.Institutions.Headers);
        Assert.Equal(["Identifiant établissement", "Catégorie", "Libellé", "Marque", "Modèle", "Quantité", "Année d'acquisition", "Statut", "Mois d'utilisation par an", "Prix d'achat (€)"], sample.Inventory.Headers);
        Assert.Equal(["Identifiant établissement", "Catégorie", "Quantité", "Début", "Fin", "Projet"], sample.Needs.Headers);
        Assert.Equal(["Identifiant entretien", "Date", "Profil", "Identifiant établissement", "Répondant"], sample.Interviews.Headers);
        Assert.Equal(["Identifiant entretien", "Code", "Extrait", "Codeur", "Début", "Fin"], sample.Codings.Headers);

        Assert.InRange(sample.Institutions.Rows.Count, 35, 45);
        Assert.InRange(sample.Inventory.Rows.Count, 1500, 3000);
        Assert.InRange(sample.Needs.Rows.Count, 100, 200);
        Assert.Equal(20, sample.Interviews.Rows.Count);
        Assert.InRange(sample.Codings.Rows.Count, 300, 600);
    }

    [Fact]
    public void Every_category_is_an_id_of_the_taxonomy()
    {
        foreach (var category in sample.Inventory.Column("Catégorie").Concat(sample.Needs.Column("Catégorie")))
            Assert.True(EquipmentTaxonomy.TryGet(category, out var found) && found.Id == category, $"Catégorie inconnue : {category}");
    }

    [Fact]
    public void Every_institution_is_fictional_unique_and_located_in_France()
    {
        Assert.Equal(sample.Institutions.Rows.Count, sample.Institutions.Column("Identifiant").Distinct().Count());
        Assert.Equal(sample.Institutions.Rows.Count, sample.Institutions.Column("Nom").Distinct().Count());
        Assert.All(sample.Institutions.Column("Nom"), name => Assert.EndsWith("(fictif)", name));
        foreach (var row in sample.Institutions.Rows)
        {
            Assert.True(FrenchNumber.TryParse(sample.Institutions.Cell(row, "Latitude"), out double latitude));
            Assert.True(FrenchNumber.TryParse(sample.Institutions.Cell(row, "Longitude"), out double longitude));
            Assert.True(new GeoPoint(latitude, longitude).IsInFrance, $"ligne {row.Number} : {latitude}, {longitude} hors de France");
        }
    }

    [Fact]
    public void Institutions_cover_every_type_and_most_regions_including_overseas()
    {
        var types = sample.Institutions.Column("Type").Select(t => MatchKey.Fold(t)).ToHashSet();
        Assert.Superset(new HashSet<string> { "musee", "frac", "centredart", "ecoledart", "cnap" }, types);

        var regions = sample.Institutions.Column("Région")
            .Select(r => SampleDataFacts.FormerRegions.GetValueOrDefault(r, r))
            .ToHashSet();
        Assert.Subset(SampleDataFacts.CurrentRegions.ToHashSet(), regions);
        Assert.InRange(regions.Count, 14, 18);
        Assert.Contains(regions, SampleDataFacts.OverseasRegions.Contains);
    }

    [Fact]
    public void Every_reference_to_an_institution_or_an_interview_exists()
    {
        var institutions = sample.Institutions.Column("Identifiant").ToHashSet();
        Assert.All(sample.Inventory.Column("Identifiant établissement"), id => Assert.Contains(id, institutions));
        Assert.All(sample.Needs.Column("Identifiant établissement"), id => Assert.Contains(id, institutions));
        Assert.All(sample.Interviews.Column("Identifiant établissement"), id => Assert.Contains(id, institutions));

        var interviews = sample.Interviews.Column("Identifiant entretien").ToHashSet();
        Assert.Equal(sample.Interviews.Rows.Count, interviews.Count);
        Assert.All(sample.Codings.Column("Identifiant entretien"), id => Assert.Contains(id, interviews));
    }

    [Fact]
    public void Inventory_values_respect_the_template_rules()
    {
        var statuses = new HashSet<string> { "en service", "en stock", "hors service", "à réparer", "prêté", "HS" };
        foreach (var row in sample.Inventory.Rows)
        {
            string quantity = sample.Inventory.Cell(row, "Quantité");
            Assert.True(quantity.Length == 0 || (FrenchNumber.TryParseInteger(quantity, out long q) && q >= 1), $"ligne {row.Number} : quantité {quantity}");
            Assert.True(FrenchNumber.TryParseInteger(sample.Inventory.Cell(row, "Année d'acquisition"), out long year));
            Assert.InRange(year, 1980, 2024);
            Assert.Contains(sample.Inventory.Cell(row, "Statut"), statuses);
            Assert.True(FrenchNumber.TryParse(sample.Inventory.Cell(row, "Mois d'utilisation par an"), out double months));
            Assert.InRange(months, 0, 12);
            string price = sample.Inventory.Cell(row, "Prix d'achat (€)");
            Assert.True(price.Length == 0 || (FrenchNumber.TryParseDecimal(price, out decimal p) && p >= 0), $"ligne {row.Number} : prix {price}");
        }
        Assert.Contains(sample.Inventory.Column("Marque"), brand => brand == "BrightSign");
        Assert.Contains(sample.Inventory.Column("Modèle"), model => model.StartsWith("EB-L", StringComparison.Ordinal));
    }

    [Fact]
    public void Need_periods_and_coding_offsets_are_ordered()
    {
        foreach (var row in sample.Needs.Rows)
        {
            Assert.True(FrenchDate.TryParse(sample.Needs.Cell(row, "Début"), out var start, out _));
            Assert.True(FrenchDate.TryParse(sample.Needs.Cell(row, "Fin"), out var end, out _));
            Assert.True(start <= end, $"besoins ligne {row.Number} : {start} après {end}");
            Assert.InRange(start, new DateOnly(2023, 1, 1), new DateOnly(2025, 12, 31));
            Assert.InRange(end, new DateOnly(2023, 1, 1), new DateOnly(2025, 12, 31));
            Assert.True(FrenchNumber.TryParseInteger(sample.Needs.Cell(row, "Quantité"), out long quantity) && quantity >= 1);
            Assert.NotEmpty(sample.Needs.Cell(row, "Projet"));
        }
        foreach (var row in sample.Codings.Rows)
        {
            int start = int.Parse(sample.Codings.Cell(row, "Début"));
            int end = int.Parse(sample.Codings.Cell(row, "Fin"));
            Assert.True(0 <= start && start <= end, $"codages ligne {row.Number} : {start} > {end}");
            Assert.Equal(end - start, sample.Codings.Cell(row, "Extrait").EnumerateRunes().Count());
        }
    }

    [Fact]
    public void Passages_of_one_interview_do_not_overlap()
    {
        foreach (var interview in sample.Codings.Rows.GroupBy(r => sample.Codings.Cell(r, "Identifiant entretien")))
        {
            var spans = interview
                .Select(r => (Start: int.Parse(sample.Codings.Cell(r, "Début")), End: int.Parse(sample.Codings.Cell(r, "Fin"))))
                .Distinct()
                .OrderBy(s => s.Start)
                .ToList();
            for (int i = 1; i < spans.Count; i++) Assert.True(spans[i - 1].End <= spans[i].Start, $"{interview.Key} : passages superposés");
        }
    }

    [Fact]
    public void Interviews_date_from_January_to_March_2023_with_a_named_respondent_across_profiles()
    {
        foreach (var row in sample.Interviews.Rows)
        {
            Assert.True(FrenchDate.TryParse(sample.Interviews.Cell(row, "Date"), out var date, out _));
            Assert.InRange(date, new DateOnly(2023, 1, 1), new DateOnly(2023, 3, 31));
            Assert.Matches(@"^\p{Lu}[\p{L}-]+ \p{Lu}[\p{L} -]+$", sample.Interviews.Cell(row, "Répondant"));
        }
        Assert.Equal(sample.Interviews.Rows.Count, sample.Interviews.Column("Répondant").Distinct().Count());
        var profiles = sample.Interviews.Column("Profil").Select(t => MatchKey.Fold(t)).ToHashSet();
        Assert.Superset(new HashSet<string> { "dsi", "numerique", "collections", "rso", "expert" }, profiles);
        Assert.True(profiles.Contains("technique") || profiles.Contains("regisseur"));
    }

    [Fact]
    public void Idle_stock_is_a_realistic_share_that_varies_by_institution_type()
    {
        var typeOf = sample.Institutions.Rows.ToDictionary(r => sample.Institutions.Cell(r, "Identifiant"), r => sample.Institutions.Cell(r, "Type"));
        var byType = new Dictionary<string, (int Idle, int Lines)>();
        foreach (var row in sample.Inventory.Rows)
        {
            string status = sample.Inventory.Cell(row, "Statut");
            if (BrokenStatuses.Contains(status)) continue;
            bool idle = IdleStatuses.Contains(status) || double.Parse(sample.Inventory.Cell(row, "Mois d'utilisation par an")) <= 2;
            string type = typeOf[sample.Inventory.Cell(row, "Identifiant établissement")];
            var (i, n) = byType.GetValueOrDefault(type);
            byType[type] = (i + (idle ? 1 : 0), n + 1);
        }

        double overall = (double)byType.Values.Sum(v => v.Idle) / byType.Values.Sum(v => v.Lines);
        Assert.InRange(overall, 0.15, 0.30);
        var shares = byType.Where(t => t.Value.Lines >= 150).Select(t => (double)t.Value.Idle / t.Value.Lines).ToList();
        Assert.True(shares.Count >= 3);
        Assert.All(shares, share => Assert.InRange(share, 0.12, 0.35));
        Assert.True(shares.Max() - shares.Min() >= 0.03, "la part dormante devrait varier selon le type d'établissement");
    }

    [Fact]
    public void Needs_open_mostly_in_spring_and_autumn()
    {
        var months = sample.Needs.Column("Début").Select(d => FrenchDate.TryParse(d, out var date, out _) ? date.Month : 0).ToList();
        double seasonal = months.Count(m => m is >= 3 and <= 6 or >= 9 and <= 11) / (double)months.Count;
        Assert.True(seasonal >= 0.6, $"{seasonal:P0} des besoins commencent au printemps ou à l'automne");
        Assert.True(months.Count(m => m == 8) < months.Count(m => m == 10));
    }

    [Fact]
    public void Needs_are_tied_to_named_projects_and_show_institution_profiles_a_clustering_can_find()
    {
        var units = new Dictionary<string, Dictionary<string, double>>();
        foreach (var row in sample.Needs.Rows)
        {
            string family = EquipmentTaxonomy.Get(sample.Needs.Cell(row, "Catégorie")).Family switch
            {
                "image" or "diffusion" => "vidéo",
                "informatique" or "interactif" => "informatique",
                "audio" => "audio",
                _ => "autre",
            };
            string institution = sample.Needs.Cell(row, "Identifiant établissement");
            if (!units.TryGetValue(institution, out var byFamily)) units[institution] = byFamily = [];
            byFamily[family] = byFamily.GetValueOrDefault(family) + int.Parse(sample.Needs.Cell(row, "Quantité"));
        }
        int Dominated(string family) => units.Values.Count(f => f.GetValueOrDefault(family) / f.Values.Sum() >= 0.75);

        Assert.True(Dominated("vidéo") >= 5, "il faut des établissements aux besoins vidéo nettement dominants");
        Assert.True(Dominated("informatique") >= 4);
        Assert.True(Dominated("audio") >= 3);
        Assert.True(sample.Needs.Column("Projet").Distinct().Count() >= 40);
        Assert.Contains(sample.Needs.Column("Projet"), p => p.StartsWith("Exposition « ", StringComparison.Ordinal));
    }

    [Fact]
    public void Ground_truth_profiles_are_what_the_needs_show()
    {
        var truth = SampleDataGenerator.GroundTruth(SampleDataOptions.Sample);
        Assert.Equal(sample.Institutions.Column("Identifiant"), truth.Select(t => t.InstitutionId));

        var videoUnits = new Dictionary<string, (double Video, double All)>();
        foreach (var row in sample.Needs.Rows)
        {
            string institution = sample.Needs.Cell(row, "Identifiant établissement");
            int quantity = int.Parse(sample.Needs.Cell(row, "Quantité"));
            bool video = EquipmentTaxonomy.Get(sample.Needs.Cell(row, "Catégorie")).Family is "image" or "diffusion";
            var (v, a) = videoUnits.GetValueOrDefault(institution);
            videoUnits[institution] = (v + (video ? quantity : 0), a + quantity);
        }
        double MeanVideoShare(Func<SampleInstitutionTruth, bool> which) =>
            truth.Where(t => which(t) && videoUnits.ContainsKey(t.InstitutionId)).Average(t => videoUnits[t.InstitutionId].Video / videoUnits[t.InstitutionId].All);

        Assert.True(MeanVideoShare(t => t.Profile == EquipmentProfile.Video) >= 0.8);
        Assert.True(MeanVideoShare(t => t.Profile is EquipmentProfile.Computing or EquipmentProfile.Audio) <= 0.2);
        Assert.All(truth, t => Assert.InRange(t.IdleShare, 0.05, 0.6));
    }

    [Fact]
    public void Codebook_is_hierarchical_with_30_to_50_codes()
    {
        var paths = sample.Codings.Column("Code").Distinct().ToList();
        Assert.All(paths, path => Assert.Matches(@"^[^>]+ > [^>]+$", path));
        var codebook = new Codebook(paths.Select(p => new Code(p)));
        Assert.InRange(codebook.Codes.Count, 30, 50);
        Assert.InRange(codebook.ChildrenOf(null).Count(), 6, 12);
        Assert.Contains("Freins > Assurance", paths);
        Assert.Contains("Freins > Transport", paths);
        Assert.Contains("Stockage > Matériel dormant", paths);
    }

    [Fact]
    public void Passages_often_carry_several_codes()
    {
        var passages = sample.Codings.Rows
            .GroupBy(r => (sample.Codings.Cell(r, "Identifiant entretien"), sample.Codings.Cell(r, "Codeur"), sample.Codings.Cell(r, "Début")))
            .ToList();
        double multi = passages.Count(p => p.Count() >= 2) / (double)passages.Count;
        Assert.InRange(multi, 0.3, 0.9);
    }

    [Fact]
    public void New_codes_become_rare_in_later_interviews()
    {
        var order = sample.Interviews.Rows
            .OrderBy(r => FrenchDate.TryParse(sample.Interviews.Cell(r, "Date"), out var d, out _) ? d : default)
            .ThenBy(r => sample.Interviews.Cell(r, "Identifiant entretien"), StringComparer.Ordinal)
            .Select(r => sample.Interviews.Cell(r, "Identifiant entretien"))
            .ToList();
        var codesOf = sample.Codings.Rows.ToLookup(r => sample.Codings.Cell(r, "Identifiant entretien"), r => sample.Codings.Cell(r, "Code"));
        var seen = new HashSet<string>();
        var newPerInterview = order.Select(id => codesOf[id].Count(seen.Add)).ToList();

        int total = seen.Count;
        Assert.True(newPerInterview.Take(5).Sum() >= total / 2, "la moitié des codes au moins apparaît dans les cinq premiers entretiens");
        Assert.True(newPerInterview.Skip(order.Count / 2).Sum() <= total / 8, "les codes nouveaux deviennent rares dans la seconde moitié");
    }

    [Fact]
    public void A_subset_of_about_six_interviews_is_double_coded_with_imperfect_agreement()
    {
        var coders = sample.Codings.Column("Codeur").Distinct().ToList();
        Assert.True(coders.Count >= 2);
        var byInterview = sample.Codings.Rows.GroupBy(r => sample.Codings.Cell(r, "Identifiant entretien"));
        var doubleCoded = byInterview.Where(g => g.Select(r => sample.Codings.Cell(r, "Codeur")).Distinct().Count() >= 2).ToList();
        Assert.InRange(doubleCoded.Count, 4, 8);

        int units = 0, agreed = 0;
        foreach (var interview in doubleCoded)
        {
            foreach (var passage in interview.GroupBy(r => sample.Codings.Cell(r, "Début")))
            {
                var sets = coders.Select(c => passage.Where(r => sample.Codings.Cell(r, "Codeur") == c).Select(r => sample.Codings.Cell(r, "Code")).ToHashSet()).ToList();
                var all = sets.SelectMany(s => s).ToHashSet();
                units += all.Count;
                agreed += all.Count(code => sets.All(s => s.Contains(code)));
            }
        }
        double agreement = (double)agreed / units;
        Assert.InRange(agreement, 0.55, 0.95);
    }

    [Fact]
    public void Coders_share_offsets_and_excerpt_on_the_same_passage()
    {
        foreach (var passage in sample.Codings.Rows.GroupBy(r => (sample.Codings.Cell(r, "Identifiant entretien"), sample.Codings.Cell(r, "Début"))))
        {
            Assert.Single(passage.Select(r => sample.Codings.Cell(r, "Fin")).Distinct());
            Assert.Single(passage.Select(r => sample.Codings.Cell(r, "Extrait")).Distinct());
        }
    }

    [Fact]
    public void Some_excerpts_exercise_the_safety_rules()
    {
        var excerpts = sample.Codings.Column("Extrait").Distinct().ToList();
        var respondents = sample.Interviews.Column("Répondant").ToList();

        Assert.Contains(excerpts, e => respondents.Any(e.Contains));
        Assert.Contains(excerpts, e => Regex.IsMatch(e, @"[\w.-]+@[\w.-]+\.example\b"));
        Assert.Contains(excerpts, e => Regex.IsMatch(e, @"\b0[67]( \d\d){4}\b"));
        Assert.Contains(excerpts, e => Regex.IsMatch(e, @"\+33 \d( \d\d){4}"));
        foreach (char start in "=+-@") Assert.Contains(excerpts, e => e[0] == start);
        Assert.InRange(excerpts.Count(e => "=+-@".Contains(e[0])), 4, 12);
    }
}
