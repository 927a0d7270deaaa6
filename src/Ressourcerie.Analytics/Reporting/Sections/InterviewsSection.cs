using System.Globalization;
using Ressourcerie.Analytics.Interviews;
using Ressourcerie.Analytics.Interviews.Agreement;
using Ressourcerie.Analytics.Interviews.Frequencies;
using Ressourcerie.Analytics.Interviews.Saturation;
using Ressourcerie.Analytics.Reporting.Charts;
using Ressourcerie.Analytics.Reporting.Excel;
using ScottPlot;
using static Ressourcerie.Analytics.Reporting.Charts.FrenchNumberFormat;

namespace Ressourcerie.Analytics.Reporting.Sections;

/// <summary>
/// The Entretiens sheet: who was interviewed (profiles × institution types, the list of
/// interviews under pseudonyms), what they talked about (code frequencies by profile and by
/// institution type), how reliable the coding is (intercoder agreement) and whether more interviews
/// would have brought new themes (saturation, Guest, Namey &amp; Chen 2020). Two charts; key
/// figures, findings and the <c>entretiens</c> part of <c>summary.json</c>. Nothing is written when
/// the study has no interviews.
/// </summary>
public sealed class InterviewsSection : IReportSection
{
    /// <summary>Codes shown on the chart of codes by profile.</summary>
    public const int ChartCodes = 12;

    /// <summary>Below this many interviews the chart of codes by profile counts segments rather than interviews.</summary>
    public const int FewInterviews = 5;

    /// <summary>Krippendorff (2004, p. 241): α ≥ 0,800 to rely on the data, ≥ 0,667 for tentative conclusions.</summary>
    public const double ReliableAlpha = 0.8;

    public const double TentativeAlpha = 0.667;

    private const ReportSheetOrder Sheet = ReportSheetOrder.Entretiens;

    public void Contribute(ReportContext context, ReportModel report)
    {
        if (context.Data.Codings is not { } codings) return;
        var institutions = context.Data.Institutions;
        var analysis = ReportInterviews.Analyse(codings, institutions);
        var catalog = new InterviewCatalog(codings, institutions);
        var frequencies = analysis.CodeFrequencies();
        var applied = frequencies.Rows.Where(r => r.Segments > 0).ToList();
        int passages = analysis.Passages().Count;
        var byProfile = analysis.CodeByProfile();
        var byType = analysis.CodeByInstitutionType();
        var saturation = analysis.Saturation();
        var agreement = codings.Coders.Count >= 2 ? analysis.Agreement() : null;
        var segmentAgreement = codings.Coders.Count >= 2 ? analysis.Agreement(level: AgreementUnitLevel.Segment) : null;

        var sheet = report.AddSheet(Sheet, "Entretiens exploratoires : profils, thèmes, fiabilité du codage, saturation");
        sheet.Paragraph($"{InText(catalog.Count)} entretiens codés ({CodingFormatLabels.French(codings.Format)}) : {InText(applied.Count)} codes appliqués à {InText(passages)} passages, soit {InText(codings.Segments.Count)} codages.")
             .Paragraph("Les répondants sont désignés par un pseudonyme (leur rôle et un numéro) : aucun nom n'apparaît dans ce classeur. Un segment est un passage d'entretien codé ; un passage codé par deux codeurs compte une fois.")
             .Paragraph("Lecture : « % des entretiens » est la part des entretiens du groupe où le code apparaît au moins une fois ; c'est la mesure à comparer d'un profil à l'autre, les groupes n'ayant pas la même taille.")
             .Paragraph(saturation.Summary);

        AddWhoTables(sheet, catalog, codings, analysis, byProfile, byType);
        AddFrequencyTables(sheet, applied, byProfile, byType, frequencies.InterviewCount);
        AddAgreement(sheet, codings, agreement, segmentAgreement);
        AddSaturation(sheet, saturation);
        AddCharts(report, frequencies, byProfile, saturation);
        AddFigures(report, codings, catalog.Count, applied, passages, frequencies, agreement, saturation);
    }

    private static void AddWhoTables(ReportSheet sheet, InterviewCatalog catalog, CodingProject codings, InterviewAnalysis analysis,
        GroupCodeFrequencyTable byProfile, GroupCodeFrequencyTable byType)
    {
        var types = byType.Groups;
        sheet.Table(new ReportTable(
            "entretiens par profil et type",
            [new TableColumn("Profil"), .. types.Select(t => new TableColumn(InterviewGroupLabels.Heading(t), CellFormat.Integer)), new TableColumn("Total", CellFormat.Integer)],
            byProfile.Groups.Select(profile => (IReadOnlyList<CellValue>)
            [
                InterviewGroupLabels.Heading(profile),
                .. types.Select(t => CellValue.Integer(catalog.Ordered.Count(i => InterviewCatalog.ProfileLabel(i) == profile && catalog.InstitutionTypeLabel(i) == t))),
                CellValue.Integer(catalog.Ordered.Count(i => InterviewCatalog.ProfileLabel(i) == profile)),
            ])
            .Append(
            [
                "Total",
                .. types.Select(t => CellValue.Integer(catalog.Ordered.Count(i => catalog.InstitutionTypeLabel(i) == t))),
                CellValue.Integer(catalog.Count),
            ]))
        {
            Heading = "Entretiens par profil du répondant et type d'établissement",
            Note = "Type d'établissement « non renseigné » : entretien sans établissement, ou établissement absent du fichier des établissements.",
            EmptyText = "Aucun entretien.",
        });

        var segmentsByInterview = codings.Segments.GroupBy(s => s.InterviewId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var passagesByInterview = analysis.Passages().GroupBy(p => p.InterviewId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        sheet.Table(new ReportTable(
            "liste des entretiens",
            [
                new TableColumn("Entretien"), new TableColumn("Date", CellFormat.Date), new TableColumn("Pseudonyme"), new TableColumn("Profil"),
                new TableColumn("Type d'établissement"), new TableColumn("Segments", CellFormat.Integer), new TableColumn("Codes distincts", CellFormat.Integer),
                new TableColumn("Codeurs"),
            ],
            catalog.Ordered.Select(interview =>
            {
                var segments = segmentsByInterview.GetValueOrDefault(interview.Id) ?? [];
                return (IReadOnlyList<CellValue>)
                [
                    interview.Id, CellValue.Of(interview.Date), analysis.Pseudonyms.PseudonymOf(interview.Id), InterviewGroupLabels.Heading(InterviewCatalog.ProfileLabel(interview)),
                    InterviewGroupLabels.Heading(catalog.InstitutionTypeLabel(interview)), passagesByInterview.GetValueOrDefault(interview.Id),
                    segments.Select(s => s.CodePath).Distinct(StringComparer.Ordinal).Count(),
                    string.Join(", ", segments.Select(s => s.Coder).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)),
                ];
            }))
        { Heading = "Liste des entretiens (ordre chronologique)", Note = "Le pseudonyme est stable d'un rapport à l'autre tant que la liste des entretiens ne change pas." });
    }

    /// <summary>
    /// Code × group matrices, one measure each, so that every column but the first holds numbers
    /// of one kind: % of the group's interviews (by profile, then by institution type), then the
    /// interviews and the segments by profile.
    /// </summary>
    private static void AddFrequencyTables(ReportSheet sheet, IReadOnlyList<CodeFrequency> applied, GroupCodeFrequencyTable byProfile,
        GroupCodeFrequencyTable byType, int interviews)
    {
        var tables = new (GroupCodeFrequencyTable Table, FrequencyMeasure Measure, string Name, string Heading, string? Note)[]
        {
            (byProfile, FrequencyMeasure.InterviewPercent, "codes par profil", "Codes cités par profil : % des entretiens de chaque profil où le code apparaît", null),
            (byType, FrequencyMeasure.InterviewPercent, "codes par type", "Codes cités par type d'établissement : % des entretiens de chaque type où le code apparaît", null),
            (byProfile, FrequencyMeasure.Interviews, "entretiens par code et profil", "Codes cités par profil : nombre d'entretiens où le code apparaît", null),
            (byProfile, FrequencyMeasure.Segments, "segments par code et profil", "Codes cités par profil : nombre de segments (passages codés)",
                "Un passage codé par plusieurs codeurs, ou avec plusieurs sous-codes, compte une fois."),
        };
        foreach (var (table, measure, name, heading, note) in tables)
        {
            var cells = table.Rows.ToDictionary(r => (r.Code, r.Group));
            var format = measure == FrequencyMeasure.InterviewPercent ? CellFormat.Percent : CellFormat.Integer;
            CellValue Value(double value) => measure == FrequencyMeasure.InterviewPercent ? CellValue.Percent(value / 100) : CellValue.Integer((long)value);
            double Total(CodeFrequency code) => measure switch
            {
                FrequencyMeasure.InterviewPercent => code.InterviewPercent,
                FrequencyMeasure.Interviews => code.Interviews,
                _ => code.Segments,
            };
            sheet.Table(new ReportTable(
                name,
                [
                    new TableColumn("Code"), new TableColumn($"Tous (n = {interviews})", format),
                    .. table.Groups.Select((g, i) => new TableColumn($"{InterviewGroupLabels.Heading(g)} (n = {table.GroupInterviews[i]})", format)),
                ],
                applied.Select(code => (IReadOnlyList<CellValue>)
                [
                    code.Code, Value(Total(code)),
                    .. table.Groups.Select(g => Value(cells[(code.Code, g)].Value(measure, CodeCounting.Own))),
                ]))
            { Heading = heading, Note = note, EmptyText = "Aucun code appliqué." });
        }
    }

    private static void AddAgreement(ReportSheet sheet, CodingProject codings, CodingAgreement? document, CodingAgreement? segment)
    {
        if (document is null || segment is null)
        {
            sheet.Table(new ReportTable("accord intercodeurs", [new TableColumn("Accord intercodeurs")], [])
            {
                Heading = "Accord intercodeurs",
                EmptyText = codings.Coders.Count == 1
                    ? $"Non calculé : un seul codeur ({codings.Coders[0]}). Faites recoder une partie des entretiens par une deuxième personne pour mesurer la fiabilité du codage."
                    : "Non calculé : les codages n'indiquent pas de codeur.",
            });
            return;
        }

        sheet.Table(new ReportTable(
            "accord intercodeurs",
            [
                new TableColumn("Unité comparée"), new TableColumn("Codeurs"), new TableColumn("Entretiens comparés", CellFormat.Integer), new TableColumn("Unités", CellFormat.Integer),
                new TableColumn("Accord", CellFormat.Percent), new TableColumn("Kappa de Cohen", CellFormat.Decimal2), new TableColumn("Kappa de Brennan et Prediger", CellFormat.Decimal2),
                new TableColumn("Alpha de Krippendorff", CellFormat.Decimal2), new TableColumn("Remarques", Wrap: true),
            ],
            new[] { document, segment }.Select(a => (IReadOnlyList<CellValue>)
            [
                a.Level == AgreementUnitLevel.Document
                    ? "Document (code présent ou non dans l'entretien)"
                    : $"Segment (recouvrement d'au moins {InText(100 * a.MinimumOverlap!.Value)}\u00A0%)",
                string.Join(", ", a.Coders), a.Interviews.Count, a.Units, CellValue.Percent(a.PercentAgreement / 100),
                CellValue.Of(a.CohenKappa, CellFormat.Decimal2), CellValue.Of(a.BrennanPredigerKappa, CellFormat.Decimal2), CellValue.Of(a.KrippendorffAlpha, CellFormat.Decimal2),
                string.Join(" ", a.Notes),
            ]))
        {
            Heading = "Accord intercodeurs, sur les entretiens codés par plusieurs personnes",
            Note = "Alpha de Krippendorff (nominal) : fiable à partir de 0,80, conclusions provisoires entre 0,667 et 0,80 (Krippendorff 2004). Une case vide est une valeur non définie pour ces données ; la remarque dit pourquoi.",
        });

        sheet.Table(new ReportTable(
            "accord par code",
            [
                new TableColumn("Code"), new TableColumn("Unités", CellFormat.Integer), new TableColumn("Accord", CellFormat.Percent),
                new TableColumn("Kappa de Cohen", CellFormat.Decimal2), new TableColumn("Kappa de Brennan et Prediger", CellFormat.Decimal2),
                new TableColumn("Alpha de Krippendorff", CellFormat.Decimal2), new TableColumn("Remarques", Wrap: true),
            ],
            document.ByCode.Select(c => (IReadOnlyList<CellValue>)
            [
                c.Code, c.Units, CellValue.Percent(c.PercentAgreement / 100), CellValue.Of(c.CohenKappa, CellFormat.Decimal2),
                CellValue.Of(c.BrennanPredigerKappa, CellFormat.Decimal2), CellValue.Of(c.KrippendorffAlpha, CellFormat.Decimal2), string.Join(" ", c.Notes),
            ]))
        { Heading = "Accord intercodeurs par code (unité : le document)", EmptyText = "Aucun code commun aux entretiens comparés." });
    }

    private static void AddSaturation(ReportSheet sheet, SaturationResult saturation)
    {
        sheet.Table(new ReportTable(
            "saturation",
            [
                new TableColumn("Entretien"), new TableColumn("Rang", CellFormat.Integer), new TableColumn("Date", CellFormat.Date),
                new TableColumn("Codes de l'entretien", CellFormat.Integer), new TableColumn("Nouveaux codes", CellFormat.Integer),
                new TableColumn("Codes uniques cumulés", CellFormat.Integer), new TableColumn("% des codes uniques", CellFormat.Percent),
            ],
            saturation.Curve.Select(p => (IReadOnlyList<CellValue>)
                [p.InterviewId, p.Position, CellValue.Of(p.Date), p.Codes, p.NewCodes, p.CumulativeUniqueCodes, CellValue.Percent(p.CumulativePercent / 100)]))
        {
            Heading = "Saturation thématique (Guest, Namey et Chen 2020)",
            Note = $"Méthode : les codes uniques des {saturation.BaseSize} premiers entretiens forment la base ; on cherche le premier run de " +
                   $"{saturation.RunLength} entretiens consécutifs qui apporte au plus {InText(100 * saturation.NewInformationThreshold)}\u00A0% de codes nouveaux par rapport à la base.",
            EmptyText = "Aucun entretien.",
        });
    }

    private static void AddCharts(ReportModel report, CodeFrequencyTable frequencies, GroupCodeFrequencyTable byProfile, SaturationResult saturation)
    {
        if (CodesByProfileChart(frequencies, byProfile) is not { } codes) return;
        report.AddChart(new ReportChart(
            "entretiens-codes-par-profil",
            $"{codes.Axes.Title.Label.Text} : {codes.Axes.Bottom.Label.Text.ToLowerInvariant()}",
            codes,
            Sheet));
        report.AddChart(new ReportChart(
            "entretiens-saturation",
            "Courbe de saturation : codes uniques cumulés et nouveaux codes par entretien",
            SaturationChart(saturation),
            Sheet));
    }

    /// <summary>
    /// The <see cref="ChartCodes"/> most cited codes, stacked by respondent profile: interviews where
    /// the code appears, or segments when there are fewer than <see cref="FewInterviews"/> interviews;
    /// null when no code was applied.
    /// </summary>
    public static Plot? CodesByProfileChart(CodeFrequencyTable frequencies, GroupCodeFrequencyTable byProfile)
    {
        var applied = frequencies.Rows.Where(r => r.Segments > 0).ToList();
        if (applied.Count == 0) return null;
        // With a handful of interviews (a single transcribed document, say) "interviews where the
        // code appears" is 0 or 1 everywhere: the segments then tell codes apart.
        bool bySegments = byProfile.GroupInterviews.Sum() < FewInterviews;
        var measure = bySegments ? FrequencyMeasure.Segments : FrequencyMeasure.Interviews;
        var top = applied.OrderByDescending(c => bySegments ? c.Segments : c.Interviews).ThenByDescending(c => bySegments ? c.Interviews : c.Segments)
            .Take(ChartCodes).Select(c => c.Code).ToList();
        var cells = byProfile.Rows.ToDictionary(r => (r.Code, r.Group));
        // 46 characters: two lines of the axis (ChartLabels.Fit wraps at 30) hold them whole.
        var labels = CodeChartLabels.For(top, maxLength: 46, withParent: true);
        return HorizontalGroupedBarChart.Create(
            applied.Count > ChartCodes ? $"Les {top.Count} codes les plus cités, par profil" : "Codes cités, par profil",
            labels,
            [.. byProfile.Groups.Select(g => (InterviewGroupLabels.Heading(g), (IReadOnlyList<double>)[.. top.Select(code => cells[(code, g)].Value(measure, CodeCounting.Own))]))],
            bySegments ? "Segments codés" : "Entretiens où le code apparaît");
    }

    /// <summary>New and cumulative unique codes interview after interview, with the end of the base and the saturation point (Guest, Bunce &amp; Johnson 2006).</summary>
    public static Plot SaturationChart(SaturationResult saturation) =>
        SaturationCurveChart.Create(
            "Saturation thématique",
            [.. saturation.Curve.Select(p => (double)p.NewCodes)],
            [.. saturation.Curve.Select(p => (double)p.CumulativeUniqueCodes)],
            saturation.BaseSize,
            saturation.ReachedAtPosition,
            saturation.IsReached ? $"Saturation : entretien n° {saturation.ReachedAtPosition}" : "Saturation non atteinte");

    private static void AddFigures(ReportModel report, CodingProject codings, int interviews, IReadOnlyList<CodeFrequency> applied, int passages,
        CodeFrequencyTable frequencies, CodingAgreement? agreement, SaturationResult saturation)
    {
        report.AddKeyFigure(new KeyFigure("interviews", "Entretiens codés", interviews, CellFormat.Integer, Sheet));
        report.AddKeyFigure(new KeyFigure("interview_codes_applied", "Codes appliqués dans les entretiens", applied.Count, CellFormat.Integer, Sheet));
        report.AddKeyFigure(new KeyFigure("interview_segments", "Passages d'entretien codés (segments)", passages, CellFormat.Integer, Sheet));
        if (agreement?.KrippendorffAlpha is { } alpha)
            report.AddKeyFigure(new KeyFigure("intercoder_krippendorff_alpha", "Alpha de Krippendorff (accord entre codeurs)", alpha, CellFormat.Decimal2, Sheet));
        if (saturation.ReachedAtPosition is { } position)
            report.AddKeyFigure(new KeyFigure("saturation_interview", "Saturation thématique atteinte à l'entretien n°", position, CellFormat.Integer, Sheet));

        foreach (var finding in ThemeFindings(frequencies, interviews)) report.AddFinding(Sheet, finding);
        report.AddFinding(Sheet, SaturationFinding(saturation));
        if (agreement is not null) report.AddFinding(Sheet, AgreementFinding(agreement));

        var json = report.Summary.Section("entretiens");
        json.Set("format", codings.Format)
            .Set("interviews", (long)interviews)
            .Set("codes", (long)frequencies.Rows.Count)
            .Set("codes_applied", (long)applied.Count)
            .Set("segments", (long)passages)
            .Set("codings", (long)codings.Segments.Count)
            .Set("coders", codings.Coders)
            .Set("top_codes", applied.OrderByDescending(c => c.Interviews).ThenByDescending(c => c.Segments).Take(10)
                .Select(c => new SummaryJson().Set("code", c.Code).Set("interviews", (long)c.Interviews).Set("segments", (long)c.Segments)));
        if (agreement is null)
        {
            json.Set("krippendorff_alpha", (string?)null);
        }
        else
        {
            SetNumber(json, "krippendorff_alpha", agreement.KrippendorffAlpha);
            var detail = json.Section("agreement");
            detail.Set("level", "document").Set("coders", agreement.Coders).Set("interviews", (long)agreement.Interviews.Count).Set("units", (long)agreement.Units);
            SetNumber(detail, "percent_agreement", agreement.PercentAgreement);
            SetNumber(detail, "cohen_kappa", agreement.CohenKappa);
            SetNumber(detail, "brennan_prediger_kappa", agreement.BrennanPredigerKappa);
            SetNumber(detail, "krippendorff_alpha", agreement.KrippendorffAlpha);
        }
        var saturationJson = json.Section("saturation");
        saturationJson.Set("reached", saturation.IsReached)
            .Set("base_size", (long)saturation.BaseSize)
            .Set("run_length", (long)saturation.RunLength)
            .Set("new_information_threshold", saturation.NewInformationThreshold)
            .Set("total_unique_codes", (long)saturation.TotalUniqueCodes)
            .Set("interview", saturation.ReachedAtInterviewId);
        SetNumber(saturationJson, "position", saturation.ReachedAtPosition);
    }

    /// <summary>
    /// The most cited sub-codes of the themes the team names "Freins" and "Leviers" (or their usual
    /// synonyms), else the most cited codes: the sentences a ministry reader looks for first.
    /// </summary>
    private static IEnumerable<string> ThemeFindings(CodeFrequencyTable frequencies, int interviews)
    {
        var themes = new (string Label, string[] Names)[]
        {
            ("Les freins les plus cités sont", ["freins", "frein", "obstacles", "barrieres", "difficultes", "blocages"]),
            ("Les leviers les plus cités sont", ["leviers", "levier", "solutions", "facilitateurs", "conditions de reussite"]),
        };
        bool any = false;
        foreach (var (label, names) in themes)
        {
            var theme = frequencies.Rows.FirstOrDefault(r => r.Depth == 0 && names.Contains(Ingestion.MatchKey.FoldWords(r.Code)));
            if (theme is null) continue;
            var top = TopCited(frequencies.Rows.Where(r => r.Code.StartsWith(theme.Code + Code.Separator, StringComparison.Ordinal)), 3);
            if (top.Count == 0) continue;
            any = true;
            yield return $"{label} {Enumerate(top, interviews)}.";
        }
        if (!any && TopCited(frequencies.Rows, 3) is { Count: > 0 } codes)
            yield return $"Les thèmes les plus cités sont {Enumerate(codes, interviews)}.";
    }

    private static List<CodeFrequency> TopCited(IEnumerable<CodeFrequency> rows, int count) =>
        rows.Where(r => r.Interviews > 0).OrderByDescending(r => r.Interviews).ThenByDescending(r => r.Segments).Take(count).ToList();

    /// <summary>« temps (16 entretiens sur 20), transport (13 sur 20) et … (12 sur 20) ».</summary>
    private static string Enumerate(IReadOnlyList<CodeFrequency> codes, int interviews)
    {
        var parts = codes.Select((c, i) => $"« {new Code(c.Code).Name} » ({InText(c.Interviews)}{(i == 0 ? $" entretien{(c.Interviews > 1 ? "s" : "")}" : "")} sur {InText(interviews)})").ToList();
        return parts.Count == 1 ? parts[0] : string.Join(", ", parts[..^1]) + " et " + parts[^1];
    }

    private static string SaturationFinding(SaturationResult saturation)
    {
        string parameters = $"méthode de Guest et al. 2020 : base de {saturation.BaseSize} entretiens, runs de {saturation.RunLength}, seuil de {InText(100 * saturation.NewInformationThreshold)}\u00A0%";
        if (saturation.IsReached)
            return $"La saturation thématique est atteinte à l'entretien n° {saturation.ReachedAtPosition} ({saturation.ReachedAtInterviewId}) sur {saturation.Curve.Count} : " +
                   $"les entretiens suivants n'apportent presque plus de thème nouveau ({parameters}).";
        return saturation.Runs.Count == 0 || saturation.BaseCodes == 0
            ? $"La saturation thématique ne peut pas être évaluée avec {saturation.Curve.Count} entretien(s) ({parameters})."
            : $"La saturation thématique n'est pas atteinte : les derniers entretiens apportent encore des thèmes nouveaux ; d'autres entretiens sont utiles ({parameters}).";
    }

    private static string AgreementFinding(CodingAgreement agreement)
    {
        var fr = CultureInfo.GetCultureInfo("fr-FR");
        string where = $"{InText(agreement.Interviews.Count)} entretien{(agreement.Interviews.Count > 1 ? "s" : "")} codé{(agreement.Interviews.Count > 1 ? "s" : "")} par {string.Join(" et ", agreement.Coders)}";
        if (agreement.KrippendorffAlpha is not { } alpha)
            return $"Accord intercodeurs non défini sur {where} : {string.Join(" ", agreement.Notes)}";
        string verdict = alpha >= ReliableAlpha ? "fiable (seuil de 0,80 de Krippendorff)"
            : alpha >= TentativeAlpha ? "suffisant pour des conclusions provisoires (entre 0,667 et 0,80 selon Krippendorff)"
            : "insuffisant (sous 0,667 selon Krippendorff) : la grille de codage est à préciser";
        return $"Accord intercodeurs sur {where} : alpha de Krippendorff = {alpha.ToString("0.00", fr)}, {InText(agreement.PercentAgreement ?? 0, 1)}\u00A0% d'accord ; le codage est {verdict}.";
    }

    private static void SetNumber(SummaryJson json, string key, double? value)
    {
        if (value is { } v && double.IsFinite(v)) json.Set(key, v);
        else json.Set(key, (string?)null);
    }

}
