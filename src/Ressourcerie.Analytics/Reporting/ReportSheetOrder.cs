namespace Ressourcerie.Analytics.Reporting;

/// <summary>The sheets of the ministry workbook, in their order.</summary>
public enum ReportSheetOrder
{
    Synthese,
    Entretiens,
    CodesEtCooccurrences,
    Verbatims,
    Inventaire,
    StockDormant,
    BesoinsEtClusters,
    Appariements,
    Scenarios,
    Sensibilite,
    HypothesesEtSources,
    QualiteDesDonnees,
    Provenance,
}

public static class ReportSheetNames
{
    /// <summary>The sheet's name as the tab shows it (at most 31 characters).</summary>
    public static string SheetName(this ReportSheetOrder sheet) => sheet switch
    {
        ReportSheetOrder.Synthese => "Synthèse",
        ReportSheetOrder.Entretiens => "Entretiens",
        ReportSheetOrder.CodesEtCooccurrences => "Codes et co-occurrences",
        ReportSheetOrder.Verbatims => "Verbatims",
        ReportSheetOrder.Inventaire => "Inventaire",
        ReportSheetOrder.StockDormant => "Stock dormant",
        ReportSheetOrder.BesoinsEtClusters => "Besoins et clusters",
        ReportSheetOrder.Appariements => "Appariements",
        ReportSheetOrder.Scenarios => "Scénarios",
        ReportSheetOrder.Sensibilite => "Sensibilité",
        ReportSheetOrder.HypothesesEtSources => "Hypothèses et sources",
        ReportSheetOrder.QualiteDesDonnees => "Qualité des données",
        _ => "Provenance",
    };
}
