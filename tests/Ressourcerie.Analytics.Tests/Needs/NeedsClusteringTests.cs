using Ressourcerie.Analytics.Ingestion;
using Ressourcerie.Analytics.Inventories;
using Ressourcerie.Analytics.Needs;
using Ressourcerie.Analytics.Needs.Clustering;
using Ressourcerie.Analytics.SampleData;
using Ressourcerie.Analytics.Tests.SampleData;

namespace Ressourcerie.Analytics.Tests.Needs;

public class NeedsClusteringTests
{
    /// <summary>
    /// 15 institutions of mixed types and sizes: five need video (projectors, players, displays),
    /// five audio (loudspeakers, headphones, audio guides), five computing (tablets, laptops); each
    /// also asks for a little of something else, at various seasons.
    /// </summary>
    private static (List<Institution> Institutions, List<Need> Needs) ThreeProfiles()
    {
        var institutions = new List<Institution>();
        var needs = new List<Need>();
        var types = new[] { InstitutionType.Musee, InstitutionType.Frac, InstitutionType.CentreDArt, InstitutionType.EcoleDArt, InstitutionType.Musee };
        var profiles = new (string Prefix, string[] Categories)[]
        {
            ("VID", ["video_projector", "media_player", "display"]),
            ("AUD", ["loudspeaker", "headphones", "audio_guide"]),
            ("INF", ["tablet", "computer_laptop", "interactive_kiosk"]),
        };
        int row = 2;
        foreach (var (prefix, categories) in profiles)
        {
            for (int i = 0; i < 5; i++)
            {
                string id = $"{prefix}-{i + 1}";
                institutions.Add(new Institution(id, id, types[i], null, "Bretagne", new GeoPoint(48, -2), 5 + 20 * i, 1 + i));
                var start = new DateOnly(2024, 1 + 2 * i, 10);
                for (int c = 0; c < categories.Length; c++)
                    needs.Add(new Need(id, categories[c], 6 - 2 * c + i % 2, start, start.AddDays(40 + 10 * c), $"Expo {id}", new SourceLocation("besoins.csv", row++)));
                needs.Add(new Need(id, "camera_photo", 1, start, start.AddDays(5), "Captation", new SourceLocation("besoins.csv", row++)));
            }
        }
        institutions.Add(new Institution("SANS-BESOIN", "Sans besoin", InstitutionType.Autre, null, null, null, null, null));
        return (institutions, needs);
    }

    [Fact]
    public void Institutions_with_heavy_video_needs_fall_together_and_k_3_is_chosen()
    {
        var (institutions, needs) = ThreeProfiles();
        var result = NeedsClustering.Run(institutions, needs);

        Assert.Equal(3, result.K);
        var clusterOf = result.ClusterOf;
        foreach (var prefix in new[] { "VID", "AUD", "INF" })
        {
            var clusters = clusterOf.Where(kv => kv.Key.StartsWith(prefix)).Select(kv => kv.Value).Distinct().ToList();
            var cluster = Assert.Single(clusters);
            Assert.Equal(5, result.Clusters.Single(c => c.Id == cluster).Size);
        }
        var video = result.Clusters.Single(c => c.InstitutionIds.Contains("VID-1"));
        Assert.Equal("video_projector", video.TopCategories[0].CategoryId);
        Assert.Contains("Vidéoprojecteur", video.Description);
        Assert.Equal(["SANS-BESOIN"], result.ExcludedInstitutionIds);
        Assert.Contains(result.Notes, n => n.Contains("sans besoin exprimé"));
    }

    [Fact]
    public void A_cluster_description_writes_the_institution_types_as_a_French_reader_expects()
    {
        var (institutions, needs) = ThreeProfiles();
        var video = NeedsClustering.Run(institutions, needs).Clusters.Single(c => c.InstitutionIds.Contains("VID-1"));

        Assert.StartsWith("5 établissements (musée 2, FRAC 1, centre d'art 1, école d'art 1) ;", video.Description);
    }

    [Fact]
    public void The_same_seed_gives_the_same_clusters_and_silhouettes()
    {
        var (institutions, needs) = ThreeProfiles();
        var first = NeedsClustering.Run(institutions, needs, new NeedsClusteringOptions { Seed = 7 });
        var second = NeedsClustering.Run(institutions, needs, new NeedsClusteringOptions { Seed = 7 });

        Assert.Equal(first.Clusters.Select(c => (c.Id, string.Join(",", c.InstitutionIds), c.Description)),
            second.Clusters.Select(c => (c.Id, string.Join(",", c.InstitutionIds), c.Description)));
        Assert.Equal(first.SilhouetteByK, second.SilhouetteByK);
        Assert.Equal(first.Projection, second.Projection);
    }

    [Fact]
    public void Every_k_from_2_to_min_12_n_minus_1_is_tried_and_reported()
    {
        var (institutions, needs) = ThreeProfiles();
        var result = NeedsClustering.Run(institutions, needs);
        Assert.Equal(Enumerable.Range(2, 11), result.SilhouetteByK.Select(s => s.K));
        Assert.Equal(result.SilhouetteByK.Where(s => !double.IsNaN(s.Silhouette)).Max(s => s.Silhouette), result.Silhouette);
        Assert.Equal(2, result.SilhouetteTable().Columns.Count);
    }

    [Fact]
    public void A_fixed_k_is_used_as_given_and_an_impossible_k_is_refused_in_French()
    {
        var (institutions, needs) = ThreeProfiles();
        var two = NeedsClustering.Run(institutions, needs, new NeedsClusteringOptions { K = 2 });
        Assert.Equal(2, two.K);
        Assert.Single(two.SilhouetteByK);

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => NeedsClustering.Run(institutions, needs, new NeedsClusteringOptions { K = 40 }));
        Assert.Contains("entre 2 et 15", error.Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => NeedsClustering.Run(institutions, needs.Where(n => n.InstitutionId is "VID-1" or "AUD-1"), null));
    }

    [Fact]
    public void Clusters_are_numbered_by_size_then_first_member_and_list_their_categories_by_units()
    {
        var study = Study.Load(RepositoryPaths.SampleData);
        var result = NeedsClustering.Run(study.Institutions, study.Needs, new NeedsClusteringOptions { K = 6, TopCategories = 5 });

        Assert.Equal(Enumerable.Range(1, result.Clusters.Count), result.Clusters.Select(c => c.Id));
        for (int c = 1; c < result.Clusters.Count; c++)
        {
            var (previous, current) = (result.Clusters[c - 1], result.Clusters[c]);
            Assert.True(previous.Size > current.Size || (previous.Size == current.Size && string.CompareOrdinal(previous.InstitutionIds[0], current.InstitutionIds[0]) < 0));
        }
        foreach (var cluster in result.Clusters)
        {
            Assert.Equal(cluster.InstitutionIds.Order(StringComparer.Ordinal), cluster.InstitutionIds);
            var expected = study.Needs.Where(n => cluster.InstitutionIds.Contains(n.InstitutionId) && n.Quantity > 0 && n.End >= n.Start)
                .GroupBy(n => n.CategoryId).Select(g => (Category: g.Key, Units: g.Sum(n => (long)n.Quantity)))
                .OrderByDescending(t => t.Units).ThenBy(t => t.Category, StringComparer.Ordinal).Take(5).ToList();
            Assert.Equal(expected, cluster.TopCategories.Select(t => (t.CategoryId, t.Units)));
            Assert.StartsWith($"{cluster.Size} établissement", cluster.Description);
        }
    }

    [Fact]
    public void Silhouette_matches_the_hand_computed_value_of_two_pairs_on_a_line()
    {
        double[][] points = [[0], [1], [10], [11]];
        // a = 1 for each point; b = 10.5, 9.5, 9.5, 10.5; s = (b − a) / b.
        double expected = (9.5 / 10.5 + 8.5 / 9.5 + 8.5 / 9.5 + 9.5 / 10.5) / 4;
        Assert.Equal(expected, Silhouette.Mean(points, [0, 0, 1, 1]), 6);
        // Singletons have s = 0; for 10 and 11, b is the distance to the singleton {5}: 5 and 6.
        Assert.Equal([0.0, 0.0, 4.0 / 5.0, 5.0 / 6.0], Silhouette.Values([[0], [5], [10], [11]], [0, 1, 2, 2]));
        Assert.True(double.IsNaN(Silhouette.Mean(points, [0, 0, 0, 0])));
    }

    [Fact]
    public void The_projection_lies_on_the_first_principal_axis_with_a_fixed_sign()
    {
        var (institutions, needs) = ThreeProfiles();
        var result = NeedsClustering.Run(institutions, needs);
        Assert.Equal(15, result.Projection.Count);
        Assert.True(result.ExplainedVariance[0] >= result.ExplainedVariance[1]);
        Assert.True(result.ExplainedVariance.Sum() <= 1 + 1e-9);
        var mean = (result.Projection.Average(p => p.X), result.Projection.Average(p => p.Y));
        Assert.Equal(0, mean.Item1, 9);
        Assert.Equal(0, mean.Item2, 9);
    }

    [Fact]
    public void In_the_sample_the_institutions_with_heavy_video_needs_fall_together()
    {
        var study = Study.Load(RepositoryPaths.SampleData);
        var truth = SampleDataGenerator.GroundTruth(SampleDataOptions.Sample).ToDictionary(t => t.InstitutionId, t => t.Profile);
        var result = NeedsClustering.Run(study.Institutions, study.Needs);

        var video = truth.Where(t => t.Value == EquipmentProfile.Video && result.ClusterOf.ContainsKey(t.Key)).Select(t => t.Key).ToList();
        Assert.True(video.Count >= 5);
        var cluster = result.Clusters.Single(c => c.Id == result.ClusterOf[video[0]]);
        Assert.All(video, id => Assert.Equal(cluster.Id, result.ClusterOf[id]));
        Assert.True(cluster.InstitutionIds.Count(id => truth[id] == EquipmentProfile.Video) >= 0.8 * cluster.Size);
        Assert.Contains(cluster.TopCategories, t => t.CategoryId == "video_projector");
    }
}
