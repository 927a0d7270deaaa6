using Ressourcerie.Analytics.Interviews.Readers;

namespace Ressourcerie.Analytics.Interviews;

/// <summary>What each <see cref="CodingProject.Format"/> means, in French, for provenance tables and command output.</summary>
public static class CodingFormatLabels
{
    /// <summary>"export des citations d'ATLAS.ti" for <c>atlas.ti</c>; combined formats ("taguette + ressourcerie") label each part.</summary>
    public static string French(string format) =>
        format.Contains(" + ", StringComparison.Ordinal)
            ? string.Join(" + ", format.Split(" + ").Select(French))
            : format switch
            {
                CodingFormats.Ressourcerie => "modèle Ressourcerie (entretiens + codages)",
                CodingFormats.RefiQda => "projet REFI-QDA",
                CodingFormats.AtlasTi => "export des citations d'ATLAS.ti",
                CodingFormats.Maxqda => "segments codés de MAXQDA",
                CodingFormats.Taguette => "surlignages de Taguette",
                CodingFormats.QualCoder => "codages de QualCoder",
                _ => format,
            };
}
