namespace Ressourcerie.Analytics.Interviews.Readers;

/// <summary>The values of <see cref="CodingProject.Format"/>: which tool's file the codings came from.</summary>
public static class CodingFormats
{
    /// <summary>Our own layout: entretiens + codages (CSV or XLSX).</summary>
    public const string Ressourcerie = "ressourcerie";

    /// <summary>REFI-QDA project (.qdpx, .qde) or codebook (.qdc), written by ATLAS.ti, MAXQDA, NVivo, QualCoder, Transana…</summary>
    public const string RefiQda = "refi-qda";

    public const string AtlasTi = "atlas.ti";

    public const string Maxqda = "maxqda";

    public const string Taguette = "taguette";

    public const string QualCoder = "qualcoder";

    /// <summary>A French sentence listing what <see cref="CodingsReader"/> understands, for error messages.</summary>
    public const string Understood =
        "dossier ou fichiers entretiens + codages (CSV/XLSX du modèle Ressourcerie), projet REFI-QDA (.qdpx, .qde) ou livre de codes (.qdc) " +
        "— exports d'ATLAS.ti, MAXQDA, NVivo, QualCoder, Transana —, export des citations d'ATLAS.ti (CSV/XLSX), " +
        "segments codés de MAXQDA (XLSX/CSV), surlignages de Taguette (CSV/XLSX) et export des codages de QualCoder (CSV/XLSX)";
}
