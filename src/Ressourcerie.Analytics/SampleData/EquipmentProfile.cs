namespace Ressourcerie.Analytics.SampleData;

/// <summary>
/// The hidden equipment profile a synthetic institution is drawn from (see
/// <see cref="SampleDataGenerator.GroundTruth"/>): what a clustering of its needs should recover.
/// </summary>
public enum EquipmentProfile
{
    /// <summary>Video projectors, media players, displays.</summary>
    Video,

    /// <summary>Tablets, laptops, kiosks, VR headsets.</summary>
    Computing,

    /// <summary>Loudspeakers, headphones, audio guides, microphones.</summary>
    Audio,

    /// <summary>A bit of everything.</summary>
    Mixed,
}
