using Ressourcerie.Analytics.Interviews.Pseudonymization;

namespace Ressourcerie.Analytics.Tests.Interviews.Pseudonymization;

public class ExcerptRedactorTests
{
    private static readonly ExcerptRedactor Redactor = new(
        [
            new("Marie Blanc", "Régisseur·e 1"),
            new("Marie-Hélène Dupont-Moreau", "DSI 1"),
            new("Hélène Lefèvre", "Responsable collections 1"),
            new("Jean de La Tour", "Expert·e 1"),
        ],
        ["Pierre Durand"]);

    [Theory]
    [InlineData("Écrivez à marie.blanc@culture.gouv.fr demain.", "Écrivez à [courriel] demain.")]
    [InlineData("Contact : j-p.o'neil+pret@musee-exemple.fr", "Contact : [courriel]")]
    public void Emails_are_replaced(string text, string expected) => Assert.Equal(expected, Redactor.Redact(text));

    [Theory]
    [InlineData("Appelez le 06 12 34 56 78 !", "Appelez le [téléphone] !")]
    [InlineData("tél. 06.12.34.56.78", "tél. [téléphone]")]
    [InlineData("tél. 0612345678.", "tél. [téléphone].")]
    [InlineData("tél. 01-23-45-67-89", "tél. [téléphone]")]
    [InlineData("standard : +33 1 23 45 67 89", "standard : [téléphone]")]
    [InlineData("standard : +33 (0)1 23 45 67 89", "standard : [téléphone]")]
    [InlineData("standard : +33612345678", "standard : [téléphone]")]
    [InlineData("depuis l'étranger : 0033 1 23 45 67 89", "depuis l'étranger : [téléphone]")]
    [InlineData("depuis l'étranger : 0033612345678", "depuis l'étranger : [téléphone]")]
    public void French_phone_numbers_are_replaced(string text, string expected) => Assert.Equal(expected, Redactor.Redact(text));

    [Theory]
    [InlineData("Le prêt a coûté 2 500 € et non 12 000 €.")]
    [InlineData("Un inventaire de 1 234 567 lignes.")]
    [InlineData("Réunion le 06/05/2024 à 14 h 30, salle 12.")]
    [InlineData("Le numéro d'inventaire 2019.34.12.5 est sorti.")]
    [InlineData("Référence 0612345678901 du catalogue.")]
    public void Numbers_that_are_not_phone_numbers_stay(string text) => Assert.Equal(text, Redactor.Redact(text));

    [Theory]
    [InlineData("Marie Blanc m'a dit oui.", "Régisseur·e 1 m'a dit oui.")]
    [InlineData("MARIE BLANC m'a dit oui.", "Régisseur·e 1 m'a dit oui.")]
    [InlineData("marie blanc m'a dit oui.", "Régisseur·e 1 m'a dit oui.")]
    [InlineData("Blanc Marie, régisseuse", "Régisseur·e 1, régisseuse")]
    [InlineData("Helene Lefevre prête ses écrans.", "Responsable collections 1 prête ses écrans.")]
    [InlineData("J'en ai parlé à marie-helene dupont-moreau.", "J'en ai parlé à DSI 1.")]
    [InlineData("J'en ai parlé à Marie Hélène Dupont Moreau.", "J'en ai parlé à DSI 1.")]
    public void Full_names_are_replaced_by_the_pseudonym_whatever_case_and_accents(string text, string expected) =>
        Assert.Equal(expected, Redactor.Redact(text));

    [Theory]
    [InlineData("Marie est passée hier.", "Régisseur·e 1 est passée hier.")]
    [InlineData("Selon Blanc, le stock dort.", "Selon Régisseur·e 1, le stock dort.")]
    [InlineData("L’avis d’Hélène compte.", "L’avis d’Responsable collections 1 compte.")]
    [InlineData("Marie-Hélène a validé.", "DSI 1 a validé.")]
    [InlineData("Lefèvre a validé, Dupont-Moreau aussi.", "Responsable collections 1 a validé, DSI 1 aussi.")]
    [InlineData("Voir avec De La Tour.", "Voir avec Expert·e 1.")]
    public void First_or_last_names_alone_are_replaced_when_capitalised(string text, string expected) =>
        Assert.Equal(expected, Redactor.Redact(text));

    [Theory]
    [InlineData("Mariette est venue avec un écran blanc.")]
    [InlineData("Le mur est blanc, la salle est marie-jeanne.")]
    [InlineData("Marie-Claire gère le prêt.")]
    [InlineData("La Tour Eiffel n'est pas concernée, ni la tour de contrôle.")]
    [InlineData("Les projecteurs de la salle sont neufs.")]
    public void Other_words_and_longer_names_stay(string text) => Assert.Equal(text, Redactor.Redact(text));

    [Fact]
    public void Extra_names_become_nom()
    {
        Assert.Equal("Selon [nom], oui ; [nom] confirme.", Redactor.Redact("Selon Pierre Durand, oui ; Durand confirme."));
    }

    [Fact]
    public void A_first_name_shared_by_two_respondents_becomes_nom()
    {
        var redactor = new ExcerptRedactor([new("Marie Blanc", "Régisseur·e 1"), new("Marie Curie", "Expert·e 1")]);

        Assert.Equal("[nom] et Expert·e 1 sont d'accord.", redactor.Redact("Marie et Marie Curie sont d'accord."));
    }

    [Fact]
    public void Everything_is_redacted_in_one_excerpt()
    {
        Assert.Equal(
            "Régisseur·e 1 ([courriel], [téléphone]) et [nom] ont prêté 2 500 € de matériel.",
            Redactor.Redact("Marie Blanc (m.blanc@musee.fr, 06 12 34 56 78) et Pierre Durand ont prêté 2 500 € de matériel."));
    }

    [Fact]
    public void Decomposed_accents_are_redacted_with_their_marks()
    {
        Assert.Equal("Voir DSI 1 demain.", Redactor.Redact("Voir Marie-He\u0301le\u0300ne demain."));
    }

    [Fact]
    public void A_redactor_without_names_still_removes_emails_and_phones()
    {
        Assert.Equal("[courriel] [téléphone] Marie", new ExcerptRedactor().Redact("a@b.fr 0612345678 Marie"));
    }
}
