using Ressourcerie.Analytics.Interviews;
using Ressourcerie.Analytics.Interviews.Pseudonymization;
using static Ressourcerie.Analytics.Tests.Interviews.TestProjects;

namespace Ressourcerie.Analytics.Tests.Interviews.Pseudonymization;

public class PersonNameFinderTests
{
    [Theory]
    [InlineData("Mon collègue Damien Rousseau s'occupe des prêts d'œuvres.", "Damien Rousseau")]
    [InlineData("Demandez à Jean-Baptiste HOARAU, il sait tout.", "Jean-Baptiste HOARAU")]
    [InlineData("C'est Jean Pierre Dupont qui gère la réserve.", "Jean Pierre Dupont")]
    [InlineData("Anne de La Tour nous prête ses écrans.", "Anne de La Tour")]
    [InlineData("On voit ça avec Yann Le Gall la semaine prochaine.", "Yann Le Gall")]
    public void A_common_first_name_followed_by_a_capitalised_surname_is_found(string text, string expected) =>
        Assert.Equal([expected], PersonNameFinder.Find([text]));

    [Theory]
    [InlineData("Depuis Paris, on envoie tout par camion.")]
    [InlineData("Damien est parti, personne ne sait où est le câble.")]
    [InlineData("mon collègue damien rousseau s'en occupe")]
    [InlineData("Claire, Dupont et moi avons signé la convention.")]
    [InlineData("Zéphyrin Durand a un prénom trop rare pour la liste.")]
    [InlineData("La Nuit européenne des musées, c'est notre pic.")]
    public void Places_lone_first_names_lower_case_and_rare_first_names_are_not_found(string text) =>
        Assert.Empty(PersonNameFinder.Find([text]));

    [Fact]
    public void Respondents_are_left_to_their_pseudonyms_and_each_name_is_returned_once()
    {
        var names = PersonNameFinder.Find(["Claire Martin et Damien Rousseau.", "Encore damien Rousseau ? Non : Damien Rousseau."], exclude: ["claire martin"]);

        Assert.Equal(["Damien Rousseau"], names);
    }

    [Fact]
    public void Names_cited_in_a_project_are_redacted_in_its_verbatims_while_respondents_get_their_pseudonym()
    {
        var project = Project([Interview("E1", respondent: "Claire Martin")],
            [Segment("E1", "Organisation", "Claire Martin ici : mon collègue Damien Rousseau gère les prêts, Damien s'en charge.", start: 0, end: 80)], "Organisation");

        var analysis = new InterviewAnalysis(project, namesToRedact: PersonNameFinder.NamesCitedIn(project));

        Assert.Equal("Régisseur·e 1 ici : mon collègue [nom] gère les prêts, [nom] s'en charge.", Assert.Single(analysis.Verbatims("Organisation")).Excerpt);
    }
}
