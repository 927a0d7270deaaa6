using Ressourcerie.Analytics.Interviews;
using Ressourcerie.Analytics.Interviews.Pseudonymization;
using static Ressourcerie.Analytics.Tests.Interviews.TestProjects;

namespace Ressourcerie.Analytics.Tests.Interviews.Pseudonymization;

public class PseudonymizerTests
{
    private static readonly Interview[] Interviews =
    [
        Interview("E2", "2024-03-01", RespondentProfile.Technique, respondent: "Marie Dupont"),
        Interview("E1", "2024-02-01", RespondentProfile.Technique, respondent: "Jean Martin"),
        Interview("E3", "2024-04-01", RespondentProfile.Dsi, respondent: "Paul"),
        Interview("E4", "2024-05-01", RespondentProfile.Technique, respondent: "marie  DUPONT"),
        Interview("E5", "2024-05-02", RespondentProfile.Technique),
        Interview("E6", "2024-05-03", RespondentProfile.Technique, respondent: " "),
    ];

    [Fact]
    public void Chronological_numbering_follows_first_interview_date_per_role()
    {
        var pseudonyms = new Pseudonymizer(Interviews);

        Assert.Equal(PseudonymNumbering.Chronological, pseudonyms.Numbering);
        Assert.Equal("Régisseur·e 1", pseudonyms.PseudonymOf("E1"));
        Assert.Equal("Régisseur·e 2", pseudonyms.PseudonymOf("E2"));
        Assert.Equal("DSI 1", pseudonyms.PseudonymOf("E3"));
    }

    [Fact]
    public void A_respondent_interviewed_twice_keeps_one_pseudonym_whatever_the_case_of_the_name()
    {
        var pseudonyms = new Pseudonymizer(Interviews);

        Assert.Equal(pseudonyms.PseudonymOf("E2"), pseudonyms.PseudonymOf("E4"));
    }

    [Fact]
    public void Interviews_without_a_name_are_distinct_respondents()
    {
        var pseudonyms = new Pseudonymizer(Interviews);

        Assert.Equal("Régisseur·e 3", pseudonyms.PseudonymOf("E5"));
        Assert.Equal("Régisseur·e 4", pseudonyms.PseudonymOf("E6"));
    }

    [Fact]
    public void Salted_numbers_do_not_change_when_interviews_are_added()
    {
        var before = new Pseudonymizer(Interviews.Take(3), salt: "sel-du-projet");
        var after = new Pseudonymizer(Interviews.Append(Interview("E0", "2023-12-01", RespondentProfile.Technique, respondent: "Zoé Roux")), salt: "sel-du-projet");

        Assert.Equal(PseudonymNumbering.SaltedHash, before.Numbering);
        foreach (var id in new[] { "E1", "E2", "E3" })
        {
            Assert.Equal(before.PseudonymOf(id), after.PseudonymOf(id));
            Assert.Matches(@"^(Régisseur·e|DSI) \d{4}$", after.PseudonymOf(id));
        }
        Assert.NotEqual(after.PseudonymOf("E0"), after.PseudonymOf("E1"));
    }

    [Fact]
    public void Salted_numbers_depend_on_the_salt()
    {
        var first = new Pseudonymizer(Interviews, salt: "un");
        var second = new Pseudonymizer(Interviews, salt: "deux");

        Assert.NotEqual(
            Interviews.Select(i => first.PseudonymOf(i)),
            Interviews.Select(i => second.PseudonymOf(i)));
    }

    [Fact]
    public void Chronological_numbering_is_independent_of_input_order()
    {
        var forward = new Pseudonymizer(Interviews);
        var backward = new Pseudonymizer(Interviews.Reverse());

        Assert.All(Interviews, i => Assert.Equal(forward.PseudonymOf(i), backward.PseudonymOf(i)));
    }

    [Fact]
    public void The_name_mapping_is_available_only_on_explicit_export()
    {
        var mapping = new Pseudonymizer(Interviews).ExportNameMapping();

        var marie = Assert.Single(mapping, m => m.Respondent == "Marie Dupont");
        Assert.Equal("Régisseur·e 2", marie.Pseudonym);
        Assert.Equal(["E2", "E4"], marie.InterviewIds);
        Assert.Equal(2, mapping.Count(m => m.Respondent is null));
    }

    [Fact]
    public void An_unknown_interview_is_an_error_not_a_made_up_pseudonym()
    {
        var error = Assert.Throws<KeyNotFoundException>(() => new Pseudonymizer(Interviews).PseudonymOf("E99"));
        Assert.Contains("E99", error.Message);
    }
}
