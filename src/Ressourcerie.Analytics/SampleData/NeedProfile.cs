namespace Ressourcerie.Analytics.SampleData;

/// <summary>
/// The hidden "equipment profile" of a synthetic institution: what its park is made of and what
/// it asks for. The needs of a profile are concentrated on a few categories (video: projectors,
/// media players, displays; computing: tablets, laptops, kiosks; audio: loudspeakers, headphones,
/// audio guides) so that a clustering of needs has real structure to find; the mixed profile
/// spreads them. The inventory mix adds to every profile the office equipment all institutions own.
/// </summary>
internal sealed class NeedProfile
{
    private NeedProfile(EquipmentProfile kind, double needIntensity, (string Category, double Weight)[] inventoryExtra, (string Category, double Weight)[] needs, string[] nounsPlural, string[] nounsSingular)
    {
        Kind = kind;
        NeedIntensity = needIntensity;
        InventoryMix = Merge(CommonInventory, inventoryExtra);
        NeedMix = needs;
        NounsPlural = nounsPlural;
        NounsSingular = nounsSingular;
        InventoryWeights = InventoryMix.Select(m => m.Weight).ToArray();
        NeedWeights = NeedMix.Select(m => m.Weight).ToArray();
    }

    public EquipmentProfile Kind { get; }

    /// <summary>Multiplies need quantities (video institutions ask for many projectors and players at once).</summary>
    public double NeedIntensity { get; }

    public IReadOnlyList<(string Category, double Weight)> InventoryMix { get; }

    public double[] InventoryWeights { get; }

    public IReadOnlyList<(string Category, double Weight)> NeedMix { get; }

    public double[] NeedWeights { get; }

    /// <summary>How respondents of such an institution name their equipment in interviews ("nos vidéoprojecteurs").</summary>
    public IReadOnlyList<string> NounsPlural { get; }

    public IReadOnlyList<string> NounsSingular { get; }

    private static readonly (string, double)[] CommonInventory =
    [
        ("computer_desktop", 6), ("computer_laptop", 6), ("display", 5), ("printer", 2), ("network", 3),
        ("server", 0.6), ("smartphone", 1), ("scanner", 0.6), ("other", 1), ("camera_photo", 0.8),
        ("projection_screen", 1), ("tv", 1),
    ];

    private static (string, double)[] Merge((string Category, double Weight)[] common, (string Category, double Weight)[] extra)
    {
        var merged = common.ToList();
        foreach (var (category, weight) in extra)
        {
            int i = merged.FindIndex(m => m.Item1 == category);
            if (i >= 0) merged[i] = (category, merged[i].Item2 + weight);
            else merged.Add((category, weight));
        }
        return merged.ToArray();
    }

    public static NeedProfile Video { get; } = new(
        EquipmentProfile.Video, 1.6,
        [
            ("video_projector", 14), ("media_player", 14), ("display", 8), ("av_signal", 7), ("tv", 3),
            ("video_wall", 1.5), ("media_server", 1), ("show_control", 0.8), ("projection_screen", 2),
            ("disc_player", 1.5), ("loudspeaker", 4), ("headphones", 4), ("amplifier", 1.5),
            ("camera_video", 1.5), ("computer_mini_pc", 2),
        ],
        [
            ("video_projector", 30), ("media_player", 26), ("display", 18), ("tv", 6), ("av_signal", 8),
            ("video_wall", 3), ("projection_screen", 4), ("loudspeaker", 3), ("headphones", 2),
        ],
        ["vidéoprojecteurs", "lecteurs BrightSign", "écrans", "lecteurs multimédias"],
        ["vidéoprojecteur", "lecteur BrightSign", "écran 55 pouces", "vidéoprojecteur laser"]);

    public static NeedProfile Computing { get; } = new(
        EquipmentProfile.Computing, 1.4,
        [
            ("computer_laptop", 10), ("computer_desktop", 8), ("tablet", 12), ("computer_mini_pc", 3),
            ("touch_display", 4), ("interactive_kiosk", 4), ("vr_headset", 3), ("printer", 2),
            ("printer_3d", 1.5), ("scanner", 1), ("sensor_interactive", 1.5), ("server", 1), ("network", 3),
            ("video_projector", 3), ("smartphone", 2),
        ],
        [
            ("tablet", 28), ("computer_laptop", 20), ("computer_desktop", 6), ("computer_mini_pc", 6),
            ("interactive_kiosk", 10), ("touch_display", 10), ("vr_headset", 10), ("sensor_interactive", 4),
            ("display", 3), ("video_projector", 3),
        ],
        ["tablettes", "ordinateurs portables", "bornes interactives", "casques de réalité virtuelle"],
        ["iPad", "ordinateur portable", "écran tactile", "casque de réalité virtuelle"]);

    public static NeedProfile Audio { get; } = new(
        EquipmentProfile.Audio, 1.4,
        [
            ("loudspeaker", 12), ("headphones", 12), ("amplifier", 5), ("audio_guide", 6), ("microphone", 5),
            ("audio_mixer", 3), ("hearing_assist", 1.5), ("media_player", 5), ("video_projector", 3),
            ("lighting_control", 1),
        ],
        [
            ("loudspeaker", 26), ("headphones", 24), ("amplifier", 10), ("audio_guide", 14), ("microphone", 12),
            ("audio_mixer", 8), ("hearing_assist", 4), ("media_player", 4),
        ],
        ["enceintes", "casques", "audioguides", "amplificateurs"],
        ["enceinte Genelec", "casque", "audioguide", "micro HF"]);

    public static NeedProfile Mixed { get; } = new(
        EquipmentProfile.Mixed, 1.0,
        [
            ("video_projector", 6), ("media_player", 6), ("tablet", 5), ("loudspeaker", 5), ("headphones", 5),
            ("touch_display", 2), ("interactive_kiosk", 2), ("vr_headset", 1), ("microphone", 2), ("amplifier", 2),
            ("camera_video", 1), ("av_signal", 2), ("audio_guide", 2), ("lighting_control", 1), ("sensor_interactive", 1),
        ],
        [
            ("video_projector", 10), ("media_player", 9), ("display", 8), ("tablet", 8), ("computer_laptop", 6),
            ("loudspeaker", 9), ("headphones", 9), ("microphone", 5), ("touch_display", 5), ("vr_headset", 4),
            ("interactive_kiosk", 4), ("audio_guide", 4), ("av_signal", 4), ("amplifier", 3),
        ],
        ["vidéoprojecteurs", "écrans", "casques", "tablettes"],
        ["vidéoprojecteur", "écran", "casque", "lecteur multimédia"]);

    /// <summary>In the order of <see cref="InstitutionTypeTraits.ProfileWeights"/>.</summary>
    public static IReadOnlyList<NeedProfile> All { get; } = [Video, Computing, Audio, Mixed];

    /// <summary>
    /// The largest quantity a single need row asks for in a category (audio guides for a whole
    /// visit group, a dozen tablets for a workshop, a few projectors for one exhibition).
    /// </summary>
    public static int MaxNeedQuantity(string categoryId) => categoryId switch
    {
        "audio_guide" => 40,
        "headphones" or "tablet" => 20,
        "media_player" or "computer_laptop" or "vr_headset" => 10,
        "video_wall" => 9,
        "display" or "loudspeaker" => 8,
        "video_projector" or "av_signal" or "computer_desktop" or "computer_mini_pc" or "microphone" => 6,
        "tv" or "interactive_kiosk" or "touch_display" or "sensor_interactive" or "amplifier" => 4,
        _ => 2,
    };
}
