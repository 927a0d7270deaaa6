using Ressourcerie.Analytics.Ingestion;

namespace Ressourcerie.Analytics.Inventories;

/// <summary>The spellings of the institutions' <c>type</c> column, with the acronyms of the field (FRAC, ESA, CNAP…).</summary>
public static class InstitutionTypeSynonyms
{
    public static SynonymTable<InstitutionType> Table { get; } = new(
    [
        ("musée", InstitutionType.Musee),
        ("frac", InstitutionType.Frac),
        ("centre d'art", InstitutionType.CentreDArt),
        ("école d'art", InstitutionType.EcoleDArt),
        ("cnap", InstitutionType.Cnap),
        ("autre", InstitutionType.Autre),

        ("musées", InstitutionType.Musee),
        ("museum", InstitutionType.Musee),
        ("muséum", InstitutionType.Musee),
        ("musée de France", InstitutionType.Musee),
        ("musée d'art", InstitutionType.Musee),
        ("musée municipal", InstitutionType.Musee),
        ("musée national", InstitutionType.Musee),
        ("museum of art", InstitutionType.Musee),
        ("art museum", InstitutionType.Musee),

        ("fonds régional d'art contemporain", InstitutionType.Frac),
        ("fonds régionaux d'art contemporain", InstitutionType.Frac),

        ("centre d'art contemporain", InstitutionType.CentreDArt),
        ("centre d'art contemporain d'intérêt national", InstitutionType.CentreDArt),
        ("CACIN", InstitutionType.CentreDArt),
        ("CAC", InstitutionType.CentreDArt),
        ("art centre", InstitutionType.CentreDArt),
        ("art center", InstitutionType.CentreDArt),
        ("contemporary art centre", InstitutionType.CentreDArt),
        ("contemporary art center", InstitutionType.CentreDArt),

        ("école supérieure d'art", InstitutionType.EcoleDArt),
        ("école supérieure d'art et de design", InstitutionType.EcoleDArt),
        ("école nationale supérieure d'art", InstitutionType.EcoleDArt),
        ("école des beaux-arts", InstitutionType.EcoleDArt),
        ("beaux-arts", InstitutionType.EcoleDArt),
        ("école d'art et de design", InstitutionType.EcoleDArt),
        ("ESA", InstitutionType.EcoleDArt),
        ("ESAD", InstitutionType.EcoleDArt),
        ("ESBA", InstitutionType.EcoleDArt),
        ("ENSA", InstitutionType.EcoleDArt),
        ("ENSBA", InstitutionType.EcoleDArt),
        ("art school", InstitutionType.EcoleDArt),
        ("school of art", InstitutionType.EcoleDArt),

        ("centre national des arts plastiques", InstitutionType.Cnap),

        ("autres", InstitutionType.Autre),
        ("other", InstitutionType.Autre),
    ]);
}
