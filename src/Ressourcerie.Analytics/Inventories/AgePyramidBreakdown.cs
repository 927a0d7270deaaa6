namespace Ressourcerie.Analytics.Inventories;

/// <summary>What the columns of an age pyramid split the units by.</summary>
public enum AgePyramidBreakdown
{
    /// <summary>Category family (image, diffusion, informatique, audio…).</summary>
    Family,

    /// <summary>Status (en service, en stock, hors service…).</summary>
    Status,
}
