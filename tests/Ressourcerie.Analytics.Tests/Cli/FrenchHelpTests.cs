using Ressourcerie.Analytics.Tests.TestSupport;

namespace Ressourcerie.Analytics.Tests.Cli;

public class FrenchHelpTests
{
    [Theory]
    [InlineData("validate")]
    [InlineData("report")]
    [InlineData("sample", "generate")]
    [InlineData("notebooks", "run")]
    [InlineData("scenario")]
    [InlineData("scenario", "run")]
    [InlineData("clusters")]
    [InlineData("agreement")]
    public void Every_command_help_is_in_French_with_an_example(params string[] command)
    {
        var (code, help, _) = CommandLine.Run([.. command, "--help"]);

        Assert.Equal(0, code);
        Assert.Contains("Utilisation", help);
        Assert.Contains("Exemple", help);
        Assert.DoesNotContain("[default:", help);
        Assert.DoesNotContain("REQUIRED", help);
        Assert.DoesNotContain("Show help", help);
        Assert.DoesNotContain("Description:", help);
        Assert.DoesNotContain("[command]", help);
    }
}
