using Ressourcerie.Analytics.Interviews;
using Ressourcerie.Analytics.Reporting.Excel;
using static Ressourcerie.Analytics.Reporting.Charts.FrenchNumberFormat;

namespace Ressourcerie.Analytics.Reporting.Sections;

/// <summary>
/// The Verbatims sheet: for every applied code, in codebook order, the passages coded with it,
/// redacted (respondents' names become their pseudonyms, other names, e-mails and phone numbers
/// placeholders) and attributed to a pseudonym, a profile and an institution type, never to a
/// name. Excerpts are written as text cells, so one that starts with <c>=</c>, <c>+</c>, <c>-</c>
/// or <c>@</c> stays text. Nothing is written when the study has no interviews.
/// </summary>
public sealed class VerbatimsSection : IReportSection
{
    private const ReportSheetOrder Sheet = ReportSheetOrder.Verbatims;

    public void Contribute(ReportContext context, ReportModel report)
    {
        if (context.Data.Codings is not { } codings) return;
        var analysis = ReportInterviews.Analyse(codings, context.Data.Institutions);
        var codes = analysis.CodeFrequencies().Rows.Where(r => r.Segments > 0).Select(r => r.Code).ToList();
        // A passage with several codes is one verbatim per code: each distinct excerpt is redacted once
        // (exactly what Verbatims(code) does, without repeating the redactor's work).
        var redacted = new Dictionary<string, string>(StringComparer.Ordinal);
        var verbatims = codes.SelectMany(code => analysis.Verbatims(code, redact: false))
            .Select(v => v with { Excerpt = redacted.TryGetValue(v.Excerpt, out var done) ? done : redacted[v.Excerpt] = analysis.Redactor.Redact(v.Excerpt) })
            .ToList();

        var sheet = report.AddSheet(Sheet, "Verbatims par code");
        sheet.Paragraph($"{InText(verbatims.Count)} extraits pour {InText(codes.Count)} codes, dans l'ordre de la grille de codage puis des entretiens.")
             .Paragraph("Les extraits sont caviardés : le nom d'un répondant est remplacé par son pseudonyme, les autres noms par [nom], les adresses électroniques par [courriel] et les numéros de téléphone par [téléphone]. " +
                        "Chaque extrait est attribué à un pseudonyme (rôle et numéro), jamais à un nom.");
        sheet.Table(new ReportTable(
            "verbatims",
            [
                TableColumn.Wrapped("Code", 30), TableColumn.Wrapped("Extrait", 64), TableColumn.Wrapped("Pseudonyme", 18), TableColumn.Wrapped("Profil", 18),
                TableColumn.Wrapped("Type d'établissement", 16), new TableColumn("Entretien"), TableColumn.Wrapped("Codeurs", 16),
            ],
            verbatims.Select(v => (IReadOnlyList<CellValue>)
            [
                v.Code, CellValue.Of(v.Excerpt), v.Pseudonym, InterviewGroupLabels.Heading(v.Profile), InterviewGroupLabels.Heading(v.InstitutionType),
                v.InterviewId, string.Join(", ", v.Coders),
            ]))
        { Heading = "Extraits codés", EmptyText = "Aucun extrait codé." });
    }
}
