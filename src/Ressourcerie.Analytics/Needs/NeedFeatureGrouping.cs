namespace Ressourcerie.Analytics.Needs;

/// <summary>How the needs part of an institution's feature vector groups categories.</summary>
public enum NeedFeatureGrouping
{
    /// <summary>One share per category family (image, diffusion, informatique, audio…): fewer, denser dimensions.</summary>
    Family,

    /// <summary>One share per category: finer, but sparse when institutions need few categories each.</summary>
    Category,
}
