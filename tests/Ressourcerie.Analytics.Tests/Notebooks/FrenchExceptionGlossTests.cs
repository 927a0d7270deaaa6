using Ressourcerie.Analytics.Notebooks;

namespace Ressourcerie.Analytics.Tests.Notebooks;

public class FrenchExceptionGlossTests
{
    [Fact]
    public void A_common_exception_is_glossed_in_French_before_the_runtime_s_English_message()
    {
        var message = FrenchExceptionGloss.Describe(new IndexOutOfRangeException("Index was outside the bounds of the array."));

        Assert.Equal("IndexOutOfRangeException : indice hors des limites du tableau — Index was outside the bounds of the array.", message);
    }

    [Fact]
    public void A_derived_exception_takes_its_closest_ancestor_s_gloss_and_keeps_its_own_name()
    {
        Assert.StartsWith("ArgumentNullException : argument nul", FrenchExceptionGloss.Describe(new ArgumentNullException("x")));
        Assert.StartsWith("EndOfStreamException : erreur de lecture ou d'écriture de fichier — ", FrenchExceptionGloss.Describe(new EndOfStreamException("eof")));
    }

    [Fact]
    public void An_unknown_exception_keeps_its_name_and_message() =>
        Assert.Equal("ApplicationException : boom", FrenchExceptionGloss.Describe(new ApplicationException("boom")));
}
