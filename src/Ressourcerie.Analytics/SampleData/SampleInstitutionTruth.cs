namespace Ressourcerie.Analytics.SampleData;

/// <summary>What a synthetic institution was drawn from, never written to the data files: its equipment profile and its share of idle lines.</summary>
public sealed record SampleInstitutionTruth(string InstitutionId, EquipmentProfile Profile, double IdleShare);
