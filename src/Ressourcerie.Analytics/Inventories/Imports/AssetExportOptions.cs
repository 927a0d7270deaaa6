namespace Ressourcerie.Analytics.Inventories.Imports;

/// <summary>How to read an asset-management export (GLPI, Snipe-IT) into inventory lines.</summary>
public sealed record AssetExportOptions
{
    public static AssetExportOptions Default { get; } = new();

    /// <summary>The institution every line belongs to (an export of one institution's assets); otherwise it is found per row from the entity, company or location.</summary>
    public string? InstitutionId { get; init; }

    /// <summary>The known institutions: ids and names the entity, company or location are matched to. Null: the entity (or company) text is taken as the id, with a warning.</summary>
    public InstitutionIndex? Institutions { get; init; }

    /// <summary>Forces the order of dates; null to detect it per file from the values.</summary>
    public DateOrder? DateOrder { get; init; }

    /// <summary>For GLPI: the kind of assets of the export (one itemtype per list export); null to tell it from the columns.</summary>
    public GlpiItemType? GlpiItemType { get; init; }

    /// <summary>Clock for the "acquisition year not in the future" rule.</summary>
    public StudyOptions Study { get; init; } = StudyOptions.Default;
}
